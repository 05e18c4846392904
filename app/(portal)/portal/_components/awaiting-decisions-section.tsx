import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatCalendarDate } from "@/lib/domain/format";
import type { AwaitingDecision } from "@/lib/portal/dashboard";

/** `today`: the candidate's local date (YYYY-MM-DD), to say when a promised date has gone by. */
export function AwaitingDecisionsSection({ applications, today }: { applications: AwaitingDecision[]; today: string }) {
  return (
    <section aria-labelledby="awaiting-heading" className="space-y-2">
      <h2 id="awaiting-heading" className="text-xl font-semibold">Awaiting a decision</h2>
      {applications.length === 0 ? (
        <p>No applications are waiting on an employer&rsquo;s decision.</p>
      ) : (
        <ul className="divide-y divide-line">
          {applications.map((application) => (
            <li key={application.id} className="py-2">
              <Link href={`/portal/applications/${application.id}`} className="font-semibold text-brand-dark underline">
                {application.company}, {application.role}
              </Link>
              <span className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1">
                {application.decisionDate && application.decisionDate < today ? <Badge tone="warning">Date passed</Badge> : null}
                <span>{decisionText(application.decisionDate, today)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm text-muted">Keep applying elsewhere while you wait: it takes the pressure off every answer.</p>
    </section>
  );
}

function decisionText(decisionDate: string | null, today: string): string {
  if (!decisionDate) return "They did not give a date.";
  if (decisionDate < today) return `They said by ${formatCalendarDate(decisionDate)}, which has passed: a polite follow-up is fair now.`;
  if (decisionDate === today) return "They said they would decide today.";
  return `They said by ${formatCalendarDate(decisionDate)}.`;
}
