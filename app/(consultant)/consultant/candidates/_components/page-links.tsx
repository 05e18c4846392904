import { LinkButton } from "@/components/ui/button";

type Props = { query: string; page: number; pageCount: number };

export function PageLinks({ query, page, pageCount }: Props) {
  if (pageCount <= 1) return null;
  const href = (target: number) => {
    const params = new URLSearchParams();
    if (query) params.set("q", query);
    if (target > 1) params.set("page", String(target));
    const search = params.toString();
    return search ? `/consultant/candidates?${search}` : "/consultant/candidates";
  };
  return (
    <nav aria-label="Pages of candidates" className="flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <LinkButton href={href(page - 1)} variant="secondary" size="sm">
          Previous page
        </LinkButton>
      ) : null}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <LinkButton href={href(page + 1)} variant="secondary" size="sm">
          Next page
        </LinkButton>
      ) : null}
    </nav>
  );
}
