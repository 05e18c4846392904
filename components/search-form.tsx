import { buttonClass } from "@/components/ui/button";

/** A plain GET form: search works with JavaScript off, and results have a URL. */
export function SearchForm({ defaultValue }: { defaultValue?: string }) {
  return (
    <form action="/advice/search" method="get" role="search" className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col">
        <label htmlFor="search-query" className="font-semibold">
          Search the advice
        </label>
        <input
          id="search-query"
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={100}
          className="mt-1 w-72 max-w-full rounded border border-muted px-3 py-2"
        />
      </div>
      <button type="submit" className={buttonClass("primary")}>
        Search
      </button>
    </form>
  );
}
