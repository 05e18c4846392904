import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArticleSource, type Article } from "./parse-article";

const contentDir = path.join(process.cwd(), "content");
let cached: Article[] | undefined;

/** Read once per process; at build time a malformed article fails the build with its name. */
export function getAllArticles(): Article[] {
  cached ??= readdirSync(contentDir)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => parseArticleSource(`content/${name}`, readFileSync(path.join(contentDir, name), "utf8")))
    .sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || a.slug.localeCompare(b.slug));
  return cached;
}

export function getArticle(slug: string): Article | undefined {
  return getAllArticles().find((article) => article.slug === slug);
}

/** The article before and after this one in publication order (older, newer). */
export function getAdjacentArticles(slug: string): { previous?: Article; next?: Article } {
  const articles = getAllArticles();
  const index = articles.findIndex((article) => article.slug === slug);
  if (index === -1) return {};
  return { previous: articles[index + 1], next: articles[index - 1] };
}
