import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeading } from "@/components/page-heading";
import { requireRole } from "@/lib/auth/dal";
import { staffRoles } from "@/lib/domain/values";
import { stageLabels } from "@/lib/domain/labels";
import { timeZoneOptions } from "@/lib/plans/time-zones";
import { getLogInterviewContext } from "@/lib/staff/log-interview-context";
import { LogInterviewForm } from "./_components/log-interview-form";

export const metadata: Metadata = { title: "Log an interview", robots: { index: false } };

export default async function LogInterviewPage({ params }: PageProps<"/consultant/candidates/[id]/interviews/new">) {
  const { id } = await params;
  const user = await requireRole(staffRoles, `/consultant/candidates/${encodeURIComponent(id)}/interviews/new`);
  if (!z.uuid().safeParse(id).success) notFound();
  const context = await getLogInterviewContext(user, id);
  if (!context) notFound();
  const { candidate, applications } = context;

  const options = applications.map((application) => ({
    value: application.id,
    label: `${application.role} at ${application.company} (${stageLabels[application.stage]}; ${application.rounds} ${application.rounds === 1 ? "round" : "rounds"} so far)`,
  }));
  const first = applications[0];

  return (
    <div>
      <p className="mb-4">
        <Link href={`/consultant/candidates/${candidate.id}`}>Back to {candidate.name ?? candidate.email}</Link>
      </p>
      <PageHeading
        title="Log an interview you arranged"
        lead={`For ${candidate.name ?? candidate.email}. It appears in their portal straight away, with its plan and reminders.`}
      />
      <LogInterviewForm
        candidateId={candidate.id}
        applications={options}
        defaults={{
          applicationChoice: first ? "existing" : "new",
          applicationId: first?.id ?? "",
          round: first ? String(first.rounds + 1) : "1",
          // The candidate's own zone: their plan's dates are worked out in it.
          timeZone: candidate.timeZone,
          durationMinutes: "60",
          format: "video",
          timelineKind: "none",
          timelineUnit: "weeks",
        }}
        timeZones={timeZoneOptions(candidate.timeZone)}
      />
    </div>
  );
}
