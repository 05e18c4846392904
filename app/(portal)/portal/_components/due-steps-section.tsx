import Link from "next/link";
import { formatDateTime } from "@/lib/domain/format";
import type { DueStep } from "@/lib/portal/dashboard";

export function DueStepsSection({ steps, now, timeZone }: { steps: DueStep[]; now: Date; timeZone: string }) {
  return (
    <section aria-labelledby="due-heading" className="space-y-2">
      <h2 id="due-heading" className="text-xl font-semibold">Due today and overdue</h2>
      {steps.length === 0 ? (
        <p>Nothing is due today. Your next steps are on each interview&rsquo;s page.</p>
      ) : (
        <ul className="divide-y divide-stone-200">
          {steps.map((step) => {
            const overdue = step.dueAt < now;
            return (
              <li key={step.id} className="py-2">
                <Link href={`/portal/interviews/${step.interviewId}`} className="font-semibold text-brand-dark underline">
                  {step.description}
                </Link>
                <span className="block">
                  {step.company}, {step.role}.{" "}
                  <span className={overdue ? "font-semibold text-red-800" : undefined}>
                    {overdue ? "Overdue since" : "Due"} {formatDateTime(step.dueAt, timeZone)}
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
