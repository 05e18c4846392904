import { IntentLink } from "@/components/intent-link";
import type { Article } from "@/lib/content/parse-article";
import { formatPublicationDate } from "@/lib/domain/format";
import { Card } from "@/components/ui/card";

type Props = { article: Pick<Article, "slug" | "title" | "summary" | "published" | "readingMinutes">; headingLevel?: 2 | 3 };

export function ArticleCard({ article, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <Card as="article" tone="muted">
      <Heading className="text-xl">
        <IntentLink href={`/advice/${article.slug}`}>{article.title}</IntentLink>
      </Heading>
      <p className="mt-2">{article.summary}</p>
      <p className="mt-2 text-sm text-muted">
        <time dateTime={article.published}>{formatPublicationDate(article.published)}</time> · {article.readingMinutes} min
        read
      </p>
    </Card>
  );
}
