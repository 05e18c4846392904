import { IntentLink } from "@/components/intent-link";
import type { Article } from "@/lib/content/parse-article";
import { articleTags } from "@/lib/content/tags";
import { formatPublicationDate } from "@/lib/domain/format";

export function ArticleMeta({ article }: { article: Article }) {
  return (
    <div className="mt-4 space-y-2 text-muted">
      <p>
        By {article.author} · Published <time dateTime={article.published}>{formatPublicationDate(article.published)}</time>
        {formatPublicationDate(article.updated) !== formatPublicationDate(article.published) ? (
          <>
            {" "}
            · Updated <time dateTime={article.updated}>{formatPublicationDate(article.updated)}</time>
          </>
        ) : null}{" "}
        · {article.readingMinutes} min read
      </p>
      <ul className="flex flex-wrap gap-2" aria-label="Tags">
        {article.tags.map((tag) => (
          <li key={tag}>
            <IntentLink href={`/advice/tags/${tag}`} className="tag-link">
              {articleTags[tag].label}
            </IntentLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
