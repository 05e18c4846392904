import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeading } from "@/components/page-heading";
import { requireRole } from "@/lib/auth/dal";
import { formatDateTime } from "@/lib/domain/format";
import { getOwnInterview } from "@/lib/journey/interviews";
import { getOwnReflection, type OwnReflection } from "@/lib/journey/reflections";
import { withdrawalNote } from "@/lib/portal/withdrawal-note";
import { saveReflectionAction } from "./actions";
import { ReflectionForm } from "./_components/reflection-form";
import { WithdrawalNotePanel } from "./_components/withdrawal-note-panel";

export const metadata: Metadata = { title: "Reflect on your interview", robots: { index: false } };

function formDefaults({ reflection, shared, questions }: OwnReflection): Record<string, string> {
  const values: Record<string, string> = {};
  if (shared) values.shareWithConsultant = "on";
  for (const key of ["rapport", "answers", "relevance", "wentWell", "toImprove", "stillWant"] as const) {
    const value = reflection?.[key];
    if (value !== null && value !== undefined) values[key] = String(value);
  }
  questions.forEach((item, index) => {
    values[`questions.${index}.question`] = item.question;
    values[`questions.${index}.howItWent`] = String(item.howItWent);
    values[`questions.${index}.notes`] = item.notes ?? "";
  });
  return values;
}

export default async function ReflectionPage({ params }: PageProps<"/portal/interviews/[id]/reflection">) {
  const { id } = await params;
  const user = await requireRole(["candidate"], `/portal/interviews/${encodeURIComponent(id)}/reflection`);
  // A malformed id is simply not found; it never reaches the database.
  if (!z.uuid().safeParse(id).success) notFound();
  const [interview, saved] = await Promise.all([getOwnInterview(user, id), getOwnReflection(user, id)]);
  if (!interview || !saved) notFound();

  const viaAgency = interview.source === "agency";
  // A direct note greets the interviewer it is sent to, so prefer one whose address we have.
  const interviewer = interview.interviewers.find((person) => person.email) ?? interview.interviewers[0];
  const note =
    saved.reflection?.stillWant === "no"
      ? withdrawalNote({
          company: interview.company,
          role: interview.role,
          candidateName: user.name,
          viaAgency,
          consultantName: saved.consultant?.name ?? null,
          interviewerName: interviewer?.name ?? null,
        })
      : null;
  const noteTo = (viaAgency ? saved.consultant?.email : interviewer?.email) ?? "";

  return (
    <div>
      <p className="mb-4">
        <Link href={`/portal/interviews/${id}`}>Back to the interview</Link>
      </p>
      <PageHeading
        title="Reflect on your interview"
        lead={
          <>
            {interview.company}, {interview.role}: {formatDateTime(interview.startsAt, interview.timeZone)}. Write it down
            while it is fresh: it stops the second-guessing, and the notes help at your next interview whatever happens
            with this one.
          </>
        }
      />
      <ReflectionForm action={saveReflectionAction.bind(null, id)} defaults={formDefaults(saved)} viaAgency={viaAgency} />
      {note ? <WithdrawalNotePanel note={note} to={noteTo} viaAgency={viaAgency} /> : null}
    </div>
  );
}
