import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeading } from "@/components/page-heading";
import { requireRole } from "@/lib/auth/dal";
import { localDateTimeOf } from "@/lib/plans/zoned-time";
import { getOwnInterview, type InterviewDetail } from "@/lib/journey/interviews";
import { updateInterviewAction } from "../../actions";
import { InterviewForm } from "../../_components/interview-form";
import { timeZoneOptions } from "@/lib/plans/time-zones";

export const metadata: Metadata = { title: "Edit the interview", robots: { index: false } };

export default async function EditInterviewPage({ params }: PageProps<"/portal/interviews/[id]/edit">) {
  const { id } = await params;
  const user = await requireRole(["candidate"], `/portal/interviews/${encodeURIComponent(id)}/edit`);
  if (!z.uuid().safeParse(id).success) notFound();
  const interview = await getOwnInterview(user, id);
  if (!interview) notFound();

  return (
    <div>
      <p className="mb-4">
        <Link href={`/portal/interviews/${interview.id}`}>Back to the interview</Link>
      </p>
      <PageHeading title={`Edit round ${interview.round}: ${interview.role} at ${interview.company}`} lead="Changing the date or the timeline plans your follow-ups again." />
      <InterviewForm
        action={updateInterviewAction}
        defaults={formValues(interview)}
        timeZones={timeZoneOptions(interview.timeZone)}
        submitLabel="Save the changes"
      />
    </div>
  );
}

function formValues(interview: InterviewDetail): Record<string, string> {
  const local = localDateTimeOf(interview.startsAt, interview.timeZone);
  const pad = (value: number) => String(value).padStart(2, "0");
  const values: Record<string, string> = {
    id: interview.id,
    applicationId: interview.applicationId,
    round: String(interview.round),
    date: local.date,
    time: `${pad(local.hour)}:${pad(local.minute)}`,
    timeZone: interview.timeZone,
    durationMinutes: String(interview.durationMinutes),
    format: interview.format,
    location: interview.location ?? "",
    meetingUrl: interview.meetingUrl ?? "",
    timelineKind: interview.timelineKind,
    timelineDate: interview.timelineDate ?? "",
    timelineAmount: interview.timelineAmount === null ? "" : String(interview.timelineAmount),
    timelineUnit: interview.timelineUnit ?? "weeks",
    followUpContact: interview.followUpContact ?? "",
  };
  interview.interviewers.forEach((person, row) => {
    // The id keeps the row (and its thank-you note) when the form is saved; without it the
    // interviewer would be replaced, and their note deleted with them.
    values[`interviewers.${row}.id`] = person.id;
    values[`interviewers.${row}.name`] = person.name;
    values[`interviewers.${row}.title`] = person.title ?? "";
    values[`interviewers.${row}.email`] = person.email ?? "";
    values[`interviewers.${row}.talkedAbout`] = person.talkedAbout ?? "";
  });
  return values;
}
