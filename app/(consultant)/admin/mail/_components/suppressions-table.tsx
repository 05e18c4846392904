import { Cell, ColumnHeader, Table, TableBody, TableHead, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/lib/domain/format";
import type { SuppressionEntry } from "@/lib/admin/mail-overview";
import { liftSuppressionAction } from "../actions";
import { MailActionButton } from "./mail-action-button";

const london = "Europe/London";
const reasonLabels = { bounced: "Hard bounce", complained: "Marked as spam" } as const;

export function SuppressionsTable({ suppressions, total }: { suppressions: SuppressionEntry[]; total: number }) {
  const shown = total > suppressions.length ? `the ${suppressions.length} most recent of ${total}` : `all ${total}`;
  return (
    <Table caption={`Suppressed addresses (${shown}), newest first; times are UK time`} wide>
      <TableHead>
        <ColumnHeader>Address hash (SHA-256)</ColumnHeader>
        <ColumnHeader>Reason</ColumnHeader>
        <ColumnHeader>Since (UK time)</ColumnHeader>
        <ColumnHeader>Action</ColumnHeader>
      </TableHead>
      <TableBody>
        {suppressions.map((entry) => (
          <TableRow key={entry.addressHash}>
            <Cell breakAll label="Address hash (SHA-256)">
              <code className="text-sm">{entry.addressHash}</code>
            </Cell>
            <Cell label="Reason">{reasonLabels[entry.reason]}</Cell>
            <Cell nowrap label="Since (UK time)">
              <time dateTime={entry.since.toISOString()}>{formatDateTime(entry.since, london)}</time>
            </Cell>
            <Cell label="Action">
              <MailActionButton
                action={liftSuppressionAction}
                field={{ name: "addressHash", value: entry.addressHash }}
                label="Lift"
                pendingLabel="Lifting…"
                target={`the suppression of address hash ${entry.addressHash.slice(0, 12)}`}
              />
            </Cell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
