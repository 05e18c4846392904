import Link from "next/link";

/** A plain GET form: the search works without JavaScript and every result list has a URL. */
export function CandidateSearchForm({ query }: { query: string }) {
  return (
    <form action="/consultant/candidates" method="get" role="search" className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col">
        <label htmlFor="candidate-query" className="font-semibold">
          Search by name or email
        </label>
        <input
          id="candidate-query"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={100}
          className="mt-1 w-72 max-w-full rounded border border-muted bg-white px-3 py-2"
        />
      </div>
      <button type="submit" className="button button-primary">
        Search
      </button>
      {query ? (
        <Link href="/consultant/candidates" className="button button-secondary">
          Show everyone
        </Link>
      ) : null}
    </form>
  );
}
