import type { DashboardStats } from "@/lib/portal/dashboard";
import { Card } from "@/components/ui/card";
import { describeDays } from "@/lib/portal/dashboard-stats";

export function DashboardStatsSection({ stats }: { stats: DashboardStats }) {
  const wait = stats.medianDaysToDecision;
  return (
    <section aria-labelledby="stats-heading" className="space-y-2">
      <h2 id="stats-heading" className="text-xl font-semibold">Your numbers</h2>
      <dl className="grid gap-4 sm:grid-cols-3">
        <Stat label="Interviews this month" value={String(stats.interviewsThisMonth)} />
        <Stat label="Offers" value={String(stats.offers)} note="Offers you hold or accepted." />
        <Stat
          label="Typical wait for a decision"
          value={wait === null ? "Not enough decisions yet" : describeDays(wait)}
          note={
            wait === null
              ? "We show this once two employers have given you an answer."
              : `The median from your last interview to the answer, over ${stats.decisions} decisions.`
          }
        />
      </dl>
    </section>
  );
}

function Stat({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Card>
      <dt className="text-sm font-semibold">{label}</dt>
      <dd className="mt-1 text-2xl font-bold">{value}</dd>
      {note ? <dd className="mt-1 text-sm text-muted">{note}</dd> : null}
    </Card>
  );
}
