import Link from "next/link";
import { Cell, ColumnHeader, RowHeader, Table, TableBody, TableHead, TableRow } from "@/components/ui/table";
import { describeAge } from "@/emails/consultant-digest";
import type { NeedsAttentionItem } from "@/lib/staff/attention-rules";

export function AttentionTable({ items, caption }: { items: NeedsAttentionItem[]; caption: string }) {
  return (
    <Table caption={caption} hideCaption>
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
  );
}
