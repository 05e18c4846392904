import { IntentLink } from "@/components/intent-link";
import { articleTags, type ArticleTag } from "@/lib/content/tags";

/** Links to each tag's page; the current one is marked for screen readers too. */
export function TagFilter({ current }: { current?: ArticleTag }) {
  return (
    <nav aria-label="Topics">
      <ul className="flex flex-wrap gap-2">
        <li>
          <IntentLink href="/advice" className="tag-link" aria-current={current ? undefined : "page"}>
            All advice
          </IntentLink>
        </li>
        {(Object.keys(articleTags) as ArticleTag[]).map((tag) => (
          <li key={tag}>
            <IntentLink href={`/advice/tags/${tag}`} className="tag-link" aria-current={tag === current ? "page" : undefined}>
              {articleTags[tag].label}
            </IntentLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
