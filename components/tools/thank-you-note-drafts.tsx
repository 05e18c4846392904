"use client";

import type { Ref } from "react";
import { mailtoHref, type NoteDraft } from "@/lib/tools/thank-you-note";
import { CopyButton } from "./copy-button";
import { inputClassName } from "@/components/forms/text-field";
import { buttonClass } from "@/components/ui/button-class";

type Props = {
  drafts: NoteDraft[];
  viaAgency: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onEdit: (index: number, changes: Partial<NoteDraft>) => void;
};

export function ThankYouNoteDrafts({ drafts, viaAgency, headingRef, onEdit }: Props) {
  return (
    <div className="mt-8 border-t border-line pt-6">
      <h3 id="thank-you-drafts-heading" ref={headingRef} tabIndex={-1} className="mt-0">
        {viaAgency ? "Your message to your consultant" : drafts.length === 1 ? "Your note" : "Your notes"}
      </h3>
      {viaAgency ? (
        <p className="mt-2">
          Because an agency arranged this interview, your thanks go through your consultant. Debrief them the same day:
          they pass your thanks and feedback on to the client, and bring back anything the client says. Only email the
          interviewers yourself if your consultant tells you the client welcomes it.
        </p>
      ) : (
        <p className="mt-2">
          Read each note through and make it sound like you, then send it within 24 hours of the interview.
        </p>
      )}
      {drafts.map((draft, index) => {
        const id = `thank-you-note-${index}`;
        return (
          <div key={id} role="group" aria-labelledby={`${id}-heading`} className="mt-6 rounded border border-line bg-white p-4">
            <h4 id={`${id}-heading`} className="mt-0 text-lg font-bold text-brand-dark">
              To {draft.recipient}
              {draft.to ? <span className="font-normal text-muted"> ({draft.to})</span> : null}
            </h4>
            <label htmlFor={`${id}-subject`} className="mt-3 block font-semibold">
              Subject
            </label>
            <input
              id={`${id}-subject`}
              className={inputClassName()}
              value={draft.subject}
              onChange={(event) => onEdit(index, { subject: event.target.value })}
            />
            <label htmlFor={`${id}-body`} className="mt-3 block font-semibold">
              Message
            </label>
            <textarea
              id={`${id}-body`}
              rows={12}
              className={inputClassName("max-w-none")}
              value={draft.body}
              onChange={(event) => onEdit(index, { body: event.target.value })}
            />
            <div className="mt-3 flex flex-wrap items-center gap-3">
              <CopyButton text={draft.body} label="Copy message" fieldId={`${id}-body`} />
              <CopyButton text={draft.subject} label="Copy subject" fieldId={`${id}-subject`} />
              <a href={mailtoHref(draft)} className={buttonClass("primary")}>
                Open in your email app
              </a>
            </div>
          </div>
        );
      })}
    </div>
  );
}
