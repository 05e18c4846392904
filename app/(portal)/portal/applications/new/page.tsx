import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/page-heading";
import { requireRole } from "@/lib/auth/dal";
import { brand } from "@/lib/config/brand";
import { createApplicationAction } from "../actions";
import { ApplicationForm } from "../_components/application-form";

export const metadata: Metadata = { title: "Add an application", robots: { index: false } };

export default async function NewApplicationPage() {
  await requireRole(["candidate"], "/portal/applications/new");
  return (
    <div>
      <p className="mb-4">
        <Link href="/portal/applications">Back to your applications</Link>
      </p>
      <PageHeading title="Add an application" lead="The job you applied for. You can add its interview rounds next." />
      <ApplicationForm
        action={createApplicationAction}
        agencyName={brand.agencyName}
        defaults={{ source: "direct", stage: "applied" }}
        submitLabel="Save the application"
      />
    </div>
  );
}
