import { Cell, ColumnHeader, Table, TableBody, TableHead, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/lib/domain/format";
import type { FailedEmail } from "@/lib/admin/mail-overview";
import { retryEmailAction } from "../actions";
import { MailActionButton } from "./mail-action-button";

const london = "Europe/London";
const templateName = (template: string) => {
  const words = template.replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const unavailable: Record<FailedEmail["retry"], string | undefined> = {
  "can-retry": undefined,
  "already-retried": "Already queued again",
  "link-gone": "Cannot be sent again: its link was removed or has expired. The person can ask for a new one.",
  "text-gone": "Cannot be sent again: its text was removed after 90 days.",
};

function RetryCell({ failure }: { failure: FailedEmail }) {
  const target = `the ${templateName(failure.template).toLowerCase()} message to ${failure.recipientHint}`;
  return (
    <MailActionButton
      action={retryEmailAction}
      field={{ name: "emailId", value: failure.id }}
      label="Send again"
      pendingLabel="Queuing…"
      target={target}
      unavailable={unavailable[failure.retry]}
    />
  );
}

export function FailuresTable({ failures }: { failures: FailedEmail[] }) {
  return (
    <Table caption={`The ${failures.length} most recent failed messages, newest first; times are UK time`} wide>
      <TableHead>
        <ColumnHeader>Failed (UK time)</ColumnHeader>
        <ColumnHeader>Message</ColumnHeader>
        <ColumnHeader>To</ColumnHeader>
        <ColumnHeader numeric>Attempts</ColumnHeader>
        <ColumnHeader>Reason</ColumnHeader>
        <ColumnHeader>Action</ColumnHeader>
      </TableHead>
      <TableBody>
        {failures.map((failure) => (
          <TableRow key={failure.id}>
            <Cell nowrap label="Failed (UK time)">
              <time dateTime={failure.failedAt.toISOString()}>{formatDateTime(failure.failedAt, london)}</time>
            </Cell>
            <Cell label="Message">{templateName(failure.template)}</Cell>
            <Cell breakAll label="To">{failure.recipientHint}</Cell>
            <Cell numeric label="Attempts">{failure.attempts}</Cell>
            <Cell label="Reason">{failure.reason}</Cell>
            <Cell label="Action">
              <RetryCell failure={failure} />
            </Cell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
