import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/page-heading";
import { requireRole } from "@/lib/auth/dal";
import { stageLabels } from "@/lib/domain/labels";
import { listOwnApplications } from "@/lib/portal/dashboard";

export const metadata: Metadata = { title: "Your applications", robots: { index: false } };

export default async function ApplicationsPage() {
  const user = await requireRole(["candidate"], "/portal/applications");
  const applications = await listOwnApplications(user);

  return (
    <div>
      <PageHeading title="Your applications" lead="Each job you have applied for, where it stands, and its interview rounds." />
      <p className="mb-6">
        <Link href="/portal/applications/new" className="button button-primary">
          Add an application
        </Link>
      </p>
      {applications.length === 0 ? (
        <p>You have not added any applications yet. Add one, then add its interviews to get a plan for each.</p>
      ) : (
        <table className="w-full max-w-4xl border-collapse text-left">
          <caption className="sr-only">Your applications, most recently changed first</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-2 pr-4">Company and role</th>
              <th scope="col" className="py-2 pr-4">How you applied</th>
              <th scope="col" className="py-2">Stage</th>
            </tr>
          </thead>
          <tbody>
            {applications.map((application) => (
              <tr key={application.id} className="border-b border-line">
                <td className="py-2 pr-4">
                  <Link href={`/portal/applications/${application.id}`} className="font-semibold">
                    {application.company}, {application.role}
                  </Link>
                </td>
                <td className="py-2 pr-4">{application.source === "agency" ? "Through the agency" : "Directly"}</td>
                <td className="py-2">{stageLabels[application.stage]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
