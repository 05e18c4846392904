import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/page-heading";
import { StageBadge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Cell, ColumnHeader, RowHeader, Table, TableBody, TableHead, TableRow } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/dal";
import { listOwnApplications } from "@/lib/portal/dashboard";

export const metadata: Metadata = { title: "Your applications", robots: { index: false } };

export default async function ApplicationsPage() {
  const user = await requireRole(["candidate"], "/portal/applications");
  const applications = await listOwnApplications(user);

  return (
    <div>
      <PageHeading title="Your applications" lead="Each job you have applied for, where it stands, and its interview rounds." />
      <p className="mb-6">
        <LinkButton href="/portal/applications/new">Add an application</LinkButton>
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
                <RowHeader label="Company and role">
                  <Link href={`/portal/applications/${application.id}`} className="font-semibold">
                    {application.company}, {application.role}
                  </Link>
                </RowHeader>
                <Cell label="How you applied">{application.source === "agency" ? "Through the agency" : "Directly"}</Cell>
                <Cell label="Stage">
                  <StageBadge stage={application.stage} />
                </Cell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
