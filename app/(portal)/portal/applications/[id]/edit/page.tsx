import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeading } from "@/components/page-heading";
import { requireRole } from "@/lib/auth/dal";
import { brand } from "@/lib/config/brand";
import { getOwnApplication } from "@/lib/journey/applications";
import { updateApplicationAction } from "../../actions";
import { ApplicationForm } from "../../_components/application-form";

export const metadata: Metadata = { title: "Edit the application", robots: { index: false } };

export default async function EditApplicationPage({ params }: PageProps<"/portal/applications/[id]/edit">) {
  const { id } = await params;
  const user = await requireRole(["candidate"], `/portal/applications/${encodeURIComponent(id)}/edit`);
  if (!z.uuid().safeParse(id).success) notFound();
  const application = await getOwnApplication(user, id);
  if (!application) notFound();

  return (
    <div>
      <p className="mb-4">
        <Link href={`/portal/applications/${application.id}`}>Back to the application</Link>
      </p>
      <PageHeading title={`Edit: ${application.role} at ${application.company}`} />
      <ApplicationForm
        action={updateApplicationAction}
        agencyName={brand.agencyName}
        defaults={{
          id: application.id,
          company: application.company,
          role: application.role,
          location: application.location ?? "",
          source: application.source,
          jobUrl: application.jobUrl ?? "",
          salaryNotes: application.salaryNotes ?? "",
          stage: application.stage,
          sharedWithAgency: application.sharedWithAgency ? "on" : "",
        }}
        submitLabel="Save the changes"
      />
    </div>
  );
}
