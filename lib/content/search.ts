import type { Article } from "./parse-article";
import { articleTags } from "./tags";

type Searchable = Pick<Article, "slug" | "title" | "description" | "summary" | "tags" | "plainText">;

// Field weights: a word in the title says more than one deep in the body.
const weights = { title: 6, tags: 4, description: 3, summary: 2, body: 1 } as const;

/** Ranked matches for a reader's query; every word must appear somewhere. */
export function searchArticles<T extends Searchable>(query: string, articles: readonly T[]): T[] {
  const words = tokenize(query);
  if (words.length === 0) return [];
  return articles
    .map((article) => ({ article, score: scoreArticle(article, words) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.article.title.localeCompare(b.article.title))
    .map(({ article }) => article);
}

function scoreArticle(article: Searchable, words: string[]): number {
  const fields = {
    title: tokenize(article.title),
    tags: article.tags.flatMap((tag) => tokenize(articleTags[tag].label)),
    description: tokenize(article.description),
    summary: tokenize(article.summary),
    body: tokenize(article.plainText),
  };
  let total = 0;
  for (const word of words) {
    let wordScore = 0;
    for (const [field, tokens] of Object.entries(fields) as [keyof typeof weights, string[]][]) {
      const hits = tokens.filter((token) => token.startsWith(word)).length;
      wordScore += Math.min(hits, 5) * weights[field];
    }
    if (wordScore === 0) return 0;
    total += wordScore;
  }
  return total;
}

function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 1);
}
