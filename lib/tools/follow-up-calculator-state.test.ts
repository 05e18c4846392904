import { describe, expect, it } from "vitest";
import { calendarFromDates } from "@/lib/plans/working-days";
import { formatDateAndTime, type CalculatorForm } from "./follow-up-calculator";
import { calculatorStatus, initialCalculatorState, reduceCalculator, type CalculatorEvent, type CalculatorState } from "./follow-up-calculator-state";

const context = { options: { timeZone: "Europe/London", years: { from: 2025, to: 2028 } }, calendar: calendarFromDates(["2026-12-25", "2026-12-28"]) };
const run = (events: CalculatorEvent[], from: CalculatorState = initialCalculatorState) =>
  events.reduce((state, event) => reduceCalculator(state, event, context), from);
const edit = (changes: Partial<CalculatorForm>): CalculatorEvent => ({ type: "edit", changes });
const submit: CalculatorEvent = { type: "submit" };

/** The article's worked example, worked out: first follow-up on Tuesday 27 October. */
const worked = run([edit({ interviewDate: "2026-10-06", timing: "date", decisionDate: "2026-11-03" }), submit]);

describe("the follow-up calculator's state", () => {
  it("shows a result for complete details", () => {
    expect(worked.errors).toEqual({});
    expect(worked.status).toBe(calculatorStatus.ready);
    expect(worked.result?.outOfDate).toBe(false);
    expect(formatDateAndTime(worked.result!.plan.firstFollowUpAt, "Europe/London")).toBe("Tuesday 27 October 2026 at 09:00");
  });

  it("clears the result, and never shows it under an error, when a submit finds a mistake", () => {
    const refused = run([edit({ decisionDate: "2026-10-01" }), submit], worked);
    expect(refused.errors).toEqual({ decisionDate: "This date is before the interview. Check both dates." });
    expect(refused.result).toBeNull();
    expect(refused.status).toBe("");
  });

  it("clears the result as soon as an edit leaves the details incomplete, before any submit", () => {
    const emptied = run([edit({ interviewDate: "" })], worked);
    expect(emptied.result).toBeNull();
    expect(emptied.status).toBe(calculatorStatus.cleared);
    // Errors wait for a submit, as before.
    expect(emptied.errors).toEqual({});
    const nonsense = run([edit({ durationMinutes: "an hour" })], worked);
    expect(nonsense.result).toBeNull();
    // Completing the details again does not bring old dates back: they are worked out afresh.
    expect(run([edit({ interviewDate: "2026-10-06" })], emptied).result).toBeNull();
  });

  it("marks the result out of date after an edit that keeps the details complete, and up to date again if undone", () => {
    const changed = run([edit({ decisionDate: "2026-11-10" })], worked);
    expect(changed.result?.outOfDate).toBe(true);
    expect(changed.result?.plan).toBe(worked.result!.plan);
    expect(changed.status).toBe(calculatorStatus.outOfDate);
    const undone = run([edit({ decisionDate: "2026-11-03" })], changed);
    expect(undone.result?.outOfDate).toBe(false);
    expect(undone.status).toBe(calculatorStatus.ready);
    const reworked = run([submit], changed);
    expect(reworked.result?.outOfDate).toBe(false);
    expect(formatDateAndTime(reworked.result!.plan.firstFollowUpAt, "Europe/London")).toBe("Monday 2 November 2026 at 09:00");
  });

  it("says what was downloaded", () => {
    expect(run([{ type: "downloaded", fileName: "follow-ups.ics" }], worked).status).toBe(
      "Downloaded follow-ups.ics. Open it to add both follow-ups to your calendar.",
    );
  });
});
