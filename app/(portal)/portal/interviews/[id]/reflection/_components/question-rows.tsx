"use client";

import { useEffect, useRef, useState } from "react";
import { FieldNotes, describedBy, inputClassName } from "@/components/forms/text-field";
import { useHydrated } from "@/components/tools/use-hydrated";
import { MAX_QUESTIONS, howItWentLabels, reflectionFormObject } from "@/lib/journey/reflection-schema";
import { buttonClass } from "@/components/ui/button";

/** `sent` is the row's index in the last submission, which the server's field errors refer to; null for a row added since. */
type Row = { key: number; sent: number | null; question: string; howItWent: string; notes: string };

type Props = {
  values: Record<string, string>;
  error: (name: string) => string | undefined;
};

// Rows are rebuilt with the action's parser, so "questions.1.question" is the second row on screen.
// One blank row is always offered, so the form works without JavaScript.
function rowsFrom(values: Record<string, string>, firstKey: number): Row[] {
  const rows = reflectionFormObject(values).questions.slice(0, MAX_QUESTIONS);
  if (rows.length < MAX_QUESTIONS) rows.push({ question: "", howItWent: "", notes: "" });
  return rows.map((row, index) => ({ ...row, key: firstKey + index, sent: index }));
}

const nextKey = (rows: Row[]) => rows.reduce((max, row) => Math.max(max, row.key), -1) + 1;

export function QuestionRows({ values, error }: Props) {
  // Without JavaScript the buttons could do nothing, so they appear only once it runs.
  const hydrated = useHydrated();
  const [rows, setRows] = useState(() => rowsFrom(values, 0));
  const [source, setSource] = useState(values);
  if (source !== values) {
    // A new answer from the server: show the rows it holds, under fresh keys so the inputs take their new values.
    setSource(values);
    setRows(rowsFrom(values, nextKey(rows)));
  }
  const focusAfterRender = useRef<string | null>(null);
  useEffect(() => {
    if (focusAfterRender.current) document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });

  function add() {
    focusAfterRender.current = `questions-${rows.length}-question`;
    setRows([...rows, { key: nextKey(rows), sent: null, question: "", howItWent: "", notes: "" }]);
  }
  function remove(key: number) {
    focusAfterRender.current = "add-question";
    setRows(rows.filter((row) => row.key !== key));
  }

  const listError = error("questions");
  return (
    <fieldset className="mt-8" aria-describedby={describedBy("questions", "hint", listError)}>
      <legend className="text-xl font-semibold text-brand-dark">The questions you were asked</legend>
      <FieldNotes
        id="questions"
        hint={`Up to ${MAX_QUESTIONS}, each with how it went. They collect in your question library, weakest first, for your next interview. Leave a row empty to skip it.`}
        error={listError}
      />
      {rows.map((row, index) => {
        const id = (field: string) => `questions-${index}-${field}`;
        const name = (field: string) => `questions.${index}.${field}`;
        const sentError = (field: string) => (row.sent === null ? undefined : error(`questions.${row.sent}.${field}`));
        const questionError = sentError("question");
        const scoreError = sentError("howItWent");
        const notesError = sentError("notes");
        return (
          <fieldset key={row.key} className="mt-4 rounded border border-line bg-surface p-4">
            <legend className="px-1 font-semibold">Question {index + 1}</legend>
            <label htmlFor={id("question")} className="block font-semibold">
              What they asked
            </label>
            <FieldNotes id={id("question")} error={questionError} />
            <textarea
              id={id("question")}
              name={name("question")}
              rows={2}
              maxLength={500}
              defaultValue={row.question}
              aria-invalid={questionError ? true : undefined}
              aria-describedby={describedBy(id("question"), undefined, questionError)}
              className={inputClassName("max-w-xl")}
            />
            <label htmlFor={id("howItWent")} className="mt-3 block font-semibold">
              How it went
            </label>
            <FieldNotes id={id("howItWent")} error={scoreError} />
            <select
              id={id("howItWent")}
              name={name("howItWent")}
              defaultValue={row.howItWent}
              aria-invalid={scoreError ? true : undefined}
              aria-describedby={describedBy(id("howItWent"), undefined, scoreError)}
              className={inputClassName("max-w-xs")}
            >
              <option value="">Choose from 1 to 5</option>
              {[1, 2, 3, 4, 5].map((score) => (
                <option key={score} value={String(score)}>
                  {score}: {howItWentLabels[score]}
                </option>
              ))}
            </select>
            <label htmlFor={id("notes")} className="mt-3 block font-semibold">
              Notes (optional)
            </label>
            <FieldNotes id={id("notes")} hint="What you said, or what you would say next time" error={notesError} />
            <textarea
              id={id("notes")}
              name={name("notes")}
              rows={2}
              maxLength={1000}
              defaultValue={row.notes}
              aria-invalid={notesError ? true : undefined}
              aria-describedby={describedBy(id("notes"), "hint", notesError)}
              className={inputClassName("max-w-xl")}
            />
            {hydrated ? (
              <button type="button" onClick={() => remove(row.key)} className={buttonClass("quiet", "sm", "mt-3")}>
                Remove question {index + 1}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {hydrated ? (
        <button
          type="button"
          id="add-question"
          onClick={add}
          disabled={rows.length >= MAX_QUESTIONS}
          className={buttonClass("secondary", "md", "mt-4")}
        >
          Add a question
        </button>
      ) : null}
    </fieldset>
  );
}
