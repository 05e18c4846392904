// Instants ↔ wall-clock times in a named IANA zone, with Intl only, so the
// same code runs in the browser and on the server.

import { isIsoDate } from "./working-days";

export type LocalDateTime = { date: string; hour: number; minute: number; second: number };

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-US with h23 gives plain numbers and never "24" for midnight.
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== "string" || timeZone.trim() === "") return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone "${timeZone}"`);
}

function assertInstant(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError("Expected a valid Date");
  }
}

/** Straight from Intl: the reference every shortcut below must agree with. */
function intlLocalDateTimeOf(epochMs: number, timeZone: string): LocalDateTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) parts[part.type] = part.value;
  const year = (parts.year ?? "").padStart(4, "0");
  return {
    date: `${year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const wallAsUtcOf = (wall: LocalDateTime) => {
  const [y, m, d] = wall.date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, wall.hour, wall.minute, wall.second);
};

// formatToParts costs microseconds, and a staff list asks for thousands of local dates. A zone's offset
// holds between its transitions, which come months apart: where the offset at the first and the last
// second of a UTC day agree, every instant of that day is local time by arithmetic. A day with a
// change in it goes to Intl each time.
const steadyOffsets = new Map<string, number | null>();
const maxSteadyDays = 20_000;

function steadyOffsetOn(utcDay: number, timeZone: string): number | null {
  const key = `${timeZone} ${utcDay}`;
  let offset = steadyOffsets.get(key);
  if (offset === undefined) {
    const first = utcDay * DAY_MS;
    const last = first + DAY_MS - 1000;
    const atFirst = wallAsUtcOf(intlLocalDateTimeOf(first, timeZone)) - first;
    const atLast = wallAsUtcOf(intlLocalDateTimeOf(last, timeZone)) - last;
    offset = atFirst === atLast ? atFirst : null;
    if (steadyOffsets.size >= maxSteadyDays) steadyOffsets.clear();
    steadyOffsets.set(key, offset);
  }
  return offset;
}

const two = (n: number) => String(n).padStart(2, "0");

export function localDateTimeOf(instant: Date, timeZone: string): LocalDateTime {
  assertInstant(instant);
  assertTimeZone(timeZone);
  // Whole seconds, as Intl gives them.
  const epochMs = Math.floor(instant.getTime() / 1000) * 1000;
  const offset = steadyOffsetOn(Math.floor(epochMs / DAY_MS), timeZone);
  if (offset === null) return intlLocalDateTimeOf(epochMs, timeZone);
  const wall = new Date(epochMs + offset);
  return {
    date: `${String(wall.getUTCFullYear()).padStart(4, "0")}-${two(wall.getUTCMonth() + 1)}-${two(wall.getUTCDate())}`,
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

export function localDateOf(instant: Date, timeZone: string): string {
  return localDateTimeOf(instant, timeZone).date;
}

// Offset of the zone from UTC at an instant, in ms (positive east of Greenwich).
function offsetAt(epochMs: number, timeZone: string): number {
  return wallAsUtcOf(localDateTimeOf(new Date(epochMs), timeZone)) - Math.floor(epochMs / 1000) * 1000;
}

function assertWallTime(isoDate: string, hour: number, minute: number, timeZone: string): void {
  if (!isIsoDate(isoDate)) throw new RangeError(`Expected a calendar date as YYYY-MM-DD, got "${isoDate}"`);
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError(`Hour must be 0–23, got ${hour}`);
  if (!Number.isInteger(minute) || minute < 0 || minute > 59) throw new RangeError(`Minute must be 0–59, got ${minute}`);
  assertTimeZone(timeZone);
}

// Offsets a day either side: far enough to see both sides of a clock change, near enough not to
// reach the next one.
function offsetsAround(isoDate: string, hour: number, minute: number, timeZone: string) {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const wallAsUtc = Date.UTC(y, m - 1, d, hour, minute);
  return {
    wallAsUtc,
    before: offsetAt(wallAsUtc - DAY_MS, timeZone),
    after: offsetAt(wallAsUtc + DAY_MS, timeZone),
  };
}

/** Earliest first: usually one, none in a spring-forward gap, two in the repeated autumn hour. */
export function instantsAtWallTime(isoDate: string, hour: number, minute: number, timeZone: string): Date[] {
  assertWallTime(isoDate, hour, minute, timeZone);
  const { wallAsUtc, before, after } = offsetsAround(isoDate, hour, minute, timeZone);
  return [...new Set([wallAsUtc - before, wallAsUtc - after])]
    .filter((epoch) => epoch + offsetAt(epoch, timeZone) === wallAsUtc)
    .sort((a, b) => a - b)
    .map((epoch) => new Date(epoch));
}

/** Clock changes follow RFC 5545 §3.3.5 (Temporal's "compatible"), so stored times and .ics files
 *  agree: a time skipped in spring takes the offset from before the gap (London 01:30 → 02:30 BST),
 *  and a time repeated in autumn is its first occurrence. */
export function zonedTimeToUtc(isoDate: string, hour: number, minute: number, timeZone: string): Date {
  const [first] = instantsAtWallTime(isoDate, hour, minute, timeZone);
  if (first) return first;
  const { wallAsUtc, before } = offsetsAround(isoDate, hour, minute, timeZone);
  return new Date(wallAsUtc - before);
}
