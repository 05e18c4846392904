// The article's calculator minus React: form strings in, text and an .ics file out. Nothing here
// decides a date; the rules live in lib/plans/follow-up-rules.ts.

import { buildIcs, icsFileName, type IcsEvent } from "@/lib/calendar/ics";
import type { FollowUpInput, FollowUpPlan, Timeline } from "@/lib/plans/follow-up-rules";
import { formatPlainDate } from "@/lib/plans/plain-date-text";
import { daysBetween, isIsoDate } from "@/lib/plans/working-days";
import { localDateTimeOf, zonedTimeToUtc } from "@/lib/plans/zoned-time";

export type TimingChoice = Timeline["kind"];

/** The form as the browser holds it: every value a string, as typed. */
export type CalculatorForm = {
  interviewDate: string;
  interviewTime: string;
  durationMinutes: string;
  timing: TimingChoice;
  decisionDate: string;
  amount: string;
  unit: "days" | "weeks";
  thankYouSent: boolean;
  thankYouDate: string;
};

export const initialCalculatorForm: CalculatorForm = {
  interviewDate: "",
  interviewTime: "10:00",
  durationMinutes: "60",
  timing: "none",
  decisionDate: "",
  amount: "",
  unit: "weeks",
  thankYouSent: false,
  thankYouDate: "",
};

export type CalculatorOptions = {
  timeZone: string;
  /** Years the bank-holiday list covers; dates outside it would skip no holidays. */
  years?: { from: number; to: number };
};

export type FieldErrors = Partial<Record<keyof CalculatorForm, string>>;

export type ParsedCalculatorForm = { ok: true; input: FollowUpInput } | { ok: false; errors: FieldErrors };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const WHOLE_NUMBER = /^\d+$/;
const MAX_DURATION_MINUTES = 600;
const MAX_AMOUNT = { days: 365, weeks: 52 } as const;
const MAX_TIMELINE_DAYS = 365;

function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

function checkInterviewDate(value: string, options: CalculatorOptions, errors: FieldErrors): void {
  if (value === "") {
    errors.interviewDate = "Enter the date of your interview.";
  } else if (!isIsoDate(value)) {
    errors.interviewDate = "Enter a real date, for example 6 October 2026.";
  } else if (options.years && (yearOf(value) < options.years.from || yearOf(value) > options.years.to)) {
    errors.interviewDate = `Enter a date from ${options.years.from} to ${options.years.to}.`;
  }
}

function readTimeline(form: CalculatorForm, interviewDay: string | null, errors: FieldErrors): Timeline {
  if (form.timing === "date") {
    const date = form.decisionDate.trim();
    if (date === "") errors.decisionDate = "Enter the date they said they would decide by.";
    else if (!isIsoDate(date)) errors.decisionDate = "Enter a real date, for example 3 November 2026.";
    else if (interviewDay && date < interviewDay) {
      errors.decisionDate = "This date is before the interview. Check both dates.";
    } else if (interviewDay && daysBetween(interviewDay, date) > MAX_TIMELINE_DAYS) {
      errors.decisionDate = "Enter a date within a year of the interview.";
    }
    return { kind: "date", date };
  }
  if (form.timing === "relative") {
    const text = form.amount.trim();
    const amount = Number(text);
    const max = MAX_AMOUNT[form.unit];
    if (!WHOLE_NUMBER.test(text) || amount < 1 || amount > max) {
      errors.amount = `Enter a whole number of ${form.unit} from 1 to ${max}.`;
    }
    return { kind: "relative", amount, unit: form.unit };
  }
  return { kind: "none" };
}

export function parseCalculatorForm(form: CalculatorForm, options: CalculatorOptions): ParsedCalculatorForm {
  const errors: FieldErrors = {};
  const interviewDate = form.interviewDate.trim();
  checkInterviewDate(interviewDate, options, errors);
  const interviewDay = errors.interviewDate ? null : interviewDate;

  const time = TIME.exec(form.interviewTime.trim());
  if (!time) errors.interviewTime = "Enter the start time as hours and minutes, for example 10:00.";

  const durationText = form.durationMinutes.trim();
  const durationMinutes = Number(durationText);
  if (!WHOLE_NUMBER.test(durationText) || durationMinutes < 1 || durationMinutes > MAX_DURATION_MINUTES) {
    errors.durationMinutes = `Enter the length in whole minutes, from 1 to ${MAX_DURATION_MINUTES}.`;
  }

  const timeline = readTimeline(form, interviewDay, errors);

  let thankYouDay: string | null = null;
  if (form.thankYouSent) {
    const date = form.thankYouDate.trim();
    if (date === "") errors.thankYouDate = "Enter the date you sent it, or untick the box.";
    else if (!isIsoDate(date)) errors.thankYouDate = "Enter a real date, for example 7 October 2026.";
    else if (interviewDay && date < interviewDay) {
      errors.thankYouDate = "This date is before the interview. Check both dates.";
    } else if (interviewDay && daysBetween(interviewDay, date) > 60) {
      errors.thankYouDate = "Enter a date within 60 days of the interview.";
    } else thankYouDay = date;
  }

  if (Object.keys(errors).length > 0 || !time || interviewDay === null) return { ok: false, errors };
  return {
    ok: true,
    input: {
      interviewStartsAt: zonedTimeToUtc(interviewDay, Number(time[1]), Number(time[2]), options.timeZone),
      durationMinutes,
      timeZone: options.timeZone,
      timeline,
      // Only the day counts for the rules; midday keeps it clear of any clock change.
      thankYouSentAt: thankYouDay ? zonedTimeToUtc(thankYouDay, 12, 0, options.timeZone) : null,
    },
  };
}

/** "Tuesday 27 October 2026 at 09:00", in the reader's time zone. */
export function formatDateAndTime(instant: Date, timeZone: string): string {
  const local = localDateTimeOf(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${formatPlainDate(local.date)} at ${pad(local.hour)}:${pad(local.minute)}`;
}

const EVENT_MINUTES = 15;
const ALARM_MINUTES_BEFORE = 15;

export type CalendarFile = { fileName: string; text: string };

export function buildFollowUpCalendar(
  plan: FollowUpPlan,
  input: FollowUpInput,
  options: { calendarName: string; now: Date },
): CalendarFile {
  const interviewDay = localDateTimeOf(input.interviewStartsAt, input.timeZone).date;
  const event = (start: Date, title: string, description: string, n: number): IcsEvent => ({
    // Stable for the same dates, so downloading twice updates rather than duplicates.
    uid: `follow-up-${n}-${interviewDay}-${start.toISOString()}@next-steps-calculator`,
    title,
    description,
    start,
    end: new Date(start.getTime() + EVENT_MINUTES * 60_000),
    timeZone: input.timeZone,
    alarmMinutesBefore: [ALARM_MINUTES_BEFORE],
  });
  const events = [
    event(
      plan.firstFollowUpAt,
      "Follow up on your interview",
      `${plan.explanation} A short call or email to the person they told you to contact: ask how things are progressing, and say you are still interested.`,
      1,
    ),
    event(
      plan.secondFollowUpAt,
      "Second follow-up, if you have heard nothing",
      "Only if there is still no news. Keep it brief and friendly; this is the last one. After it, let them come to you, and keep applying elsewhere.",
      2,
    ),
  ];
  return {
    fileName: icsFileName(`Interview follow-ups ${interviewDay}`),
    text: buildIcs(events, { calendarName: options.calendarName, now: options.now }),
  };
}
