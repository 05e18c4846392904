"use client";

import { useMemo, useReducer, useRef, type FormEvent } from "react";
import { flushSync } from "react-dom";
import { brand } from "@/lib/config/brand";
import { calendarFromDates } from "@/lib/plans/working-days";
import { buildFollowUpCalendar, type CalculatorForm, type TimingChoice } from "@/lib/tools/follow-up-calculator";
import { initialCalculatorState, reduceCalculator, type CalculatorEvent, type CalculatorState } from "@/lib/tools/follow-up-calculator-state";
import { FollowUpResult } from "./follow-up-result";
import { describedBy, FieldNotes, inputClassName, TextField } from "@/components/forms/text-field";
import { NoScriptNote, ToolSection } from "./tool-section";
import { useHydrated } from "./use-hydrated";
import { buttonClass } from "@/components/ui/button-class";

// The site's audience is in the UK; the portal uses each candidate's own zone.
const TIME_ZONE = "Europe/London";

const TIMINGS: { value: TimingChoice; label: string }[] = [
  { value: "date", label: "They gave a date" },
  { value: "relative", label: "They said within a number of days or weeks" },
  { value: "none", label: "They did not say" },
];

type Props = {
  /** England and Wales bank holidays (YYYY-MM-DD, sorted), computed on the server so date-holidays stays there. */
  bankHolidays: string[];
};

function yearsCovered(dates: readonly string[]) {
  const first = dates[0];
  const last = dates[dates.length - 1];
  return first && last ? { from: Number(first.slice(0, 4)), to: Number(last.slice(0, 4)) } : undefined;
}

function downloadFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function FollowUpCalculator({ bankHolidays }: Props) {
  const hydrated = useHydrated();
  const calendar = useMemo(() => calendarFromDates(bankHolidays), [bankHolidays]);
  const years = useMemo(() => yearsCovered(bankHolidays), [bankHolidays]);
  const formRef = useRef<HTMLFormElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const context = useMemo(() => ({ options: { timeZone: TIME_ZONE, years }, calendar }), [years, calendar]);
  const [{ form, errors, result, status }, dispatch] = useReducer(
    (state: CalculatorState, event: CalculatorEvent) => reduceCalculator(state, event, context),
    initialCalculatorState,
  );

  const update = (changes: Partial<CalculatorForm>) => dispatch({ type: "edit", changes });
  const field = (key: "interviewDate" | "interviewTime" | "durationMinutes" | "decisionDate" | "thankYouDate") => ({
    id: `follow-up-${key}`,
    value: form[key],
    error: errors[key],
    onChange: (event: { target: { value: string } }) => update({ [key]: event.target.value }),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Rendered at once, so focus can move to what the submit produced: the first error, or the result.
    flushSync(() => dispatch({ type: "submit" }));
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else resultHeading.current?.focus();
  }

  function download() {
    if (!result || result.outOfDate) return;
    const file = buildFollowUpCalendar(result.plan, result.input, {
      calendarName: `${brand.siteName}: interview follow-ups`,
      now: new Date(),
    });
    downloadFile(file.fileName, file.text);
    dispatch({ type: "downloaded", fileName: file.fileName });
  }

  return (
    <ToolSection
      id="follow-up-calculator"
      title="Follow-up date calculator"
      intro={
        <p>
          Enter your interview and what they said about timing. It suggests when to follow up, skipping weekends and
          bank holidays in England and Wales.
        </p>
      }
    >
      <NoScriptNote>
        The calculator needs JavaScript. Without it, the rule of thumb is above: about three-quarters of the way
        through their timeline, or a week after your thank-you note if they did not give one.
      </NoScriptNote>
      <form ref={formRef} noValidate onSubmit={submit} className="mt-2">
        <TextField label="Interview date" type="date" width="max-w-56" {...field("interviewDate")} />
        <TextField label="Start time" type="time" width="max-w-40" {...field("interviewTime")} />
        <TextField label="Length in minutes" inputMode="numeric" width="max-w-28" {...field("durationMinutes")} />
        <fieldset className="mt-6">
          <legend className="font-semibold">What did they say about when they would decide?</legend>
          {TIMINGS.map(({ value, label }) => (
            <div key={value} className="mt-2">
              <div className="flex items-center gap-2">
                <input
                  id={`follow-up-timing-${value}`}
                  type="radio"
                  name="follow-up-timing"
                  className="size-5 accent-brand"
                  checked={form.timing === value}
                  onChange={() => update({ timing: value })}
                />
                <label htmlFor={`follow-up-timing-${value}`}>{label}</label>
              </div>
              {value === "date" && form.timing === "date" ? (
                <TextField label="Decision date" type="date" width="max-w-56" className="mt-2 ml-7" {...field("decisionDate")} />
              ) : null}
              {value === "relative" && form.timing === "relative" ? (
                <div className="mt-2 ml-7">
                  <div className="flex flex-wrap items-end gap-3">
                    <div>
                      <label htmlFor="follow-up-amount" className="block font-semibold">
                        Within
                      </label>
                      <input
                        id="follow-up-amount"
                        inputMode="numeric"
                        autoComplete="off"
                        className={inputClassName("max-w-24")}
                        value={form.amount}
                        aria-invalid={errors.amount ? true : undefined}
                        aria-describedby={describedBy("follow-up-amount", undefined, errors.amount)}
                        onChange={(event) => update({ amount: event.target.value })}
                      />
                    </div>
                    <div>
                      <label htmlFor="follow-up-unit" className="block font-semibold">
                        Days or weeks
                      </label>
                      <select
                        id="follow-up-unit"
                        className={inputClassName("max-w-40")}
                        value={form.unit}
                        onChange={(event) => update({ unit: event.target.value === "days" ? "days" : "weeks" })}
                      >
                        <option value="days">days</option>
                        <option value="weeks">weeks</option>
                      </select>
                    </div>
                  </div>
                  <FieldNotes id="follow-up-amount" error={errors.amount} />
                </div>
              ) : null}
            </div>
          ))}
        </fieldset>
        <fieldset className="mt-6">
          <legend className="font-semibold">Thank-you note</legend>
          <div className="mt-2 flex items-center gap-2">
            <input
              id="follow-up-thankYouSent"
              type="checkbox"
              className="size-5 accent-brand"
              checked={form.thankYouSent}
              onChange={(event) => update({ thankYouSent: event.target.checked })}
            />
            <label htmlFor="follow-up-thankYouSent">I have sent a thank-you note</label>
          </div>
          {form.thankYouSent ? (
            <TextField label="Date you sent it" type="date" width="max-w-56" className="mt-2 ml-7" {...field("thankYouDate")} />
          ) : null}
        </fieldset>
        <p className="mt-6">
          <button type="submit" className={buttonClass("primary", "md", "disabled:opacity-70")} disabled={!hydrated}>
            Work out my dates
          </button>
        </p>
        <p role="status" aria-live="polite" className="mt-3 min-h-[1.6em] font-semibold">
          {status}
        </p>
      </form>
      {result ? (
        <FollowUpResult
          plan={result.plan}
          timeZone={TIME_ZONE}
          thankYouSent={Boolean(result.input.thankYouSentAt)}
          outOfDate={result.outOfDate}
          headingRef={resultHeading}
          onDownload={download}
        />
      ) : null}
    </ToolSection>
  );
}
