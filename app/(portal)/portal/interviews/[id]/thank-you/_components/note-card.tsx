"use client";

import { FormStatus } from "@/components/forms/form-status";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useActionState, useState } from "react";
import { NoteFields } from "./note-fields";
import { NoteTools } from "./note-tools";
import { OwnMailLinks } from "./own-mail-links";
import type { NoteFormState } from "../schema";

type NoteAction = (previous: NoteFormState, formData: FormData) => Promise<NoteFormState>;

export type NoteCardNote = {
  /** Unique on the page: the interviewer's id, or "consultant". */
  key: string;
  interviewerId: string | null;
  recipientName: string;
  recipientDetail: string | null;
  recipientEmail: string | null;
  subject: string;
  body: string;
  isDraft: boolean;
  /** The candidate chose not to write to this interviewer. */
  isSkipped: boolean;
  stateLabel: string;
  /** On a draft to an interviewer whose address we do not have: what to do about it. */
  addressHint: string | null;
};

type Props = {
  note: NoteCardNote;
  saveAction: NoteAction;
  /** "Not writing to them" and back, for a note to an interviewer; null for the note to the consultant. */
  skipAction: NoteAction | null;
  /** "Give to my consultant", or "I've sent it" on a note the candidate sends from their own email. */
  primary: { label: string; action: NoteAction } | null;
};

const idle: NoteFormState = { status: "idle" };
const noAction: NoteAction = async () => idle;

export function NoteCard({ note, saveAction, skipAction, primary }: Props) {
  const [subject, setSubject] = useState(note.subject);
  const [body, setBody] = useState(note.body);
  const [saveState, save, saving] = useActionState(saveAction, idle);
  const [primaryState, runPrimary, working] = useActionState(primary?.action ?? noAction, idle);
  const [skipState, runSkip, skipping] = useActionState(skipAction ?? noAction, idle);
  const [last, setLast] = useState<"save" | "primary" | "skip">("save");
  const state = last === "save" ? saveState : last === "primary" ? primaryState : skipState;
  const pending = saving || working || skipping;
  const skipButton = (label: string) =>
    skipAction ? (
      <button type="submit" formAction={runSkip} onClick={() => setLast("skip")} disabled={pending} className={buttonClass("quiet")}>
        {label}
      </button>
    ) : null;
  const id = `note-${note.key}`;
  // A note to an interviewer goes from the candidate's own email; the one to the consultant is given here.
  const ownMail = note.interviewerId !== null;
  const primaryButton = primary ? (
    <button type="submit" formAction={runPrimary} onClick={() => setLast("primary")} disabled={pending} className={buttonClass("primary")}>
      {working ? "Working…" : primary.label}
    </button>
  ) : null;

  return (
    <Card as="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="mt-0 text-xl font-semibold">
        To {note.recipientName}
        {note.recipientDetail ? <span className="font-normal text-muted"> ({note.recipientDetail})</span> : null}
      </h2>
      <p className="mt-1 text-sm font-semibold text-brand-dark">{note.stateLabel}</p>
      <form noValidate className="mt-2">
        <input type="hidden" name="interviewerId" value={note.interviewerId ?? ""} />
        {/* A draft can only be skipped and a skipped note only taken back, so the form says which. */}
        {skipAction ? <input type="hidden" name="intent" value={note.isSkipped ? "unskip" : "skip"} /> : null}
        <NoteFields
          id={id}
          subject={subject}
          body={body}
          readOnly={!note.isDraft}
          onSubject={setSubject}
          onBody={setBody}
          errors={state.fieldErrors}
        />
        {note.isDraft && note.addressHint ? <p className="mt-2 text-sm text-muted">{note.addressHint}</p> : null}
        <FormStatus state={state} className="mt-3" />
        {note.isDraft ? (
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <button type="submit" formAction={save} onClick={() => setLast("save")} disabled={pending} className={buttonClass("secondary")}>
              {saving ? "Saving…" : "Save draft"}
            </button>
            {ownMail ? null : primaryButton}
          </div>
        ) : null}
        {note.isDraft && ownMail ? (
          <>
            <OwnMailLinks id={id} fieldId={`${id}-body`} to={note.recipientEmail ?? ""} recipientName={note.recipientName} subject={subject} body={body} />
            <p className="mt-4 text-sm">Once it has gone, tell us: the note is kept as it is here, and your plan moves on.</p>
            <div className="mt-2 flex flex-wrap items-center gap-3">
              {primaryButton}
              {skipButton(`Not writing to ${note.recipientName}`)}
            </div>
          </>
        ) : null}
        {note.isSkipped ? <div className="mt-3">{skipButton(`Write to ${note.recipientName} after all`)}</div> : null}
      </form>
      {ownMail ? null : <NoteTools fieldId={`${id}-body`} to={note.recipientEmail ?? ""} subject={subject} body={body} />}
    </Card>
  );
}
