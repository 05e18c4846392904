"use client";

import { useEffect, useRef, useState } from "react";
import { TextField } from "@/components/forms/text-field";
import { maxTalkedAboutLength } from "@/lib/journey/thank-you-draft";
import { buttonClass } from "@/components/ui/button-class";

const maxRows = 10;

type Props = {
  values: Record<string, string>;
  error: (name: string) => string | undefined;
  /** Who the rows are for, in the reader's words: "Who interviewed you, for the thank-you notes." */
  purpose: string;
  /** The candidate's own form asks what they talked about with each interviewer, for the thank-you notes. */
  askTalkedAbout?: boolean;
};

/** The indexes the values hold rows for; one empty row when there are none. */
function rowsIn(values: Record<string, string>): number[] {
  const indexes = new Set<number>();
  for (const key of Object.keys(values)) {
    const match = /^interviewers\.(\d{1,3})\./.exec(key);
    if (match) indexes.add(Number(match[1]));
  }
  return indexes.size > 0 ? [...indexes].sort((a, b) => a - b) : [0];
}

/** Each row keeps its index for life, so an error sent back for "interviewers.2.email" finds its row. */
export function InterviewerRows({ values, error, purpose, askTalkedAbout = false }: Props) {
  const [rows, setRows] = useState(() => rowsIn(values));
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusRow === null) return;
    if (focusRow >= 0) document.getElementById(`interviewers.${focusRow}.name`)?.focus();
    else addButton.current?.focus();
  }, [focusRow, rows]);

  function add() {
    let next = 0;
    while (rows.includes(next)) next += 1;
    setRows([...rows, next]);
    setFocusRow(next);
  }

  function remove(row: number) {
    setRows(rows.filter((other) => other !== row));
    // Focus would otherwise fall to the page's start with the removed button.
    setFocusRow(-1);
  }

  return (
    <fieldset className="mt-6" aria-describedby={error("interviewers") ? "interviewers-error" : "interviewers-hint"}>
      <legend className="text-xl font-semibold">Interviewers</legend>
      <p id="interviewers-hint" className="text-sm text-muted">
        {purpose} Up to {maxRows}; leave a row empty to skip it.
      </p>
      {error("interviewers") ? (
        <p id="interviewers-error" className="mt-1 text-sm font-semibold text-red-800">
          <span className="sr-only">Error: </span>
          {error("interviewers")}
        </p>
      ) : null}
      {rows.map((row, position) => {
        const field = (name: string) => `interviewers.${row}.${name}`;
        return (
          <fieldset key={row} className="mt-4 rounded border border-line p-4">
            <legend className="px-1 font-semibold">Interviewer {position + 1}</legend>
            <input type="hidden" name={field("id")} value={values[field("id")] ?? ""} />
            <TextField id={field("name")} name={field("name")} label="Name" className="mt-0" defaultValue={values[field("name")]} error={error(field("name"))} />
            <TextField id={field("title")} name={field("title")} label="Job title (optional)" defaultValue={values[field("title")]} error={error(field("title"))} />
            <TextField id={field("email")} name={field("email")} type="email" label="Email address (optional)" defaultValue={values[field("email")]} error={error(field("email"))} />
            {askTalkedAbout ? (
              <TextField
                id={field("talkedAbout")}
                name={field("talkedAbout")}
                label="One thing you talked about with them (optional)"
                hint="A few words, like “the plans for the new Leeds office”: it makes your thank-you note to them personal."
                maxLength={maxTalkedAboutLength}
                defaultValue={values[field("talkedAbout")]}
                error={error(field("talkedAbout"))}
              />
            ) : null}
            <button type="button" onClick={() => remove(row)} className={buttonClass("secondary", "md", "mt-4")}>
              Remove interviewer {position + 1}
            </button>
          </fieldset>
        );
      })}
      {rows.length < maxRows ? (
        <button ref={addButton} type="button" onClick={add} className={buttonClass("secondary", "md", "mt-4")}>
          Add another interviewer
        </button>
      ) : (
        <p className="mt-4 text-sm text-muted">That is the most one interview can have.</p>
      )}
    </fieldset>
  );
}
