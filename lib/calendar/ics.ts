// Used by the portal and by the article's calculator in the browser. Pure: the caller passes
// `now` for DTSTAMP.

import {
  cleanUri,
  escapeText,
  foldLine,
  formatDateValue,
  formatLocalDateTime,
  formatUtcDateTime,
} from "@/lib/calendar/ics-format";
import { addCalendarDays } from "@/lib/plans/working-days";
import { instantsAtWallTime, localDateOf, localDateTimeOf } from "@/lib/plans/zoned-time";

export type IcsEvent = {
  uid: string;
  title: string;
  description?: string;
  location?: string;
  url?: string;
  start: Date;
  /** Timed events without an end are instants (RFC 5545 §3.6.1). For all-day events, the exclusive end day. */
  end?: Date;
  /** The day of `start` in `timeZone` (UTC if none), shown as a whole day. */
  allDay?: boolean;
  alarmMinutesBefore?: number[];
  /** Europe/London is written as local time with its VTIMEZONE; other zones as UTC. */
  timeZone?: string;
};

export type IcsOptions = { calendarName: string; productId?: string; now: Date };

const LONDON = "Europe/London";
const DEFAULT_PRODUCT_ID = "-//Next Steps//Interview follow-up//EN";

// UK rules since 1996 (BST from 01:00 UTC, last Sunday of March to last Sunday of October); the
// 1970 DTSTARTs only anchor the RRULEs, as apps need the rules for the dates we emit.
const LONDON_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${LONDON}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0000",
  "TZOFFSETTO:+0100",
  "TZNAME:BST",
  "DTSTART:19700329T010000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0000",
  "TZNAME:GMT",
  "DTSTART:19701025T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

function assertDate(value: Date, what: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new RangeError(`${what} must be a valid date`);
}

// In the repeated autumn hour some clients (ical.js) read a local time as the second occurrence,
// against RFC 5545, so a London wall time is written only when it names exactly one instant.
function dateTimeProperty(name: string, instant: Date, timeZone: string | undefined): string {
  if (timeZone === LONDON) {
    const local = localDateTimeOf(instant, LONDON);
    const matches = instantsAtWallTime(local.date, local.hour, local.minute, LONDON);
    if (matches.length === 1) {
      return `${name};TZID=${LONDON}:${formatLocalDateTime(local.date, local.hour, local.minute, local.second)}`;
    }
  }
  return `${name}:${formatUtcDateTime(instant)}`;
}

function timingLines(event: IcsEvent): string[] {
  if (event.allDay) {
    const zone = event.timeZone ?? "UTC";
    const day = localDateOf(event.start, zone);
    const endDay = event.end ? localDateOf(event.end, zone) : null;
    const exclusiveEnd = endDay && endDay > day ? endDay : addCalendarDays(day, 1);
    return [`DTSTART;VALUE=DATE:${formatDateValue(day)}`, `DTEND;VALUE=DATE:${formatDateValue(exclusiveEnd)}`];
  }
  const lines = [dateTimeProperty("DTSTART", event.start, event.timeZone)];
  if (event.end) {
    if (event.end < event.start) throw new RangeError(`Event "${event.uid}" ends before it starts`);
    lines.push(dateTimeProperty("DTEND", event.end, event.timeZone));
  }
  return lines;
}

function alarmLines(event: IcsEvent): string[] {
  return (event.alarmMinutesBefore ?? []).flatMap((minutes) => {
    if (!Number.isInteger(minutes) || minutes < 0) {
      throw new RangeError(`Alarm minutes must be a whole number, zero or more, got ${minutes}`);
    }
    return [
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      // DISPLAY alarms must carry the text to show (§3.6.6).
      `DESCRIPTION:${escapeText(event.title)}`,
      minutes === 0 ? "TRIGGER:PT0M" : `TRIGGER:-PT${minutes}M`,
      "END:VALARM",
    ];
  });
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  if (event.uid.trim() === "") throw new RangeError("Every event needs a UID");
  assertDate(event.start, `Start of "${event.uid}"`);
  if (event.end) assertDate(event.end, `End of "${event.uid}"`);
  const optional: string[] = [];
  if (event.description) optional.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) optional.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) optional.push(`URL:${cleanUri(event.url)}`);
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    ...timingLines(event),
    `SUMMARY:${escapeText(event.title)}`,
    ...optional,
    ...alarmLines(event),
    "END:VEVENT",
  ];
}

export function buildIcs(events: IcsEvent[], options: IcsOptions): string {
  assertDate(options.now, "now");
  const stamp = formatUtcDateTime(options.now);
  const needsLondon = events.some((event) => event.timeZone === LONDON && !event.allDay);
  const name = escapeText(options.calendarName);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${escapeText(options.productId ?? DEFAULT_PRODUCT_ID)}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `NAME:${name}`,
    // Apple Calendar and Outlook read the older, unofficial name property.
    `X-WR-CALNAME:${name}`,
    ...(needsLondon ? LONDON_VTIMEZONE : []),
    ...events.flatMap((event) => eventLines(event, stamp)),
    "END:VCALENDAR",
  ];
  // Every line ends in CRLF, the last one included (§3.1).
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** "Follow up: Acme Ltd (2nd)" → "follow-up-acme-ltd-2nd.ics" */
export function icsFileName(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return `${slug || "event"}.ics`;
}
