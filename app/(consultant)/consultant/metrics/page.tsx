import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/dal";
import { staffRoles } from "@/lib/domain/values";
import { consultantMetrics } from "@/lib/staff/metrics";
import { clientAnswerTimes } from "@/lib/staff/client-answer-metrics";
import { lastMonths, monthlyTotals } from "@/lib/staff/metrics-chart";
import { AnswerTable } from "./_components/answer-table";
import { MetricsChart } from "./_components/metrics-chart";
import { MonthTable } from "./_components/month-table";

export const metadata: Metadata = { title: "Metrics", robots: { index: false } };

export default async function MetricsPage() {
  const user = await requireRole(staffRoles, "/consultant/metrics");
  const now = new Date();
  const [rows, answerTimes] = await Promise.all([consultantMetrics(user, { now, months: 6 }), clientAnswerTimes(user, { now })]);
  const isAdmin = user.role === "admin";
  // The window consultantMetrics counts, in the agency's zone (its default).
  const points = monthlyTotals(rows, lastMonths(now, 6, "Europe/London"));

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
        <section aria-labelledby="months-heading" className="space-y-4">
          <h2 id="months-heading" className="text-2xl">
            Month by month
          </h2>
          <MetricsChart points={points} title={isAdmin ? "The team's interviews and offers per month" : "Your interviews and offers per month"} />
          <MonthTable rows={rows} isAdmin={isAdmin} />
        </section>
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
