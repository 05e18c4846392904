import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/lib/domain/format";
import type { PlanStatus } from "@/lib/staff/plan-status";

type Props = {
  plan: PlanStatus;
  timeZone: string;
  /** The application has an outcome: nothing more is planned, whatever the steps say. */
  applicationClosed: boolean;
};

export function PlanStatusSummary({ plan, timeZone, applicationClosed }: Props) {
  if (plan.closed || applicationClosed) {
    return <p>Closed: the application has an outcome, so nothing more is planned.{plan.done > 0 ? ` ${plan.done} ${plan.done === 1 ? "step was" : "steps were"} done.` : ""}</p>;
  }
  if (plan.done + plan.skipped + plan.pending === 0) return <p className="text-muted">No plan yet.</p>;
  return (
    <div className="space-y-1">
      <p>
        {plan.done} done, {plan.skipped} skipped, {plan.pending} to do.
      </p>
      <p>{plan.next ? `Next: ${plan.next.label}, due ${formatDateTime(plan.next.dueAt, timeZone)}.` : "Nothing else is due."}</p>
      {plan.overdue.length === 0 ? (
        <p>Nothing overdue.</p>
      ) : (
        <Notice tone="warning" as="div">
          <p className="font-semibold">Overdue</p>
          <ul className="list-disc pl-6">
            {plan.overdue.map((step) => (
              <li key={step.kind}>
                {step.label}, due {formatDateTime(step.dueAt, timeZone)}
              </li>
            ))}
          </ul>
        </Notice>
      )}
    </div>
  );
}
