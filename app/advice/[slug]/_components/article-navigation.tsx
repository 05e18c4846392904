import { IntentLink } from "@/components/intent-link";
import type { Article } from "@/lib/content/parse-article";
import { ArticleCard } from "@/components/article-card";

type Props = { related: Article[]; previous?: Article; next?: Article };

export function ArticleNavigation({ related, previous, next }: Props) {
  return (
    <>
      {related.length > 0 ? (
        <section aria-labelledby="related-heading" className="mt-12">
          <h2 id="related-heading" className="text-2xl">
            Related advice
          </h2>
          <div className="mt-4 grid gap-4 md:grid-cols-3">
            {related.map((article) => (
              <ArticleCard key={article.slug} article={article} headingLevel={3} />
            ))}
          </div>
        </section>
      ) : null}
      {previous || next ? (
        <nav aria-label="Previous and next articles" className="mt-10 flex flex-wrap justify-between gap-4 border-t border-line pt-6">
          {previous ? (
            <IntentLink href={`/advice/${previous.slug}`} rel="prev">
              <span className="block text-sm text-muted">Previous</span>
              {previous.title}
            </IntentLink>
          ) : (
            <span />
          )}
          {next ? (
            <IntentLink href={`/advice/${next.slug}`} rel="next" className="text-right">
              <span className="block text-sm text-muted">Next</span>
              {next.title}
            </IntentLink>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
