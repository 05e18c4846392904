import type { ArticleHeading } from "@/lib/content/parse-article";

export function TableOfContents({ headings }: { headings: ArticleHeading[] }) {
  if (headings.length === 0) return null;
  return (
    <nav aria-labelledby="toc-heading" className="rounded-lg border border-line p-4">
      <h2 id="toc-heading" className="text-lg">
        In this article
      </h2>
      <ol className="mt-2 space-y-1">
        {headings.map((heading) => (
          <li key={heading.id} className={heading.depth === 3 ? "pl-4 text-sm" : undefined}>
            <a href={`#${heading.id}`}>{heading.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
