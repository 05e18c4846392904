import { brand } from "@/lib/config/brand";
import { siteOrigin } from "@/lib/env";
import type { Article } from "./parse-article";

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const rfc822 = (instant: string) => new Date(instant).toUTCString();

/** The most recent `updated` of these articles, compared as instants. */
export function latestUpdate(articles: readonly Pick<Article, "updated">[]): string | undefined {
  return articles.map((article) => article.updated).sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1);
}

export function buildRssFeed(articles: readonly Article[]): string {
  const site = new URL("/", siteOrigin()).toString();
  const items = articles
    .map((article) => {
      const link = new URL(`/advice/${article.slug}`, siteOrigin()).toString();
      return [
        "    <item>",
        `      <title>${escapeXml(article.title)}</title>`,
        `      <link>${link}</link>`,
        `      <guid isPermaLink="true">${link}</guid>`,
        `      <description>${escapeXml(article.description)}</description>`,
        `      <pubDate>${rfc822(article.published)}</pubDate>`,
        `      <dc:creator>${escapeXml(article.author)}</dc:creator>`,
        ...article.tags.map((tag) => `      <category>${escapeXml(tag)}</category>`),
        "    </item>",
      ].join("\n");
    })
    .join("\n");
  const newest = latestUpdate(articles);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(`${brand.siteName}: advice after a job interview`)}</title>
    <link>${site}</link>
    <description>${escapeXml(`Advice from ${brand.agencyName} on what to do after a job interview.`)}</description>
    <language>en-gb</language>
    <atom:link href="${new URL("/feed.xml", siteOrigin())}" rel="self" type="application/rss+xml"/>
${newest ? `    <lastBuildDate>${rfc822(newest)}</lastBuildDate>\n` : ""}${items}
  </channel>
</rss>
`;
}
