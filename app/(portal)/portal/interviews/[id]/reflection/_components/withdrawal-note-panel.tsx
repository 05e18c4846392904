import { CopyButton } from "@/components/tools/copy-button";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClassName } from "@/components/forms/text-field";
import { mailtoHref } from "@/lib/tools/thank-you-note";
import type { WithdrawalNote } from "@/lib/portal/withdrawal-note";

type Props = { note: WithdrawalNote; to: string; viaAgency: boolean };

/** Shown while the saved answer to "still want the job?" is no: the note, to copy or open in a mail app. */
export function WithdrawalNotePanel({ note, to, viaAgency }: Props) {
  return (
    <Card as="section" aria-labelledby="withdrawal-heading" className="mt-10 max-w-2xl">
      <h2 id="withdrawal-heading" className="mt-0 text-xl font-semibold">
        A polite note to withdraw
      </h2>
      <p className="mt-2">
        {viaAgency
          ? "Your consultant arranged this interview, so let them know first: they will tell the client and pass on your thanks."
          : "Thank them for their time even though you are not going ahead: it leaves the door open for the future."}{" "}
        Read it through and make it sound like you before you send it.
      </p>
      <p className="mt-4">
        <span className="font-semibold">To:</span> {note.recipient}
        {to ? <span className="text-muted"> ({to})</span> : null}
      </p>
      <p className="mt-1">
        <span className="font-semibold">Subject:</span> {note.subject}
      </p>
      <label htmlFor="withdrawal-body" className="mt-3 block font-semibold">
        Message
      </label>
      <textarea id="withdrawal-body" readOnly rows={16} value={note.body} className={inputClassName("max-w-none")} />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <CopyButton text={note.body} label="Copy message" fieldId="withdrawal-body" />
        <a href={mailtoHref({ to, subject: note.subject, body: note.body })} className={buttonClass("primary")}>
          Open in your email app
        </a>
      </div>
      <p className="mt-4 text-sm text-muted">
        Once you have sent it, mark the application as withdrawn so its reminders stop.
      </p>
    </Card>
  );
}
