"use client";

import { useRef, useState, type FormEvent } from "react";
import { flushSync } from "react-dom";
import {
  draftThankYouNotes,
  MAX_INTERVIEWERS,
  validateThankYouInput,
  type FieldErrors,
  type NoteDraft,
} from "@/lib/tools/thank-you-note";
import { InterviewerFields, interviewerFieldId, type InterviewerDraft } from "./thank-you-interviewer-fields";
import { ThankYouNoteDrafts } from "./thank-you-note-drafts";
import { FieldNotes, TextField } from "@/components/forms/text-field";
import { NoScriptNote, ToolSection } from "./tool-section";
import { useHydrated } from "./use-hydrated";
import { buttonClass } from "@/components/ui/button-class";

type Agency = "yes" | "no" | null;

const ID = "thank-you-note-builder";

export function ThankYouNoteBuilder() {
  const hydrated = useHydrated();
  const nextKey = useRef(1);
  const formRef = useRef<HTMLFormElement>(null);
  const draftsHeading = useRef<HTMLHeadingElement>(null);
  const [details, setDetails] = useState({ yourName: "", role: "", company: "", consultantName: "", consultantEmail: "" });
  const [secondRound, setSecondRound] = useState(false);
  const [agency, setAgency] = useState<Agency>(null);
  const [people, setPeople] = useState<InterviewerDraft[]>([{ key: 0, name: "", email: "", point: "" }]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [drafts, setDrafts] = useState<{ notes: NoteDraft[]; viaAgency: boolean } | null>(null);
  const [status, setStatus] = useState("");

  const detail = (field: keyof typeof details) => ({
    value: details[field],
    error: errors[field],
    // Updaters, not the values this render saw: changes replayed together (components/islands) must all land.
    onChange: (event: { target: { value: string } }) => {
      const value = event.target.value;
      setDetails((current) => ({ ...current, [field]: value }));
    },
  });

  function addInterviewer() {
    const index = people.length;
    flushSync(() => {
      setPeople([...people, { key: nextKey.current++, name: "", email: "", point: "" }]);
      setStatus(`Interviewer ${index + 1} added.`);
    });
    document.getElementById(interviewerFieldId(index, "name"))?.focus();
  }

  function removeInterviewer(index: number) {
    flushSync(() => {
      setPeople(people.filter((_, i) => i !== index));
      // Errors are keyed by position, which has just changed.
      setErrors({});
      setStatus(`Interviewer ${index + 1} removed.`);
    });
    document.getElementById(interviewerFieldId(Math.max(0, index - 1), "name"))?.focus();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      ...details,
      interviewers: people,
      secondRound,
      viaAgency: agency === "yes",
    };
    const found: FieldErrors = { ...validateThankYouInput(input) };
    if (agency === null) found.viaAgency = "Choose yes or no: the advice is different when an agency arranged it.";
    if (Object.keys(found).length > 0) {
      flushSync(() => {
        setErrors(found);
        setStatus("");
      });
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]')?.focus();
      return;
    }
    const notes = draftThankYouNotes(input);
    flushSync(() => {
      setErrors({});
      setDrafts({ notes, viaAgency: input.viaAgency });
      setStatus(
        input.viaAgency
          ? "Your message to your consultant is ready below."
          : notes.length === 1
            ? "Your note is ready below."
            : `Your ${notes.length} notes are ready below.`,
      );
    });
    draftsHeading.current?.focus();
  }

  const agencyError = errors.viaAgency;
  return (
    <ToolSection
      id={ID}
      title="Thank-you note builder"
      intro={
        <p>
          Fill in a few details and get a short draft for each interviewer, ready to copy or open in your email app.
          Nothing you type leaves your browser.
        </p>
      }
    >
      <NoScriptNote>
        The builder needs JavaScript to write your notes. Without it, adapt one of the examples in this article: the
        details to fill in are in square brackets.
      </NoScriptNote>
      <form ref={formRef} noValidate onSubmit={submit} className="mt-2">
        <TextField id="thank-you-yourName" label="Your name" hint="As you sign your emails." autoComplete="name" {...detail("yourName")} />
        <TextField id="thank-you-role" label="The role" hint="The job title, for example Marketing Coordinator." autoComplete="off" {...detail("role")} />
        <TextField id="thank-you-company" label="The company" autoComplete="organization" {...detail("company")} />
        <div className="mt-4 flex items-center gap-2">
          <input
            id="thank-you-second-round"
            type="checkbox"
            className="size-5 accent-brand"
            checked={secondRound}
            onChange={(event) => setSecondRound(event.target.checked)}
          />
          <label htmlFor="thank-you-second-round">This was a second-round interview</label>
        </div>
        <fieldset
          className="mt-4"
          aria-describedby={agencyError ? "thank-you-viaAgency-error" : undefined}
        >
          <legend className="font-semibold">Did a recruitment agency arrange this interview?</legend>
          <FieldNotes id="thank-you-viaAgency" error={agencyError} />
          {(["yes", "no"] as const).map((value) => (
            <div key={value} className="mt-2 flex items-center gap-2">
              <input
                id={`thank-you-viaAgency-${value}`}
                type="radio"
                name="thank-you-via-agency"
                className="size-5 accent-brand"
                checked={agency === value}
                data-invalid={agencyError && value === "yes" ? true : undefined}
                onChange={() => setAgency(value)}
              />
              <label htmlFor={`thank-you-viaAgency-${value}`}>{value === "yes" ? "Yes" : "No, I applied directly"}</label>
            </div>
          ))}
        </fieldset>
        {agency === "yes" ? (
          <>
            <TextField id="thank-you-consultantName" label="Your consultant's name (optional)" autoComplete="off" {...detail("consultantName")} />
            <TextField
              id="thank-you-consultantEmail"
              label="Your consultant's email address (optional)"
              type="email"
              autoComplete="off"
              spellCheck={false}
              {...detail("consultantEmail")}
            />
          </>
        ) : null}
        <h3 className="mt-6">Who interviewed you</h3>
        <p className="mt-1 text-muted">One note per person: add everyone on the panel, up to {MAX_INTERVIEWERS}.</p>
        {people.map((person, index) => (
          <InterviewerFields
            key={person.key}
            person={person}
            index={index}
            showEmail={agency !== "yes"}
            canRemove={people.length > 1}
            errors={errors}
            onChange={(changes) => setPeople((current) => current.map((p, i) => (i === index ? { ...p, ...changes } : p)))}
            onRemove={() => removeInterviewer(index)}
          />
        ))}
        <div className="mt-4 flex flex-wrap items-center gap-3">
          {people.length < MAX_INTERVIEWERS ? (
            <button type="button" className={buttonClass("secondary")} onClick={addInterviewer}>
              Add another interviewer
            </button>
          ) : (
            <p className="text-muted">That is the most the builder takes at once.</p>
          )}
          <button type="submit" className={buttonClass("primary", "md", "disabled:opacity-70")} disabled={!hydrated}>
            {drafts ? "Update my notes" : "Write my notes"}
          </button>
        </div>
        <p role="status" aria-live="polite" className="mt-3 min-h-[1.6em] font-semibold">
          {status}
        </p>
      </form>
      {drafts ? (
        <ThankYouNoteDrafts
          drafts={drafts.notes}
          viaAgency={drafts.viaAgency}
          headingRef={draftsHeading}
          onEdit={(index, changes) =>
            setDrafts({ ...drafts, notes: drafts.notes.map((note, i) => (i === index ? { ...note, ...changes } : note)) })
          }
        />
      ) : null}
    </ToolSection>
  );
}
