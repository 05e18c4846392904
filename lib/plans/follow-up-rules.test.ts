import { describe, expect, it } from "vitest";
import { followUpSettings } from "@/lib/config/follow-up";
import { englandAndWalesCalendar, listEnglandAndWalesBankHolidays } from "./bank-holidays";
import { describeTimeline, planFollowUps, type FollowUpInput, type Timeline } from "./follow-up-rules";
import { calendarFromDates, daysBetween } from "./working-days";

const england = englandAndWalesCalendar();
const LONDON = "Europe/London";

function plan(startsAt: string, timeline: Timeline, extra: Partial<FollowUpInput> = {}, settings = followUpSettings) {
  const input = { interviewStartsAt: new Date(startsAt), durationMinutes: 60, timeZone: LONDON, timeline, ...extra };
  return planFollowUps(input, england, settings);
}
const iso = (date: Date) => date.toISOString();
const none: Timeline = { kind: "none" };

describe("the times around the interview", () => {
  const result = plan("2026-06-02T09:00:00Z", none);

  it("sends the post-interview email two hours after the end and wants thanks within a day", () => {
    expect(iso(result.interviewEndsAt)).toBe("2026-06-02T10:00:00.000Z");
    expect(iso(result.postInterviewEmailAt)).toBe("2026-06-02T12:00:00.000Z");
    expect(iso(result.thankYouDueAt)).toBe("2026-06-03T10:00:00.000Z");
  });

  it("parks the application after 60 quiet days", () => {
    expect(iso(result.parkAfter)).toBe("2026-08-01T10:00:00.000Z");
  });
});

describe("a timeline, followed up within it", () => {
  it("turns four weeks into about three (the brief's example)", () => {
    const result = plan("2026-06-02T09:00:00Z", { kind: "relative", amount: 4, unit: "weeks" });
    expect(result.decisionDate).toBe("2026-06-30");
    expect(iso(result.firstFollowUpAt)).toBe("2026-06-23T08:00:00.000Z"); // Tuesday, 09:00 BST
    expect(daysBetween("2026-06-02", "2026-06-23")).toBe(21);
    expect(result.explanation).toBe(
      "They said they would decide within 4 weeks (by Tuesday 30 June 2026), so follow up on " +
        "Tuesday 23 June 2026, about three-quarters of the way through that timeline.",
    );
  });

  it("uses a stated date and moves a Saturday follow-up to Monday", () => {
    // 9 Nov → 4 Dec is 25 days; 75% is day 19, Saturday 28 November.
    const result = plan("2026-11-09T14:00:00Z", { kind: "date", date: "2026-12-04" });
    expect(result.decisionDate).toBe("2026-12-04");
    expect(iso(result.firstFollowUpAt)).toBe("2026-11-30T09:00:00.000Z"); // Monday, 09:00 GMT
    expect(result.explanation).toBe(
      "They said they would decide by Friday 4 December 2026, so follow up on Monday 30 November 2026, " +
        "about three-quarters of the way through that timeline.",
    );
  });

  it("counts a timeline in days", () => {
    const result = plan("2026-06-10T09:00:00Z", { kind: "relative", amount: 10, unit: "days" });
    expect(result.decisionDate).toBe("2026-06-20");
    expect(iso(result.firstFollowUpAt)).toBe("2026-06-18T08:00:00.000Z"); // day 8 of 10
  });

  it("steps back to the last working day before the decision when the weekend would reach it", () => {
    // Monday interview, "within a week": day 5 is Saturday, and Monday is the decision day.
    const result = plan("2026-06-08T09:00:00Z", { kind: "relative", amount: 1, unit: "weeks" });
    expect(result.decisionDate).toBe("2026-06-15");
    expect(iso(result.firstFollowUpAt)).toBe("2026-06-12T08:00:00.000Z"); // Friday
    expect(result.explanation).toContain("Friday 12 June 2026, the last working day before their decision date.");
  });

  it("never follows up on the day the thank-you is due", () => {
    // Monday interview, decision Thursday: day 2 (Wednesday) is the first day after the thanks.
    const result = plan("2026-06-08T09:00:00Z", { kind: "date", date: "2026-06-11" });
    expect(iso(result.firstFollowUpAt)).toBe("2026-06-10T08:00:00.000Z");
  });

  it.each([
    ["decided the same day", "2026-06-10T09:00:00Z", "2026-06-10", "2026-06-12"],
    ["decided the next day", "2026-06-10T09:00:00Z", "2026-06-11", "2026-06-12"],
    ["decided in two days", "2026-06-08T09:00:00Z", "2026-06-10", "2026-06-11"],
    ["a Friday interview decided on Monday", "2026-06-05T09:00:00Z", "2026-06-08", "2026-06-09"],
  ])("waits until a timeline too short to follow up within has passed: %s", (_, startsAt, date, expected) => {
    const result = plan(startsAt, { kind: "date", date });
    expect(iso(result.firstFollowUpAt)).toBe(`${expected}T08:00:00.000Z`);
    expect(result.explanation).toContain("after that date, as the timeline is too short to follow up within it.");
  });

  it("follows another fraction when the agency sets one", () => {
    const result = plan("2026-06-02T09:00:00Z", { kind: "relative", amount: 4, unit: "weeks" }, {}, {
      ...followUpSettings,
      timelineFraction: 0.5,
    });
    expect(iso(result.firstFollowUpAt)).toBe("2026-06-16T08:00:00.000Z");
    expect(result.explanation).toContain("about halfway through that timeline");
  });

  it("refuses a decision date before the interview", () => {
    expect(() => plan("2026-06-10T09:00:00Z", { kind: "date", date: "2026-06-09" })).toThrow(
      /decision date 2026-06-09 is before the interview on 2026-06-10/,
    );
  });
});

describe("a timeline, followed up after it (the other setting)", () => {
  const after = { ...followUpSettings, timelineMode: "after" as const };

  it("follows up two working days after the stated date", () => {
    const result = plan("2026-06-08T09:00:00Z", { kind: "date", date: "2026-06-12" }, {}, after);
    expect(iso(result.firstFollowUpAt)).toBe("2026-06-16T08:00:00.000Z"); // Friday → Tuesday
    expect(result.explanation).toBe(
      "They said they would decide by Friday 12 June 2026, so follow up on Tuesday 16 June 2026, " +
        "2 working days after that date, if you have heard nothing.",
    );
  });

  it("reads well with one working day, and never lands on a weekend with none", () => {
    const one = plan("2026-06-08T09:00:00Z", { kind: "date", date: "2026-06-12" }, {}, { ...after, afterDateWorkingDays: 1 });
    expect(iso(one.firstFollowUpAt)).toBe("2026-06-15T08:00:00.000Z");
    expect(one.explanation).toContain("Monday 15 June 2026, the working day after that date, if you have heard nothing.");
    const zero = plan("2026-06-08T09:00:00Z", { kind: "date", date: "2026-06-13" }, {}, { ...after, afterDateWorkingDays: 0 });
    expect(iso(zero.firstFollowUpAt)).toBe("2026-06-15T08:00:00.000Z"); // Saturday → Monday
  });

  it("counts past Good Friday and Easter Monday 2027", () => {
    const result = plan("2027-03-15T10:00:00Z", { kind: "date", date: "2027-03-25" }, {}, after);
    expect(iso(result.firstFollowUpAt)).toBe("2027-03-31T08:00:00.000Z"); // Wednesday, BST by then
  });
});

describe("no timeline", () => {
  it("follows up a week after the interview when no thank-you was recorded", () => {
    const result = plan("2026-06-04T09:00:00Z", none);
    expect(result.decisionDate).toBeNull();
    expect(iso(result.firstFollowUpAt)).toBe("2026-06-11T08:00:00.000Z");
    expect(result.explanation).toBe(
      "They did not give a timeline, so follow up on Thursday 11 June 2026, a week after your interview.",
    );
  });

  it("counts the week from the thank-you note, and moves off a weekend", () => {
    const result = plan("2026-06-04T09:00:00Z", none, { thankYouSentAt: new Date("2026-06-06T10:00:00Z") });
    expect(iso(result.firstFollowUpAt)).toBe("2026-06-15T08:00:00.000Z"); // Saturday + 7 → Monday
    expect(result.explanation).toBe(
      "They did not give a timeline, so follow up on Monday 15 June 2026, " +
        "the first working day at least a week after you sent your thank-you note.",
    );
  });

  it("uses the candidate's date for the thank-you, not UTC's", () => {
    // 23:30 UTC on Friday 5 June is 00:30 BST on Saturday 6 June.
    const result = plan("2026-06-04T09:00:00Z", none, { thankYouSentAt: new Date("2026-06-05T23:30:00Z") });
    expect(iso(result.firstFollowUpAt)).toBe("2026-06-15T08:00:00.000Z");
  });

  it("skips Christmas, the Boxing Day substitute (28 December 2026) and the weekend", () => {
    const result = plan("2026-12-18T10:00:00Z", none, { thankYouSentAt: new Date("2026-12-18T15:00:00Z") });
    expect(iso(result.firstFollowUpAt)).toBe("2026-12-29T09:00:00.000Z");
  });

  it("skips Good Friday and Easter Monday 2027, at 09:00 BST after the clocks go forward", () => {
    const result = plan("2027-03-19T10:00:00Z", none);
    expect(iso(result.firstFollowUpAt)).toBe("2027-03-30T08:00:00.000Z");
  });

  it("skips the spring bank holiday at the end of May", () => {
    expect(iso(plan("2026-05-18T09:00:00Z", none).firstFollowUpAt)).toBe("2026-05-26T08:00:00.000Z");
  });

  it("waits a different number of days when the agency sets one", () => {
    const result = plan("2026-06-04T09:00:00Z", none, {}, { ...followUpSettings, noTimelineDays: 14, reminderHour: 10 });
    expect(iso(result.firstFollowUpAt)).toBe("2026-06-18T09:00:00.000Z");
    expect(result.explanation).toContain("2 weeks after your interview");
  });
});

describe("clock changes", () => {
  it("stays at 09:00 local across the spring change (08:00 UTC in summer)", () => {
    const result = plan("2026-03-24T10:00:00Z", none); // 10:00 GMT
    expect(iso(result.firstFollowUpAt)).toBe("2026-03-31T08:00:00.000Z");
    expect(result.firstFollowUpAt.getUTCHours()).toBe(8);
  });

  it("stays at 09:00 local across the autumn change (09:00 UTC in winter)", () => {
    const result = plan("2026-10-20T09:00:00Z", none); // 10:00 BST
    expect(iso(result.firstFollowUpAt)).toBe("2026-10-27T09:00:00.000Z");
    expect(result.firstFollowUpAt.getUTCHours()).toBe(9);
  });

  it("keeps the hour for a timeline that runs from BST into GMT", () => {
    const result = plan("2026-10-12T09:00:00Z", { kind: "relative", amount: 4, unit: "weeks" });
    expect(iso(result.firstFollowUpAt)).toBe("2026-11-02T09:00:00.000Z");
  });
});

describe("a candidate outside the UK", () => {
  const newYork = (startsAt: string, timeline: Timeline) =>
    planFollowUps(
      { interviewStartsAt: new Date(startsAt), durationMinutes: 45, timeZone: "America/New_York", timeline },
      calendarFromDates([]),
    );

  it("reminds them at 09:00 their time", () => {
    const result = newYork("2026-06-02T14:00:00Z", { kind: "relative", amount: 4, unit: "weeks" });
    expect(iso(result.firstFollowUpAt)).toBe("2026-06-23T13:00:00.000Z"); // 09:00 EDT
  });

  it("dates the interview by their calendar, even when UTC has moved on", () => {
    // 21:00 EDT on Monday 1 June is already Tuesday in UTC; a decision "today" is still valid.
    const result = newYork("2026-06-02T01:00:00Z", { kind: "date", date: "2026-06-01" });
    expect(result.decisionDate).toBe("2026-06-01");
  });

  it("follows their own clock change", () => {
    const result = newYork("2026-10-26T14:00:00Z", none);
    expect(iso(result.firstFollowUpAt)).toBe("2026-11-02T14:00:00.000Z"); // 09:00 EST
  });
});

describe("the second follow-up", () => {
  it("comes a week after the first, at 09:00", () => {
    const result = plan("2026-06-02T09:00:00Z", { kind: "relative", amount: 4, unit: "weeks" });
    expect(iso(result.secondFollowUpAt)).toBe("2026-06-30T08:00:00.000Z");
  });

  it("moves off a bank holiday", () => {
    // First on Monday 21 December 2026; a week later is the Boxing Day substitute.
    const result = plan("2026-12-14T10:00:00Z", none);
    expect(iso(result.firstFollowUpAt)).toBe("2026-12-21T09:00:00.000Z");
    expect(iso(result.secondFollowUpAt)).toBe("2026-12-29T09:00:00.000Z");
  });

  it("moves off a weekend when the gap is not a whole week", () => {
    // Friday interview, first follow-up Friday 12 June; 8 days later is a Saturday.
    const result = plan("2026-06-05T09:00:00Z", none, {}, { ...followUpSettings, secondFollowUpDays: 8 });
    expect(iso(result.firstFollowUpAt)).toBe("2026-06-12T08:00:00.000Z");
    expect(iso(result.secondFollowUpAt)).toBe("2026-06-22T08:00:00.000Z");
  });
});

describe("every plan, across two years", () => {
  const timelines: Timeline[] = [
    none,
    { kind: "relative", amount: 1, unit: "days" },
    { kind: "relative", amount: 3, unit: "days" },
    { kind: "relative", amount: 1, unit: "weeks" },
    { kind: "relative", amount: 2, unit: "weeks" },
    { kind: "relative", amount: 4, unit: "weeks" },
  ];

  it("lands on a working day at 09:00 London time, after the thanks, within a stated timeline when it can", () => {
    const hours = new Intl.DateTimeFormat("en-GB", { timeZone: LONDON, hour: "numeric", hourCycle: "h23" });
    for (let day = 0; day < 730; day += 1) {
      const startsAt = new Date(Date.UTC(2026, 0, 1 + day, 13));
      for (const timeline of timelines) {
        const result = planFollowUps({ interviewStartsAt: startsAt, durationMinutes: 60, timeZone: LONDON, timeline }, england);
        for (const at of [result.firstFollowUpAt, result.secondFollowUpAt]) {
          const date = at.toLocaleDateString("en-CA", { timeZone: LONDON });
          expect(new Date(`${date}T12:00:00Z`).getUTCDay() % 6, date).not.toBe(0);
          expect(england.isBankHoliday(date), date).toBe(false);
          expect(Number(hours.format(at))).toBe(9);
        }
        expect(result.firstFollowUpAt.getTime()).toBeGreaterThan(result.thankYouDueAt.getTime());
        expect(result.secondFollowUpAt.getTime() - result.firstFollowUpAt.getTime()).toBeGreaterThanOrEqual(6.9 * 86_400_000);
        if (timeline.kind === "relative" && timeline.amount * (timeline.unit === "weeks" ? 7 : 1) >= 14) {
          const first = result.firstFollowUpAt.toLocaleDateString("en-CA", { timeZone: LONDON });
          expect(first < (result.decisionDate ?? ""), `${startsAt.toISOString()} ${first}`).toBe(true);
        }
      }
    }
  });

  it("gives the browser's precomputed calendar the same answers as the library's", () => {
    const browser = calendarFromDates(listEnglandAndWalesBankHolidays(2026, 2027));
    for (let day = 0; day < 700; day += 3) {
      const input = { interviewStartsAt: new Date(Date.UTC(2026, 0, 1 + day, 10)), durationMinutes: 60, timeZone: LONDON, timeline: none };
      expect(planFollowUps(input, browser)).toEqual(planFollowUps(input, england));
    }
  });
});

describe("describeTimeline", () => {
  it("says what they were told in plain British English", () => {
    expect(describeTimeline({ kind: "date", date: "2026-12-04" })).toBe("by Friday 4 December 2026");
    expect(describeTimeline({ kind: "relative", amount: 2, unit: "weeks" })).toBe("within 2 weeks");
    expect(describeTimeline({ kind: "relative", amount: 1, unit: "weeks" })).toBe("within 1 week");
    expect(describeTimeline({ kind: "relative", amount: 1, unit: "days" })).toBe("within 1 day");
    expect(describeTimeline(none)).toBe("not given");
  });
});

describe("input checks", () => {
  it("rejects an unknown time zone, a non-positive timeline and a malformed date", () => {
    expect(() => plan("2026-06-02T09:00:00Z", none, { timeZone: "Europe/Londres" })).toThrow(RangeError);
    expect(() => plan("2026-06-02T09:00:00Z", { kind: "relative", amount: 0, unit: "days" })).toThrow(RangeError);
    expect(() => plan("2026-06-02T09:00:00Z", { kind: "date", date: "30/06/2026" })).toThrow(RangeError);
    expect(() => plan("not a date", none)).toThrow(RangeError);
  });
});
