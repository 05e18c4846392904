import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { planFollowUps } from "@/lib/plans/follow-up-rules";
import { calendarFromDates } from "@/lib/plans/working-days";
import {
  buildFollowUpCalendar,
  formatDateAndTime,
  initialCalculatorForm,
  parseCalculatorForm,
  type CalculatorForm,
} from "@/lib/tools/follow-up-calculator";

const LONDON = "Europe/London";
const options = { timeZone: LONDON, years: { from: 2025, to: 2028 } };
// England and Wales, late 2026: Christmas Day, Boxing Day (substitute Monday 28th).
const calendar = calendarFromDates(["2026-12-25", "2026-12-28"]);

function form(changes: Partial<CalculatorForm>): CalculatorForm {
  return { ...initialCalculatorForm, interviewDate: "2026-10-06", ...changes };
}

function plan(changes: Partial<CalculatorForm>) {
  const parsed = parseCalculatorForm(form(changes), options);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { input: parsed.input, plan: planFollowUps(parsed.input, calendar) };
}

describe("parseCalculatorForm", () => {
  it("reads the defaults (10:00, 60 minutes, no timeline) as a London interview", () => {
    const parsed = parseCalculatorForm(form({}), options);
    expect(parsed).toEqual({
      ok: true,
      input: {
        interviewStartsAt: new Date("2026-10-06T09:00:00Z"),
        durationMinutes: 60,
        timeZone: LONDON,
        timeline: { kind: "none" },
        thankYouSentAt: null,
      },
    });
  });

  it("gives the article's worked example: told 3 November, follow up on Tuesday 27 October at 09:00", () => {
    const { plan: result } = plan({ timing: "date", decisionDate: "2026-11-03" });
    expect(formatDateAndTime(result.firstFollowUpAt, LONDON)).toBe("Tuesday 27 October 2026 at 09:00");
    expect(formatDateAndTime(result.secondFollowUpAt, LONDON)).toBe("Tuesday 3 November 2026 at 09:00");
  });

  it("reads 'within N weeks' and a thank-you date", () => {
    const { input } = plan({ timing: "relative", amount: " 2 ", unit: "weeks", thankYouSent: true, thankYouDate: "2026-10-07" });
    expect(input.timeline).toEqual({ kind: "relative", amount: 2, unit: "weeks" });
    expect(input.thankYouSentAt?.toISOString()).toBe("2026-10-07T11:00:00.000Z");
  });

  it("ignores the fields of a timing choice that is not selected", () => {
    expect(parseCalculatorForm(form({ timing: "none", decisionDate: "2020-01-01", amount: "x" }), options).ok).toBe(true);
    expect(parseCalculatorForm(form({ thankYouSent: false, thankYouDate: "nonsense" }), options).ok).toBe(true);
  });

  it("says when the decision date is before the interview", () => {
    const parsed = parseCalculatorForm(form({ timing: "date", decisionDate: "2026-10-01" }), options);
    expect(parsed).toEqual({ ok: false, errors: { decisionDate: "This date is before the interview. Check both dates." } });
  });

  it.each([
    ["0", "days", "Enter a whole number of days from 1 to 365."],
    ["366", "days", "Enter a whole number of days from 1 to 365."],
    ["53", "weeks", "Enter a whole number of weeks from 1 to 52."],
    ["1.5", "weeks", "Enter a whole number of weeks from 1 to 52."],
    ["", "weeks", "Enter a whole number of weeks from 1 to 52."],
  ] as const)("refuses %j %s", (amount, unit, message) => {
    expect(parseCalculatorForm(form({ timing: "relative", amount, unit }), options)).toEqual({
      ok: false,
      errors: { amount: message },
    });
  });

  it("names every field that needs fixing at once", () => {
    const parsed = parseCalculatorForm(
      {
        ...initialCalculatorForm,
        interviewTime: "25:00",
        durationMinutes: "0",
        timing: "date",
        thankYouSent: true,
      },
      options,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.errors).sort()).toEqual([
      "decisionDate",
      "durationMinutes",
      "interviewDate",
      "interviewTime",
      "thankYouDate",
    ]);
  });

  it("refuses dates the bank-holiday list does not cover, and a thank-you sent before the interview", () => {
    expect(parseCalculatorForm(form({ interviewDate: "2030-01-07" }), options)).toEqual({
      ok: false,
      errors: { interviewDate: "Enter a date from 2025 to 2028." },
    });
    const early = parseCalculatorForm(form({ thankYouSent: true, thankYouDate: "2026-10-05" }), options);
    expect(early.ok ? null : early.errors.thankYouDate).toBe("This date is before the interview. Check both dates.");
  });
});

describe("buildFollowUpCalendar", () => {
  it("writes two 09:00 London events with a 15-minute reminder, named after the interview date", () => {
    const { input, plan: result } = plan({ interviewDate: "2026-12-14", timing: "none" });
    const file = buildFollowUpCalendar(result, input, { calendarName: "Next Steps", now: new Date("2026-12-14T12:00:00Z") });
    expect(file.fileName).toBe("interview-follow-ups-2026-12-14.ics");
    expect(file.text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);

    const component = new ICAL.Component(ICAL.parse(file.text));
    for (const zone of component.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
    const events = component.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.summary)).toEqual([
      "Follow up on your interview",
      "Second follow-up, if you have heard nothing",
    ]);
    // A week after 14 December is Monday 21st; a week after that is Christmas
    // week, and the 28th is a bank holiday, so the second moves to the 29th.
    expect(events.map((event) => event.startDate.toString())).toEqual(["2026-12-21T09:00:00", "2026-12-29T09:00:00"]);
    expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual([
      result.firstFollowUpAt.toISOString(),
      result.secondFollowUpAt.toISOString(),
    ]);
    expect(events.every((event) => event.startDate.zone?.tzid === LONDON && event.startDate.hour === 9)).toBe(true);
    expect(events[0]?.description).toContain(result.explanation);
    for (const event of events) {
      const [alarm] = event.component.getAllSubcomponents("valarm");
      expect((alarm?.getFirstPropertyValue("trigger") as ICAL.Duration).toSeconds()).toBe(-900);
    }
  });
});
