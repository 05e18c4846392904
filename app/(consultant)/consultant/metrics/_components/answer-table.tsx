import { Cell, ColumnHeader, RowHeader, Table, TableBody, TableHead, TableRow } from "@/components/ui/table";
import type { AnswerTimes } from "@/lib/staff/client-answer-metrics";
import { days } from "./month-table";

export function AnswerTable({ caption, who, rows }: { caption: string; who: string; rows: AnswerTimes[] }) {
  return (
    <Table caption={caption}>
      <TableHead>
        <ColumnHeader>{who}</ColumnHeader>
        <ColumnHeader numeric>Interviews asked about</ColumnHeader>
        <ColumnHeader numeric>Answered</ColumnHeader>
        <ColumnHeader numeric>Median days from interview to answer</ColumnHeader>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.name}>
            <RowHeader>{row.name}</RowHeader>
            <Cell numeric label="Interviews asked about">{row.requests}</Cell>
            <Cell numeric label="Answered">{row.answered}</Cell>
            <Cell numeric label="Median days from interview to answer">{row.medianDays === null ? "No answers" : days(row.medianDays)}</Cell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
