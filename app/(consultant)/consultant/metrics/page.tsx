import type { Metadata } from "next";
import { Cell, ColumnHeader, RowHeader, Table, TableBody, TableHead, TableRow } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/dal";
import { staffRoles } from "@/lib/domain/values";
import { consultantMetrics, monthLabel } from "@/lib/staff/metrics";
import { clientAnswerTimes, type AnswerTimes } from "@/lib/staff/client-answer-metrics";

export const metadata: Metadata = { title: "Metrics", robots: { index: false } };

const percent = (rate: number | null) => (rate === null ? "None held" : `${Math.round(rate * 100)}%`);
const days = (value: number | null) => (value === null ? "No decisions" : `${value} ${value === 1 ? "day" : "days"}`);

export default async function MetricsPage() {
  const user = await requireRole(staffRoles, "/consultant/metrics");
  const now = new Date();
  const [rows, answerTimes] = await Promise.all([consultantMetrics(user, { now, months: 6 }), clientAnswerTimes(user, { now })]);
  const isAdmin = user.role === "admin";

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">Metrics</h1>
        <p className="mt-1">
          {isAdmin ? "Each consultant's" : "Your"} last six months, from interviews held and the stage each
          application moved to. A decision is an offer or a rejection; its days are counted from the last interview before it.
        </p>
      </div>
      {rows.length === 0 ? (
        <p>Nothing to count yet: no interviews or decisions in the last six months.</p>
      ) : (
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
                {isAdmin ? <Cell>{monthLabel(row.month)}</Cell> : <RowHeader>{monthLabel(row.month)}</RowHeader>}
                <Cell numeric>{row.interviews}</Cell>
                <Cell numeric>{row.offers}</Cell>
                <Cell numeric>{row.placements}</Cell>
                <Cell numeric>{percent(row.interviewToOfferRate)}</Cell>
                <Cell numeric>{days(row.medianDaysToDecision)}</Cell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <section aria-labelledby="answers-heading" className="space-y-4">
        <h2 id="answers-heading" className="text-2xl">
          How fast clients answer
        </h2>
        <p>
          Feedback requests {isAdmin ? "the team sent" : "you sent"} in the last six months: how many were answered, and the
          median days from the interview to the client&rsquo;s first answer.
        </p>
        {answerTimes.byCompany.length === 0 ? (
          <p>No feedback requests yet.</p>
        ) : (
          <>
            {isAdmin ? <AnswerTable caption="By consultant" who="Consultant" rows={answerTimes.byConsultant} /> : null}
            <AnswerTable caption="By client" who="Client" rows={answerTimes.byCompany} />
          </>
        )}
      </section>
    </div>
  );
}

function AnswerTable({ caption, who, rows }: { caption: string; who: string; rows: AnswerTimes[] }) {
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
            <Cell numeric>{row.requests}</Cell>
            <Cell numeric>{row.answered}</Cell>
            <Cell numeric>{row.medianDays === null ? "No answers" : days(row.medianDays)}</Cell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
