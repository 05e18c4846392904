import Link from "next/link";
import { Cell, ColumnHeader, RowHeader, Table, TableBody, TableHead, TableRow } from "@/components/ui/table";
import type { CandidateSummary } from "@/lib/staff/candidates";

type Props = { candidates: readonly CandidateSummary[]; showConsultant: boolean };

export function CandidateTable({ candidates, showConsultant }: Props) {
  return (
    <Table caption="Candidates and their open applications" hideCaption>
      <TableHead>
        <ColumnHeader>Candidate</ColumnHeader>
        <ColumnHeader>Email</ColumnHeader>
        {showConsultant ? <ColumnHeader>Consultant</ColumnHeader> : null}
        <ColumnHeader>Open applications</ColumnHeader>
      </TableHead>
      <TableBody>
        {candidates.map((candidate) => (
          <TableRow key={candidate.id}>
            <RowHeader>
              <Link href={`/consultant/candidates/${candidate.id}`} className="font-semibold">
                {candidate.name ?? "Unnamed candidate"}
              </Link>
            </RowHeader>
            <Cell breakAll label="Email">{candidate.email}</Cell>
            {showConsultant ? <Cell label="Consultant">{candidate.consultantName ?? "Unassigned"}</Cell> : null}
            <Cell label="Open applications">{candidate.openApplications}</Cell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
