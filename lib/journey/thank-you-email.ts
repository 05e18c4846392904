import "server-only";
import { createElement } from "react";
import { sendEmail } from "@/lib/email/outbox";
import ThankYouNoteEmail from "@/emails/thank-you-note";

type Note = { id: string; subject: string; body: string };
type Person = { name: string; email: string };
type Sender = { id: string; name: string | null; email: string };

/** Both messages are keyed by the note, so a double click or a retry half way sends nothing twice. */
export async function enqueueThankYouEmails(note: Note, to: Person, sender: Sender, now: Date): Promise<void> {
  const senderName = sender.name ?? sender.email;
  await sendEmail(
    {
      to: to.email,
      template: "thank-you-note",
      subject: note.subject,
      element: createElement(ThankYouNoteEmail, { body: note.body, senderName }),
      idempotencyKey: `thank-you:${note.id}`,
      userId: sender.id,
      replyTo: sender.email,
    },
    now,
  );
  // The outbox has no cc column, so the candidate's "cc" is a second message
  // of its own, keyed apart from the interviewer's so both go exactly once.
  await sendEmail(
    {
      to: sender.email,
      template: "thank-you-note-copy",
      subject: `Your copy: ${note.subject}`,
      element: createElement(ThankYouNoteEmail, {
        body: note.body,
        senderName,
        copyOf: { recipientName: to.name, recipientEmail: to.email },
      }),
      idempotencyKey: `thank-you:${note.id}:copy`,
      userId: sender.id,
    },
    now,
  );
}
