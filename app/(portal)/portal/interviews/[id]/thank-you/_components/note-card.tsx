"use client";

import { FormStatus } from "@/components/forms/form-status";
import { useActionState, useState } from "react";
import { flushSync } from "react-dom";
import { NoteFields } from "./note-fields";
import { NoteTools } from "./note-tools";
import { SendConfirmation } from "./send-confirmation";
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
  stateLabel: string;
  /** Why there is no send button, when there is none on a direct note. */
  cannotSendReason: string | null;
};

type Props = {
  note: NoteCardNote;
  saveAction: NoteAction;
  primary: { label: string; action: NoteAction } | null;
};

const idle: NoteFormState = { status: "idle" };
const noAction: NoteAction = async () => idle;

export function NoteCard({ note, saveAction, primary }: Props) {
  const [subject, setSubject] = useState(note.subject);
  const [body, setBody] = useState(note.body);
  const [saveState, save, saving] = useActionState(saveAction, idle);
  const [primaryState, runPrimary, working] = useActionState(primary?.action ?? noAction, idle);
  const [last, setLast] = useState<"save" | "primary">("save");
  const [dismissed, setDismissed] = useState<NoteFormState | null>(null);
  const state = last === "save" ? saveState : primaryState;
  const confirming = last === "primary" && primaryState.confirm === true && dismissed !== primaryState;
  const pending = saving || working;
  const id = `note-${note.key}`;

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded border border-line bg-white p-5">
      <h2 id={`${id}-heading`} className="mt-0 text-xl font-semibold">
        To {note.recipientName}
        {note.recipientDetail ? <span className="font-normal text-muted"> ({note.recipientDetail})</span> : null}
      </h2>
      <p className="mt-1 text-sm font-semibold text-brand-dark">{note.stateLabel}</p>
      <form noValidate className="mt-2">
        <input type="hidden" name="interviewerId" value={note.interviewerId ?? ""} />
        <NoteFields
          id={id}
          subject={subject}
          body={body}
          readOnly={!note.isDraft}
          onSubject={setSubject}
          onBody={setBody}
          errors={state.fieldErrors}
        />
        <FormStatus state={confirming ? idle : state} className="mt-3" />
        {note.isDraft ? (
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <button type="submit" formAction={save} onClick={() => setLast("save")} disabled={pending} className="button button-secondary">
              {saving ? "Saving…" : "Save draft"}
            </button>
            {primary && !confirming ? (
              <button
                id={`${id}-primary`}
                type="submit"
                formAction={runPrimary}
                onClick={() => setLast("primary")}
                disabled={pending}
                className="button button-primary"
              >
                {working ? "Working…" : primary.label}
              </button>
            ) : null}
          </div>
        ) : null}
        {confirming ? (
          <SendConfirmation
            id={id}
            question={primaryState.message ?? "Send this note?"}
            confirmAction={runPrimary}
            pending={pending}
            onConfirm={() => setLast("primary")}
            onCancel={() => {
              // The confirmation goes away, so focus returns to the button that opened it.
              flushSync(() => setDismissed(primaryState));
              document.getElementById(`${id}-primary`)?.focus();
            }}
          />
        ) : null}
        {note.isDraft && note.cannotSendReason ? <p className="mt-3 text-sm text-muted">{note.cannotSendReason}</p> : null}
      </form>
      <NoteTools fieldId={`${id}-body`} to={note.recipientEmail ?? ""} subject={subject} body={body} />
    </section>
  );
}
