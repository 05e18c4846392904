import Link from "next/link";
import { articleTags, type ArticleTag } from "@/lib/content/tags";

/** Links to each tag's page; the current one is marked for screen readers too. */
export function TagFilter({ current }: { current?: ArticleTag }) {
  return (
    <nav aria-label="Topics">
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link href="/advice" className="tag-link" aria-current={current ? undefined : "page"}>
            All advice
          </Link>
        </li>
        {(Object.keys(articleTags) as ArticleTag[]).map((tag) => (
          <li key={tag}>
            <Link href={`/advice/tags/${tag}`} className="tag-link" aria-current={tag === current ? "page" : undefined}>
              {articleTags[tag].label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
