import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeading } from "@/components/page-heading";
import { requireRole } from "@/lib/auth/dal";
import { formatDate, formatDateTime } from "@/lib/domain/format";
import { listOwnThankYouNotes, type ThankYouNoteItem, type ThankYouNotes } from "@/lib/journey/thank-you-notes";
import { handToConsultantAction, markThankYouSentAction, saveThankYouDraftAction, skipThankYouNoteAction } from "./actions";
import { NoteCard, type NoteCardNote } from "./_components/note-card";

export const metadata: Metadata = { title: "Thank-you notes", robots: { index: false } };

function stateLabel(note: ThankYouNoteItem, timeZone: string): string {
  if (note.state === "skipped") return "Skipped: you chose not to write to them";
  if (note.state === "draft" || !note.sentAt) return note.noteId ? "Draft (saved)" : "Draft (not saved yet)";
  const on = formatDate(note.sentAt, timeZone);
  if (note.state === "sent") return `Sent on ${on}`;
  if (note.passedOn) return `Passed on by ${note.passedOn.by} on ${formatDate(note.passedOn.at, timeZone)}`;
  return `Given to your consultant on ${on}; waiting for them to pass it on`;
}

/** Only what the card shows, with the wording decided here rather than in the client. */
function cardNote(note: ThankYouNoteItem, data: ThankYouNotes): NoteCardNote {
  const detail = [note.recipientTitle, note.recipientEmail].filter(Boolean).join(", ");
  return {
    key: note.interviewerId ?? "consultant",
    interviewerId: note.interviewerId,
    recipientName: note.recipientName,
    recipientDetail: detail || null,
    recipientEmail: note.recipientEmail,
    subject: note.subject,
    body: note.body,
    isDraft: note.state === "draft",
    isSkipped: note.state === "skipped",
    stateLabel: stateLabel(note, data.timeZone),
    addressHint:
      !data.viaConsultant && !note.recipientEmail
        ? `We do not have ${note.recipientName}'s email address, so add it in your email (or to the interview, and it is filled in here).`
        : null,
  };
}

function Lead({ data }: { data: ThankYouNotes }) {
  const { interview } = data;
  const when = `${interview.company}, ${interview.role}: ${formatDateTime(interview.startsAt, data.timeZone)}.`;
  if (data.viaConsultant) {
    return (
      <>
        {when} Your consultant arranged this interview, so your thanks go through them: they pass them on to the client
        along with your feedback. Make the note sound like you, then give it to your consultant here or copy it into an
        email to them.
      </>
    );
  }
  return (
    <>
      {when} One note per interviewer, ideally sent within 24 hours. Make each one sound like you, send it from your own
      email (each note opens there, filled in), then press {"“I've sent it”"} so your plan moves on.
      {interview.source === "agency" ? " Your consultant says this client welcomes notes directly." : ""}
    </>
  );
}

export default async function ThankYouNotesPage({ params }: PageProps<"/portal/interviews/[id]/thank-you">) {
  const { id } = await params;
  const user = await requireRole(["candidate"], `/portal/interviews/${encodeURIComponent(id)}/thank-you`);
  // A malformed id is simply not found; it never reaches the database.
  if (!z.uuid().safeParse(id).success) notFound();
  const data = await listOwnThankYouNotes(user, id);
  if (!data) notFound();

  const saveAction = saveThankYouDraftAction.bind(null, id);
  const markSentAction = markThankYouSentAction.bind(null, id);
  const handAction = handToConsultantAction.bind(null, id);
  const skipAction = skipThankYouNoteAction.bind(null, id);

  return (
    <div>
      <p className="mb-4">
        <Link href={`/portal/interviews/${id}`}>Back to the interview</Link>
      </p>
      <PageHeading title="Thank-you notes" lead={<Lead data={data} />} />
      {data.notes.length === 0 ? (
        <p className="max-w-2xl">
          You have not added anyone who interviewed you yet.{" "}
          <Link href={`/portal/interviews/${id}/edit`}>Add the interviewers</Link>, with their email addresses if you
          have them, and a note for each appears here.
        </p>
      ) : (
        <div className="max-w-3xl space-y-8">
          {data.notes.map((note) => (
            <NoteCard
              key={note.interviewerId ?? "consultant"}
              note={cardNote(note, data)}
              saveAction={saveAction}
              skipAction={data.viaConsultant ? null : skipAction}
              primary={
                data.viaConsultant
                  ? { label: "Give to my consultant", action: handAction }
                  : note.canSend
                    ? { label: "I've sent it", action: markSentAction }
                    : null
              }
            />
          ))}
        </div>
      )}
    </div>
  );
}
