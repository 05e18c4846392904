import { formatDateTime } from "@/lib/domain/format";
import type { AuditLogEntry } from "@/lib/admin/audit-log";
import { actionLabels, describeAuditEntry } from "@/lib/admin/describe-audit-entry";

const london = "Europe/London";

/** The name, with the address under it; the address alone when there is no name. */
function Person({ who }: { who: { name: string | null; email: string } }) {
  if (!who.name) return <span className="break-all">{who.email}</span>;
  return (
    <>
      {who.name}
      <span className="block break-all text-sm text-muted">{who.email}</span>
    </>
  );
}

export function AuditTable({ entries }: { entries: AuditLogEntry[] }) {
  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">Audit log entries, newest first; times are UK time</caption>
      <thead>
        <tr className="border-b-2 border-line">
          <th scope="col" className="py-2 pr-4">When (UK time)</th>
          <th scope="col" className="py-2 pr-4">Who</th>
          <th scope="col" className="py-2 pr-4">Action</th>
          <th scope="col" className="py-2 pr-4">What</th>
          <th scope="col" className="py-2">Candidate</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} className="border-b border-line align-top">
            <td className="py-2 pr-4 whitespace-nowrap">
              <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at, london)}</time>
            </td>
            <td className="py-2 pr-4">
              {entry.actor ? <Person who={entry.actor} /> : "An account since deleted"}
            </td>
            <td className="py-2 pr-4">{actionLabels[entry.action] ?? entry.action}</td>
            <td className="py-2 pr-4 break-words">{describeAuditEntry(entry)}</td>
            <td className="py-2">
              {entry.candidate ? <Person who={entry.candidate} /> : <span className="text-muted">None</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
