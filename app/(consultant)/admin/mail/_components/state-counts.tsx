import { Card } from "@/components/ui/card";
import type { OutboxState } from "@/lib/domain/values";

const stateLabels: Record<OutboxState, string> = {
  pending: "Waiting to be sent",
  sending: "Being sent",
  sent: "Sent",
  failed: "Failed",
  suppressed: "Not sent: address suppressed",
};

export function StateCounts({ counts }: { counts: Record<OutboxState, number> }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
      {(Object.keys(stateLabels) as OutboxState[]).map((state) => (
        <Card key={state}>
          <dt className="text-sm">{stateLabels[state]}</dt>
          <dd className="text-2xl font-semibold">{counts[state].toLocaleString("en-GB")}</dd>
        </Card>
      ))}
    </dl>
  );
}
