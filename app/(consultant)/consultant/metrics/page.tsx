import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/dal";
import { staffRoles } from "@/lib/domain/values";
import { consultantMetrics, monthLabel } from "@/lib/staff/metrics";

export const metadata: Metadata = { title: "Metrics", robots: { index: false } };

const percent = (rate: number | null) => (rate === null ? "None held" : `${Math.round(rate * 100)}%`);
const days = (value: number | null) => (value === null ? "No decisions" : `${value} ${value === 1 ? "day" : "days"}`);

export default async function MetricsPage() {
  const user = await requireRole(staffRoles, "/consultant/metrics");
  const rows = await consultantMetrics(user, { now: new Date(), months: 6 });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">Metrics</h1>
        <p className="mt-1">
          {user.role === "admin" ? "Each consultant's" : "Your"} last six months, from interviews held and the stage each
          application moved to. A decision is an offer or a rejection; its days are counted from the last interview before it.
        </p>
      </div>
      {rows.length === 0 ? (
        <p>Nothing to count yet: no interviews or decisions in the last six months.</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Interviews, offers, placements, interview-to-offer rate and median days to a decision, per consultant and month</caption>
          <thead>
            <tr className="border-b border-stone-400">
              {user.role === "admin" ? <th scope="col" className="py-2 pr-4">Consultant</th> : null}
              <th scope="col" className="py-2 pr-4">Month</th>
              <th scope="col" className="py-2 pr-4 text-right">Interviews</th>
              <th scope="col" className="py-2 pr-4 text-right">Offers</th>
              <th scope="col" className="py-2 pr-4 text-right">Placements</th>
              <th scope="col" className="py-2 pr-4 text-right">Interview to offer</th>
              <th scope="col" className="py-2 text-right">Median days to a decision</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.consultantId}-${row.month}`} className="border-b border-stone-200">
                {user.role === "admin" ? <td className="py-2 pr-4">{row.consultantName}</td> : null}
                <td className="py-2 pr-4">{monthLabel(row.month)}</td>
                <td className="py-2 pr-4 text-right">{row.interviews}</td>
                <td className="py-2 pr-4 text-right">{row.offers}</td>
                <td className="py-2 pr-4 text-right">{row.placements}</td>
                <td className="py-2 pr-4 text-right">{percent(row.interviewToOfferRate)}</td>
                <td className="py-2 text-right">{days(row.medianDaysToDecision)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
