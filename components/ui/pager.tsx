import { LinkButton } from "@/components/ui/button";

type PageLink = { href: string; label: string };

export function Pager({ label, status, previous, next }: { label: string; status: string; previous?: PageLink | null; next?: PageLink | null }) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-4">
      {previous ? (
        <LinkButton href={previous.href} variant="secondary" size="sm">
          {previous.label}
        </LinkButton>
      ) : null}
      <span>{status}</span>
      {next ? (
        <LinkButton href={next.href} variant="secondary" size="sm">
          {next.label}
        </LinkButton>
      ) : null}
    </nav>
  );
}

export function withParams(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") search.set(key, String(value));
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
