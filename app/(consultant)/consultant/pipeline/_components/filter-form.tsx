import { SelectField } from "@/components/forms/form-fields";
import { TextField } from "@/components/forms/text-field";
import { Button, LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { stageLabels } from "@/lib/domain/labels";
import { applicationStages } from "@/lib/domain/values";
import type { PipelineFilters } from "@/lib/staff/pipeline-filters";

const stageOptions = [{ value: "", label: "All stages" }, ...applicationStages.map((stage) => ({ value: stage, label: stageLabels[stage] }))];

/** A plain GET form: the filters live in the address, so a filtered board can be bookmarked or shared.
 *  Search stays in view; the rest fold away on a phone until wanted (open while any is set). */
export function FilterForm({ filters }: { filters: PipelineFilters }) {
  const narrowed = Boolean(filters.stage || filters.company || filters.from || filters.to);
  return (
    <Card>
      <form method="get" role="search" aria-label="Filter the pipeline" className="space-y-4">
        <div className="flex flex-wrap items-end gap-3">
          <TextField id="q" name="q" type="search" label="Search" hint="Candidate, company or role" defaultValue={filters.q ?? ""} className="min-w-0 grow" width="max-w-none" />
          <Button type="submit">Apply filters</Button>
          <LinkButton href="/consultant/pipeline" variant="quiet">
            Clear filters
          </LinkButton>
        </div>
        <Disclosure summary="More filters" open={narrowed}>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <SelectField id="stage" label="Stage" options={stageOptions} defaultValue={filters.stage ?? ""} className="" />
            <TextField id="company" name="company" label="Company" defaultValue={filters.company ?? ""} className="" />
            <TextField id="from" name="from" type="date" label="Stage changed on or after" defaultValue={filters.from ?? ""} className="" />
            <TextField id="to" name="to" type="date" label="Stage changed on or before" defaultValue={filters.to ?? ""} className="" />
          </div>
        </Disclosure>
        {filters.candidate ? <input type="hidden" name="candidate" value={filters.candidate} /> : null}
      </form>
    </Card>
  );
}
