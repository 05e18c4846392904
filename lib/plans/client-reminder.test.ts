import { describe, expect, it } from "vitest";
import { calendarFromDates } from "./working-days";
import { clientReminderDueAt } from "./client-reminder";

const calendar = calendarFromDates(["2026-12-25", "2026-12-28"]);

describe("the one reminder to a silent client", () => {
  it("is two working days after the request, at 09:00 where the interview was", () => {
    // Thursday request: Friday is one, Monday the second working day.
    expect(clientReminderDueAt({ requestedOn: "2026-12-03", decisionDate: null, timeZone: "Europe/London" }, calendar)).toEqual(new Date("2026-12-07T09:00:00Z"));
  });

  it("waits for the date they gave at the interview when that is later, skipping bank holidays", () => {
    expect(clientReminderDueAt({ requestedOn: "2026-12-03", decisionDate: "2026-12-24", timeZone: "Europe/London" }, calendar)).toEqual(new Date("2026-12-30T09:00:00Z"));
  });

  it("ignores a stated date already past", () => {
    expect(clientReminderDueAt({ requestedOn: "2026-12-10", decisionDate: "2026-12-01", timeZone: "Europe/London" }, calendar)).toEqual(new Date("2026-12-14T09:00:00Z"));
  });
});
