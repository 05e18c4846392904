import "server-only";
import Holidays from "date-holidays";

// Deterministic randomness and London wall-clock arithmetic for the demo seed:
// no Math.random and no clock, so the same seed and `now` give the same data.

const LONDON = "Europe/London";
const letters = "abcdefghijkmnpqrstuvwxyz";
const bankHolidays = new Holidays("GB", "ENG", { timezone: LONDON });

export type Random = ReturnType<typeof random>;

/** mulberry32: small, fast and plenty for demo variety. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)]!;
  const hex = (length: number) => Array.from({ length }, () => int(0, 15).toString(16)).join("");
  const word = (length: number) => Array.from({ length }, () => pick([...letters])).join("");
  return {
    int,
    pick,
    chance: (probability: number) => next() < probability,
    sample<T>(list: readonly T[], count: number): T[] {
      const pool = [...list];
      return Array.from({ length: Math.min(count, pool.length) }, () => pool.splice(int(0, pool.length - 1), 1)[0]!);
    },
    /** The version 4 layout with PRNG content, so ids repeat with the seed. */
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`,
    code: () => `${word(3)}-${word(4)}-${word(3)}`,
  };
}

const londonFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  hourCycle: "h23",
});

function londonFields(instant: Date) {
  const parts = Object.fromEntries(
    londonFormat.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  );
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
}

export function londonTime(now: Date, dayOffset: number, hour: number, minute: number): Date {
  const today = londonFields(now);
  const guess = Date.UTC(today.year, today.month - 1, today.day + dayOffset, hour, minute);
  const seen = londonFields(new Date(guess));
  const offset = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute) - guess;
  return new Date(guess - offset);
}

/** The first working day at least `days` after an instant's London date, as YYYY-MM-DD. */
export function londonWorkingDate(instant: Date, days: number): string {
  const offset = workday(instant, days);
  const { year, month, day } = londonFields(instant);
  return new Date(Date.UTC(year, month - 1, day + offset, 12)).toISOString().slice(0, 10);
}

/** To a working day, forwards for future days and backwards for past ones, so it never crosses today. */
export function workday(now: Date, dayOffset: number, step: 1 | -1 = dayOffset >= 0 ? 1 : -1): number {
  const today = londonFields(now);
  let offset = dayOffset;
  for (;;) {
    const noon = new Date(Date.UTC(today.year, today.month - 1, today.day + offset, 12));
    const weekend = noon.getUTCDay() === 0 || noon.getUTCDay() === 6;
    if (!weekend && !isBankHoliday(noon)) return offset;
    offset += step;
  }
}

function isBankHoliday(noon: Date): boolean {
  const found = bankHolidays.isHoliday(noon);
  return Boolean(found && found.some((holiday) => holiday.type === "public" || holiday.type === "bank"));
}
