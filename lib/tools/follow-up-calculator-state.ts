// What the article's calculator shows, as a pure state machine: edits, a submit and a download in;
// the form, its errors, the result and the status line out. A result is only ever shown for the
// details it was worked out from: an edit that makes them incomplete clears it, and any other edit
// marks it out of date until it is worked out again.

import { planFollowUps, type FollowUpInput, type FollowUpPlan } from "@/lib/plans/follow-up-rules";
import type { WorkingCalendar } from "@/lib/plans/working-days";
import { initialCalculatorForm, parseCalculatorForm, type CalculatorForm, type CalculatorOptions, type FieldErrors } from "./follow-up-calculator";

export type CalculatorResult = { plan: FollowUpPlan; input: FollowUpInput; outOfDate: boolean };

export type CalculatorState = {
  form: CalculatorForm;
  errors: FieldErrors;
  result: CalculatorResult | null;
  /** The polite status line's text. */
  status: string;
};

export type CalculatorEvent =
  | { type: "edit"; changes: Partial<CalculatorForm> }
  | { type: "submit" }
  | { type: "downloaded"; fileName: string };

export type CalculatorContext = { options: CalculatorOptions; calendar: WorkingCalendar };

export const initialCalculatorState: CalculatorState = { form: initialCalculatorForm, errors: {}, result: null, status: "" };

export const calculatorStatus = {
  ready: "Your follow-up dates are ready below.",
  cleared: "Your follow-up dates are cleared until the details are complete.",
  outOfDate: "The details have changed: work out your dates again to update them.",
} as const;

type Worked = { ok: true; plan: FollowUpPlan; input: FollowUpInput } | { ok: false; errors: FieldErrors };

function workOut(form: CalculatorForm, { options, calendar }: CalculatorContext): Worked {
  const parsed = parseCalculatorForm(form, options);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, plan: planFollowUps(parsed.input, calendar), input: parsed.input };
  } catch {
    // The form's checks mirror the rules' own; this is for anything they miss.
    return { ok: false, errors: { interviewDate: "We could not work out dates from these details. Check the dates and try again." } };
  }
}

export function reduceCalculator(state: CalculatorState, event: CalculatorEvent, context: CalculatorContext): CalculatorState {
  switch (event.type) {
    case "edit": {
      const form = { ...state.form, ...event.changes };
      if (!state.result) return { ...state, form };
      // Errors are still only shown on submit; the result goes as soon as it cannot be right.
      const worked = workOut(form, context);
      if (!worked.ok) return { ...state, form, result: null, status: calculatorStatus.cleared };
      // Changed back to the details it was worked out from, it is up to date again.
      const outOfDate = JSON.stringify(worked.input) !== JSON.stringify(state.result.input);
      if (outOfDate === state.result.outOfDate) return { ...state, form };
      return { ...state, form, result: { ...state.result, outOfDate }, status: outOfDate ? calculatorStatus.outOfDate : calculatorStatus.ready };
    }
    case "submit": {
      const worked = workOut(state.form, context);
      if (!worked.ok) return { ...state, errors: worked.errors, result: null, status: "" };
      return { ...state, errors: {}, result: { plan: worked.plan, input: worked.input, outOfDate: false }, status: calculatorStatus.ready };
    }
    case "downloaded":
      return { ...state, status: `Downloaded ${event.fileName}. Open it to add both follow-ups to your calendar.` };
  }
}
