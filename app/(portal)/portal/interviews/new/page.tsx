import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeading } from "@/components/page-heading";
import { requireRole } from "@/lib/auth/dal";
import { getOwnApplication } from "@/lib/journey/applications";
import { getOwnSettings } from "@/lib/portal/settings";
import { createInterviewAction } from "../actions";
import { InterviewForm } from "../_components/interview-form";
import { timeZoneOptions } from "@/lib/plans/time-zones";

export const metadata: Metadata = { title: "Add an interview round", robots: { index: false } };

export default async function NewInterviewPage({ searchParams }: PageProps<"/portal/interviews/new">) {
  const { applicationId } = await searchParams;
  const user = await requireRole(["candidate"], `/portal/interviews/new?applicationId=${encodeURIComponent(String(applicationId ?? ""))}`);
  const id = z.uuid().safeParse(applicationId);
  if (!id.success) notFound();
  const [application, settings] = await Promise.all([getOwnApplication(user, id.data), getOwnSettings(user)]);
  if (!application) notFound();

  const nextRound = Math.max(0, ...application.interviews.map((round) => round.round)) + 1;
  // New rounds start in the candidate's own zone (Europe/London unless they changed it).
  const timeZone = settings.timeZone;

  return (
    <div>
      <p className="mb-4">
        <Link href={`/portal/applications/${application.id}`}>Back to the application</Link>
      </p>
      <PageHeading
        title="Add an interview round"
        lead={`For ${application.role} at ${application.company}. Saving it builds your plan for what to do after it.`}
      />
      <InterviewForm
        action={createInterviewAction}
        defaults={{ applicationId: application.id, round: String(nextRound), timeZone, durationMinutes: "60", format: "video", timelineKind: "none", timelineUnit: "weeks" }}
        timeZones={timeZoneOptions(timeZone)}
        submitLabel="Save the interview"
      />
    </div>
  );
}
