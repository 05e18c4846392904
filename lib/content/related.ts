import type { Article } from "./parse-article";

/** The pillar article links everywhere already, so it only fills the last places. */
export function chooseRelatedArticles<T extends Pick<Article, "slug" | "tags" | "published">>(
  article: T,
  all: readonly T[],
  count = 3,
): T[] {
  return all
    .filter((candidate) => candidate.slug !== article.slug)
    .map((candidate) => ({
      candidate,
      shared: candidate.tags.filter((tag) => article.tags.includes(tag)).length,
    }))
    .sort((a, b) => b.shared - a.shared || Date.parse(b.candidate.published) - Date.parse(a.candidate.published))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}
