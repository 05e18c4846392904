import { brand } from "../config/brand";
import { digestKinds } from "@/lib/domain/values";
import { addCalendarDays, dayOfWeek, isWorkingDay, type WorkingCalendar } from "../plans/working-days";
import { isValidTimeZone, localDateOf, zonedTimeToUtc } from "../plans/zoned-time";

// Pure: callers pass `now`, the recipient's zone and the bank holidays.

export type DigestKind = (typeof digestKinds)[number];

/** Who each digest is for: a user whose role changed gets the other digest, or none. */
export const digestRoles = { candidate_digest: "candidate", consultant_digest: "consultant" } as const;

/** A digest more than this late (the worker was down) would be stale news: it is skipped, not sent. */
export const digestMaxLateMs = 12 * 60 * 60_000;

const monday = 1;
// Far enough for the longest run of non-working days (Christmas and a weekend).
const maxSearchDays = 14;

export function isDigestKind(kind: string): kind is DigestKind {
  return (digestKinds as readonly string[]).includes(kind);
}

export function nextCandidateDigestAt(now: Date, timeZone: string): Date {
  return firstLocalTimeAfter(now, timeZone, 8, 0, (date) => dayOfWeek(date) === monday);
}

export function nextConsultantDigestAt(now: Date, timeZone: string, calendar: WorkingCalendar): Date {
  return firstLocalTimeAfter(now, timeZone, 7, 30, (date) => isWorkingDay(date, calendar));
}

/** A bad zone falls back to the agency's rather than stopping everyone's digests. */
export function digestTimeZone(timeZone: string): string {
  return isValidTimeZone(timeZone) ? timeZone : brand.defaultTimeZone;
}

export function nextDigestAt(kind: DigestKind, now: Date, timeZone: string, calendar: WorkingCalendar): Date {
  const zone = digestTimeZone(timeZone);
  return kind === "candidate_digest" ? nextCandidateDigestAt(now, zone) : nextConsultantDigestAt(now, zone, calendar);
}

export function isDigestTooLate(dueAt: Date, now: Date): boolean {
  return now.getTime() - dueAt.getTime() > digestMaxLateMs;
}

// Walks local calendar dates from today, so a clock change moves the UTC
// instant and never the wall-clock time the recipient sees.
function firstLocalTimeAfter(now: Date, timeZone: string, atHour: number, atMinute: number, isSendDay: (date: string) => boolean): Date {
  const today = localDateOf(now, timeZone);
  for (let offset = 0; offset <= maxSearchDays; offset += 1) {
    const date = addCalendarDays(today, offset);
    if (!isSendDay(date)) continue;
    const at = zonedTimeToUtc(date, atHour, atMinute, timeZone);
    if (at.getTime() > now.getTime()) return at;
  }
  throw new RangeError(`No send day within ${maxSearchDays} days of ${today} (${timeZone}); the calendar looks broken`);
}
