import { Cell, ColumnHeader, Table, TableBody, TableHead, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/lib/domain/format";
import type { AuditLogEntry } from "@/lib/admin/audit-log";
import { actionLabels, describeAuditEntry } from "@/lib/admin/describe-audit-entry";

const london = "Europe/London";

function Person({ who }: { who: { name: string | null; email: string } }) {
  if (!who.name) return <span className="break-all">{who.email}</span>;
  return (
    <>
      {who.name}
      <span className="block break-all text-sm text-muted">{who.email}</span>
    </>
  );
}

// Entries are events, not named things, so no cell is a row header.
export function AuditTable({ entries }: { entries: AuditLogEntry[] }) {
  return (
    <Table caption="Audit log entries, newest first; times are UK time" hideCaption wide>
      <TableHead>
        <ColumnHeader>When (UK time)</ColumnHeader>
        <ColumnHeader>Who</ColumnHeader>
        <ColumnHeader>Action</ColumnHeader>
        <ColumnHeader>What</ColumnHeader>
        <ColumnHeader>Candidate</ColumnHeader>
      </TableHead>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id}>
            <Cell nowrap label="When (UK time)">
              <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at, london)}</time>
            </Cell>
            <Cell label="Who">{entry.actor ? <Person who={entry.actor} /> : entry.byClient ? "The client, through their feedback link" : "An account since deleted"}</Cell>
            <Cell label="Action">{actionLabels[entry.action] ?? entry.action}</Cell>
            <Cell label="What">{describeAuditEntry(entry)}</Cell>
            <Cell label="Candidate">
              {entry.candidate ? <Person who={entry.candidate} /> : <span className="text-muted">{entry.listed !== null ? "Those listed" : "None"}</span>}
            </Cell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
