import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/dal";
import { listAuditLog } from "@/lib/admin/audit-log";
import { auditFilterSchema } from "@/lib/admin/audit-log-schema";
import { Pager, withParams } from "@/components/ui/pager";
import { AuditFilters } from "./_components/audit-filters";
import { AuditTable } from "./_components/audit-table";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

export default async function AuditLogPage({ searchParams }: PageProps<"/admin/audit">) {
  const user = await requireRole(["admin"], "/admin/audit");
  const filter = auditFilterSchema.parse(await searchParams);
  // Reading the log is deliberately not written to it.
  const { entries, nextBefore } = await listAuditLog(user, filter);
  const filters = { candidate: filter.candidate, actor: filter.actor };

  return (
    <div className="space-y-6">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold">Audit log</h1>
        <p className="mt-1">
          Who viewed or changed which candidate&rsquo;s records, and changes to the team, newest first.
        </p>
      </div>
      <AuditFilters filter={filter} />
      {entries.length === 0 ? (
        <p role="status">{filter.candidate || filter.actor ? "No entries match those filters." : "Nothing has been logged yet."}</p>
      ) : (
        <>
          <AuditTable entries={entries} />
          <Pager
            label="Pages of the audit log"
            status={filter.before ? "Showing older entries" : "Showing the newest entries"}
            previous={filter.before ? { href: withParams("/admin/audit", filters), label: "Back to the newest" } : null}
            next={nextBefore ? { href: withParams("/admin/audit", { ...filters, before: nextBefore }), label: "Older entries" } : null}
          />
        </>
      )}
    </div>
  );
}
