import { inputClassName } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import type { AssignmentFilter } from "@/lib/admin/assignment-schema";

type Props = { filter: AssignmentFilter; consultants: { value: string; label: string }[] };

/** A plain GET form: the search lives in the address, so it can be bookmarked and paged through. */
export function CandidateSearch({ filter, consultants }: Props) {
  return (
    <form method="get" role="search" aria-label="Candidates" className="flex flex-wrap items-end gap-4">
      <div>
        <label htmlFor="q" className="block font-semibold">Name or email</label>
        <input id="q" name="q" type="search" defaultValue={filter.q} maxLength={200} className={inputClassName("max-w-xs")} />
      </div>
      <div>
        <label htmlFor="consultant" className="block font-semibold">Consultant</label>
        <select id="consultant" name="consultant" defaultValue={filter.consultant} className={inputClassName("max-w-xs")}>
          <option value="">Anyone</option>
          <option value="none">Not assigned</option>
          {consultants.map((consultant) => (
            <option key={consultant.value} value={consultant.value}>{consultant.label}</option>
          ))}
        </select>
      </div>
      <Button type="submit">Search</Button>
    </form>
  );
}
