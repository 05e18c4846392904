// The follow-up rules of docs/product.md. Pure, and every caller (the browser's calculator too)
// passes its own calendar, so this must not import date-holidays.

import { followUpSettings, type FollowUpSettings } from "@/lib/config/follow-up";
import { formatPlainDate } from "./plain-date-text";
import {
  addCalendarDays,
  addWorkingDays,
  daysBetween,
  isIsoDate,
  laterDate,
  nextWorkingDayOnOrAfter,
  previousWorkingDayOnOrBefore,
  type WorkingCalendar,
} from "./working-days";
import { isValidTimeZone, localDateOf, zonedTimeToUtc } from "./zoned-time";

export type Timeline =
  | { kind: "date"; date: string } // the decision date they gave, YYYY-MM-DD
  | { kind: "relative"; amount: number; unit: "days" | "weeks" } // "within two weeks"
  | { kind: "none" };

export type FollowUpInput = {
  interviewStartsAt: Date;
  durationMinutes: number;
  timeZone: string;
  timeline: Timeline;
  thankYouSentAt?: Date | null;
};

export type FollowUpPlan = {
  interviewEndsAt: Date;
  postInterviewEmailAt: Date;
  thankYouDueAt: Date;
  /** The stated or derived decision date (YYYY-MM-DD); null without a timeline. */
  decisionDate: string | null;
  firstFollowUpAt: Date;
  secondFollowUpAt: Date;
  /** Quiet this long after the interview ends: the application is parked as "no response". */
  parkAfter: Date;
  explanation: string;
};

const HOUR_MS = 3_600_000;

export function describeTimeline(timeline: Timeline): string {
  switch (timeline.kind) {
    case "date":
      return `by ${formatPlainDate(timeline.date)}`;
    case "relative":
      return `within ${timeline.amount} ${timeline.amount === 1 ? timeline.unit.slice(0, -1) : timeline.unit}`;
    case "none":
      return "not given";
  }
}

function assertInput(input: FollowUpInput): void {
  if (!(input.interviewStartsAt instanceof Date) || Number.isNaN(input.interviewStartsAt.getTime())) {
    throw new RangeError("The interview start must be a valid date and time");
  }
  if (!Number.isFinite(input.durationMinutes) || input.durationMinutes < 0) {
    throw new RangeError(`The interview length must be zero or more minutes, got ${input.durationMinutes}`);
  }
  if (!isValidTimeZone(input.timeZone)) throw new RangeError(`Unknown time zone "${input.timeZone}"`);
  const { timeline } = input;
  if (timeline.kind === "relative" && !(Number.isInteger(timeline.amount) && timeline.amount > 0)) {
    throw new RangeError(`A timeline of "within N ${timeline.unit}" needs a whole N above zero, got ${timeline.amount}`);
  }
  if (timeline.kind === "date" && !isIsoDate(timeline.date)) {
    throw new RangeError(`The decision date must be YYYY-MM-DD, got "${timeline.date}"`);
  }
}

export function decisionDateOf(timeline: Timeline, interviewDay: string): string | null {
  if (timeline.kind === "none") return null;
  if (timeline.kind === "relative") {
    return addCalendarDays(interviewDay, timeline.amount * (timeline.unit === "weeks" ? 7 : 1));
  }
  if (timeline.date < interviewDay) {
    throw new RangeError(`The decision date ${timeline.date} is before the interview on ${interviewDay}`);
  }
  return timeline.date;
}

type FirstFollowUp = { date: string; why: string };

type Context = {
  interviewDay: string;
  /** No follow-up before this working day: never on or before the day the thank-you is due. */
  earliest: string;
  calendar: WorkingCalendar;
  settings: FollowUpSettings;
};

function fractionPhrase(fraction: number): string {
  if (fraction === 0.75) return "three-quarters of the way";
  if (fraction === 0.5) return "halfway";
  return `${Math.round(fraction * 100)} per cent of the way`;
}

function periodPhrase(days: number): string {
  if (days === 7) return "a week";
  if (days % 7 === 0) return `${days / 7} weeks`;
  return days === 1 ? "a day" : `${days} days`;
}

// Part-way through, on a working day strictly before the decision date; else the last working
// day before it; and when the timeline is too short for either, after the date passes.
function withinTimeline(decisionDate: string, ctx: Context): FirstFollowUp {
  const { interviewDay, earliest, calendar, settings } = ctx;
  const span = daysBetween(interviewDay, decisionDate);
  const target = addCalendarDays(interviewDay, Math.round(settings.timelineFraction * span));
  const forward = nextWorkingDayOnOrAfter(laterDate(target, earliest), calendar);
  if (forward < decisionDate) {
    return { date: forward, why: `about ${fractionPhrase(settings.timelineFraction)} through that timeline` };
  }
  const dayBefore = addCalendarDays(decisionDate, -1);
  const back = previousWorkingDayOnOrBefore(target < dayBefore ? target : dayBefore, calendar);
  if (back >= earliest) {
    return { date: back, why: "the last working day before their decision date" };
  }
  const after = laterDate(nextWorkingDayOnOrAfter(addCalendarDays(decisionDate, 1), calendar), earliest);
  return { date: after, why: "after that date, as the timeline is too short to follow up within it" };
}

function afterDecision(decisionDate: string, ctx: Context): FirstFollowUp {
  const n = ctx.settings.afterDateWorkingDays;
  // With n = 0 the decision date itself may be a weekend, hence the final move.
  const date = nextWorkingDayOnOrAfter(laterDate(addWorkingDays(decisionDate, n, ctx.calendar), ctx.earliest), ctx.calendar);
  const days = n === 1 ? "the working day" : `${n} working days`;
  return { date, why: `${days} after that date, if you have heard nothing` };
}

function withoutTimeline(fromDay: string, fromWhat: string, ctx: Context): FirstFollowUp {
  const days = ctx.settings.noTimelineDays;
  const base = addCalendarDays(fromDay, days);
  const date = nextWorkingDayOnOrAfter(laterDate(base, ctx.earliest), ctx.calendar);
  const when = date === base ? periodPhrase(days) : `the first working day at least ${periodPhrase(days)}`;
  return { date, why: `${when} after ${fromWhat}` };
}

export function planFollowUps(
  input: FollowUpInput,
  calendar: WorkingCalendar,
  settings: FollowUpSettings = followUpSettings,
): FollowUpPlan {
  assertInput(input);
  const { timeZone, timeline } = input;
  const start = input.interviewStartsAt.getTime();
  const interviewEndsAt = new Date(start + input.durationMinutes * 60_000);
  const thankYouDueAt = new Date(interviewEndsAt.getTime() + settings.thankYouDueHours * HOUR_MS);
  const interviewDay = localDateOf(input.interviewStartsAt, timeZone);
  const sentDay = input.thankYouSentAt ? localDateOf(input.thankYouSentAt, timeZone) : null;
  const thanksDay = laterDate(localDateOf(thankYouDueAt, timeZone), sentDay ?? interviewDay);
  const ctx: Context = {
    interviewDay,
    earliest: nextWorkingDayOnOrAfter(addCalendarDays(thanksDay, 1), calendar),
    calendar,
    settings,
  };

  const decisionDate = decisionDateOf(timeline, interviewDay);
  let first: FirstFollowUp;
  let reason: string;
  if (decisionDate === null) {
    first = sentDay
      ? withoutTimeline(sentDay, "you sent your thank-you note", ctx)
      : withoutTimeline(interviewDay, "your interview", ctx);
    reason = "They did not give a timeline";
  } else {
    first = settings.timelineMode === "after" ? afterDecision(decisionDate, ctx) : withinTimeline(decisionDate, ctx);
    const stated = describeTimeline(timeline);
    reason = `They said they would decide ${
      timeline.kind === "relative" ? `${stated} (by ${formatPlainDate(decisionDate)})` : stated
    }`;
  }

  const secondDay = nextWorkingDayOnOrAfter(addCalendarDays(first.date, settings.secondFollowUpDays), calendar);
  return {
    interviewEndsAt,
    postInterviewEmailAt: new Date(interviewEndsAt.getTime() + settings.postInterviewEmailDelayHours * HOUR_MS),
    thankYouDueAt,
    decisionDate,
    firstFollowUpAt: zonedTimeToUtc(first.date, settings.reminderHour, 0, timeZone),
    secondFollowUpAt: zonedTimeToUtc(secondDay, settings.reminderHour, 0, timeZone),
    // An elapsed period, not an appointment: nothing is sent at this moment.
    parkAfter: new Date(interviewEndsAt.getTime() + settings.parkAfterQuietDays * 24 * HOUR_MS),
    explanation: `${reason}, so follow up on ${formatPlainDate(first.date)}, ${first.why}.`,
  };
}
