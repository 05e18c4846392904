import { inputClassName } from "@/components/forms/text-field";
import { Button, LinkButton } from "@/components/ui/button";
import type { AuditFilter } from "@/lib/admin/audit-log-schema";

/** A GET form: a filtered view is a link an admin can keep or share. */
export function AuditFilters({ filter }: { filter: AuditFilter }) {
  const filtered = Boolean(filter.candidate || filter.actor);
  return (
    <form method="get" role="search" aria-label="Audit log" className="flex flex-wrap items-end gap-4">
      <div>
        <label htmlFor="candidate" className="block font-semibold">Candidate</label>
        <p id="candidate-hint" className="text-sm text-muted">Their email address or id</p>
        <input id="candidate" name="candidate" defaultValue={filter.candidate} maxLength={254} aria-describedby="candidate-hint" className={inputClassName("max-w-xs")} />
      </div>
      <div>
        <label htmlFor="actor" className="block font-semibold">Who</label>
        <p id="actor-hint" className="text-sm text-muted">The staff member&rsquo;s email address or id</p>
        <input id="actor" name="actor" defaultValue={filter.actor} maxLength={254} aria-describedby="actor-hint" className={inputClassName("max-w-xs")} />
      </div>
      <Button type="submit">Filter</Button>
      {filtered ? (
        <LinkButton href="/admin/audit" variant="quiet">
          Clear filters
        </LinkButton>
      ) : null}
    </form>
  );
}
