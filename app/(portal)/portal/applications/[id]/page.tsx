import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeading } from "@/components/page-heading";
import { StageBadge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { requireRole } from "@/lib/auth/dal";
import { brand } from "@/lib/config/brand";
import { formatDateTime } from "@/lib/domain/format";
import { getOwnApplication } from "@/lib/journey/applications";
import { formatLabels } from "@/lib/domain/labels";
import { deleteApplicationAction } from "../actions";
import { DeleteWithConfirmation } from "../_components/delete-with-confirmation";

export const metadata: Metadata = { title: "Application", robots: { index: false } };

export default async function ApplicationPage({ params, searchParams }: PageProps<"/portal/applications/[id]">) {
  const { id } = await params;
  const { added } = await searchParams;
  const user = await requireRole(["candidate"], `/portal/applications/${encodeURIComponent(id)}`);
  // A malformed id is simply not found; it never reaches the database.
  if (!z.uuid().safeParse(id).success) notFound();
  const application = await getOwnApplication(user, id);
  if (!application) notFound();

  const facts: [string, ReactNode][] = [
    ["Stage", <StageBadge key="stage" stage={application.stage} />],
    ["How you applied", application.source === "agency" ? `Through ${brand.agencyName}` : "Directly with the company"],
    ...(application.source === "agency" ? [["Your consultant", <ConsultantContact key="consultant" consultant={application.consultant} />] as [string, ReactNode]] : []),
    ["Location", application.location ?? "Not recorded"],
    ["Job advert", application.jobUrl ? <a href={application.jobUrl} rel="noopener noreferrer nofollow">{application.jobUrl}</a> : "Not recorded"],
    ["Salary notes", application.salaryNotes ?? "None"],
    ["Shared with the agency", application.source === "agency" || application.sharedWithAgency ? "Yes" : "No, private to you"],
  ];

  return (
    <div className="space-y-8">
      <div>
        <p className="mb-4">
          <Link href="/portal/applications">Back to your applications</Link>
        </p>
        <PageHeading title={`${application.role} at ${application.company}`} />
        {added === "1" ? <AddedConfirmation source={application.source} consultant={application.consultant} /> : null}
        <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          {facts.map(([term, detail]) => (
            <div key={term} className="contents">
              <dt className="font-semibold">{term}</dt>
              <dd className="mb-2 break-words sm:mb-0">{detail}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-6">
          <LinkButton href={`/portal/applications/${application.id}/edit`} variant="secondary">
            Edit the application
          </LinkButton>
        </p>
      </div>

      <section aria-labelledby="rounds-heading" className="space-y-3">
        <h2 id="rounds-heading" className="text-2xl">Interview rounds</h2>
        {application.interviews.length === 0 ? (
          <p>No interviews yet. When you are invited to one, add it here to get a plan for what to do after it.</p>
        ) : (
          <ul className="space-y-2">
            {application.interviews.map((round) => (
              <li key={round.id}>
                <Link href={`/portal/interviews/${round.id}`} className="font-semibold">
                  Round {round.round}: {formatDateTime(round.startsAt, round.timeZone)}
                </Link>{" "}
                <span className="text-muted">({formatLabels[round.format]})</span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <LinkButton href={`/portal/interviews/new?applicationId=${application.id}`}>Add an interview round</LinkButton>
        </p>
      </section>

      <section aria-labelledby="delete-heading" className="space-y-3 border-t border-line pt-6">
        <h2 id="delete-heading" className="text-xl">Delete the application</h2>
        <DeleteWithConfirmation
          action={deleteApplicationAction}
          fields={{ id: application.id }}
          label="Delete this application"
          consequence={deleteConsequence(application.interviews.length)}
          confirmLabel="Yes, delete the application"
        />
      </section>
    </div>
  );
}

function deleteConsequence(rounds: number): string {
  if (rounds === 0) return "This deletes the application.";
  if (rounds === 1) return "This deletes the application and its interview round, with its plan, reflection and notes.";
  return `This deletes the application and its ${rounds} interview rounds, with their plans, reflections and notes.`;
}

type Consultant = { name: string; email: string } | null;

function ConsultantContact({ consultant }: { consultant: Consultant }) {
  if (!consultant) return <>{noConsultantYet}</>;
  return (
    <>
      {consultant.name} (<a href={`mailto:${consultant.email}`}>{consultant.email}</a>)
    </>
  );
}

const noConsultantYet = `Not assigned yet. The agency has been told and will be in touch; you can call them on ${brand.phone.display}.`;

/** The redirect after adding an application lands here with ?added=1. */
function AddedConfirmation({ source, consultant }: { source: "agency" | "direct"; consultant: Consultant }) {
  const message =
    source === "direct"
      ? "Application added."
      : consultant
        ? `Application added. ${consultant.name} is your consultant: they can see this application and will be in touch.`
        : `Application added. ${noConsultantYet}`;
  return (
    <Notice tone="success" role="status" className="mb-6 max-w-3xl">
      {message}
    </Notice>
  );
}
