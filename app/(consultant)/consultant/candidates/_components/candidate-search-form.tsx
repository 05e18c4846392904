import { TextField } from "@/components/forms/text-field";
import { Button, LinkButton } from "@/components/ui/button";

/** A plain GET form: the search works without JavaScript and every result list has a URL. */
export function CandidateSearchForm({ query }: { query: string }) {
  return (
    <form action="/consultant/candidates" method="get" role="search" className="flex flex-wrap items-end gap-2">
      <TextField id="candidate-query" name="q" type="search" label="Search by name or email" defaultValue={query} maxLength={100} width="max-w-xs" className="w-72 max-w-full" />
      <Button type="submit">Search</Button>
      {query ? (
        <LinkButton href="/consultant/candidates" variant="secondary">
          Show everyone
        </LinkButton>
      ) : null}
    </form>
  );
}
