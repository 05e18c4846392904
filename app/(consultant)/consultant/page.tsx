import type { Metadata } from "next";
import Link from "next/link";
import { Cell, ColumnHeader, RowHeader, Table, TableBody, TableHead, TableRow } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/dal";
import { staffRoles } from "@/lib/domain/values";
import { formatDate } from "@/lib/domain/format";
import { describeAge } from "@/emails/consultant-digest";
import { viewNeedsAttention } from "@/lib/staff/needs-attention";
import { viewerTimeZone } from "@/lib/staff/viewer";

export const metadata: Metadata = { title: "Needs attention", robots: { index: false } };

export default async function NeedsAttentionPage({ searchParams }: PageProps<"/consultant">) {
  const user = await requireRole(staffRoles, "/consultant");
  const timeZone = await viewerTimeZone(user);
  const now = new Date();
  const { shown: items, hiddenCount, total } = await viewNeedsAttention(user, timeZone, (await searchParams).all === "1", now);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">Needs attention today</h1>
        <p className="mt-1">
          {user.role === "admin" ? "Every candidate" : "Your candidates"}, oldest first, as of {formatDate(now, timeZone)}.
        </p>
      </div>
      {items.length === 0 ? (
        <p>Nothing is waiting on you. Every candidate is up to date.</p>
      ) : (
        <Table caption="Candidates who need attention, with the reason and how long it has waited" hideCaption>
          <TableHead>
            <ColumnHeader>Candidate</ColumnHeader>
            <ColumnHeader>Application</ColumnHeader>
            <ColumnHeader>Why</ColumnHeader>
            <ColumnHeader>Waiting</ColumnHeader>
          </TableHead>
          <TableBody>
            {items.map((item) => (
              <TableRow key={`${item.interviewId}-${item.reason}`}>
                <RowHeader>
                  <Link href={`/consultant/candidates/${item.candidateId}`}>{item.candidateName}</Link>
                </RowHeader>
                <Cell label="Application">
                  {item.role} at {item.company}
                </Cell>
                <Cell label="Why">{item.reason}</Cell>
                <Cell label="Waiting" nowrap>
                  {describeAge(item.ageDays)}
                </Cell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {hiddenCount > 0 ? (
        <p>
          Showing the {items.length} that have waited longest of {total}.{" "}
          <Link href="/consultant?all=1">Show all {total}</Link>
        </p>
      ) : null}
    </div>
  );
}
