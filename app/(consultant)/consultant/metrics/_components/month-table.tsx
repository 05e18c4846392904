import { Cell, ColumnHeader, RowHeader, Table, TableBody, TableHead, TableRow } from "@/components/ui/table";
import { monthLabel, type MonthFigures } from "@/lib/staff/metrics";

const percent = (rate: number | null) => (rate === null ? "None held" : `${Math.round(rate * 100)}%`);
export const days = (value: number | null) => (value === null ? "No decisions" : `${value} ${value === 1 ? "day" : "days"}`);

/** Every figure the chart draws and more, per consultant and month: the chart's text alternative in full. */
export function MonthTable({ rows, isAdmin }: { rows: MonthFigures[]; isAdmin: boolean }) {
  return (
    <Table caption="Interviews, offers, placements, interview-to-offer rate and median days to a decision, per consultant and month" hideCaption wide>
      <TableHead>
        {isAdmin ? <ColumnHeader>Consultant</ColumnHeader> : null}
        <ColumnHeader>Month</ColumnHeader>
        <ColumnHeader numeric>Interviews</ColumnHeader>
        <ColumnHeader numeric>Offers</ColumnHeader>
        <ColumnHeader numeric>Placements</ColumnHeader>
        <ColumnHeader numeric>Interview to offer</ColumnHeader>
        <ColumnHeader numeric>Median days to a decision</ColumnHeader>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={`${row.consultantId}-${row.month}`}>
            {/* The row is named by its consultant where there are several, else by its month. */}
            {isAdmin ? <RowHeader>{row.consultantName}</RowHeader> : null}
            {isAdmin ? <Cell label="Month">{monthLabel(row.month)}</Cell> : <RowHeader>{monthLabel(row.month)}</RowHeader>}
            <Cell numeric label="Interviews">{row.interviews}</Cell>
            <Cell numeric label="Offers">{row.offers}</Cell>
            <Cell numeric label="Placements">{row.placements}</Cell>
            <Cell numeric label="Interview to offer">{percent(row.interviewToOfferRate)}</Cell>
            <Cell numeric label="Median days to a decision">{days(row.medianDaysToDecision)}</Cell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
