import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/page-heading";
import { Cell, ColumnHeader, RowHeader, Table, TableBody, TableHead, TableRow } from "@/components/ui/table";
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
        <Table caption="Your applications, most recently changed first" hideCaption>
          <TableHead>
            <ColumnHeader>Company and role</ColumnHeader>
            <ColumnHeader>How you applied</ColumnHeader>
            <ColumnHeader>Stage</ColumnHeader>
          </TableHead>
          <TableBody>
            {applications.map((application) => (
              <TableRow key={application.id}>
                <RowHeader>
                  <Link href={`/portal/applications/${application.id}`} className="font-semibold">
                    {application.company}, {application.role}
                  </Link>
                </RowHeader>
                <Cell>{application.source === "agency" ? "Through the agency" : "Directly"}</Cell>
                <Cell>{stageLabels[application.stage]}</Cell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
