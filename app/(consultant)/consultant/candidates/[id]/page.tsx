import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeading } from "@/components/page-heading";
import { LinkButton } from "@/components/ui/button";
import { requireRole } from "@/lib/auth/dal";
import { staffRoles } from "@/lib/domain/values";
import { getCandidateDetail } from "@/lib/staff/candidate-detail";
import { ApplicationSection } from "./_components/application-section";

export const metadata: Metadata = { title: "Candidate", robots: { index: false } };

export default async function CandidatePage({ params }: PageProps<"/consultant/candidates/[id]">) {
  const { id } = await params;
  const user = await requireRole(staffRoles, `/consultant/candidates/${encodeURIComponent(id)}`);
  // Not theirs, not a candidate, no such person or a malformed id: all the same
  // "not found", so the page never confirms that someone exists.
  if (!z.uuid().safeParse(id).success) notFound();
  const detail = await getCandidateDetail(user, id);
  if (!detail) notFound();
  const { candidate, applications } = detail;
  const timeZone = candidate.timeZone;

  return (
    <div className="space-y-10">
      <div>
        <p className="mb-4">
          <Link href="/consultant/candidates">Back to candidates</Link>
        </p>
        <PageHeading
          title={candidate.name ?? candidate.email}
          lead={`${candidate.email} · Times are in the candidate's time zone (${timeZone.replaceAll("_", " ")}).`}
        />
        <p className="flex flex-wrap items-center gap-4">
          <LinkButton href={`/consultant/candidates/${candidate.id}/interviews/new`}>Log an interview you arranged</LinkButton>
          <Link href={`/consultant/pipeline?candidate=${candidate.id}`}>Their applications on the pipeline</Link>
        </p>
      </div>
      {applications.length === 0 ? (
        <p>Nothing to show yet: no applications through the agency, and no direct ones the candidate has shared.</p>
      ) : (
        applications.map((application) => <ApplicationSection key={application.id} application={application} timeZone={timeZone} candidate={candidate} />)
      )}
    </div>
  );
}
