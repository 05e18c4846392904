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

function RetryCell({ failure }: { failure: FailedEmail }) {
  if (failure.retry === "already-retried") return <span className="text-muted">Already queued again</span>;
  if (failure.retry === "link-gone") {
    return <span className="text-muted">Cannot be sent again: its link was removed or has expired. The person can ask for a new one.</span>;
  }
  const target = `the ${templateName(failure.template).toLowerCase()} message to ${failure.recipientHint}`;
  return <MailActionButton action={retryEmailAction} field={{ name: "emailId", value: failure.id }} label="Send again" pendingLabel="Queuing…" target={target} />;
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
            <Cell nowrap>
              <time dateTime={failure.failedAt.toISOString()}>{formatDateTime(failure.failedAt, london)}</time>
            </Cell>
            <Cell>{templateName(failure.template)}</Cell>
            <Cell breakAll>{failure.recipientHint}</Cell>
            <Cell numeric>{failure.attempts}</Cell>
            <Cell>{failure.reason}</Cell>
            <Cell>
              <RetryCell failure={failure} />
            </Cell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
