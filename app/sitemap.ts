import type { MetadataRoute } from "next";
import { getAllArticles } from "@/lib/content/articles";
import { latestUpdate } from "@/lib/content/feed";
import { articleTags } from "@/lib/content/tags";
import { siteOrigin } from "@/lib/env";

export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getAllArticles();
  const url = (path: string) => new URL(path, siteOrigin()).toString();
  const newest = latestUpdate(articles);
  return [
    { url: url("/"), lastModified: newest },
    { url: url("/advice"), lastModified: newest },
    { url: url("/about") },
    ...articles.map((article) => ({ url: url(`/advice/${article.slug}`), lastModified: article.updated })),
    ...Object.keys(articleTags).map((tag) => ({ url: url(`/advice/tags/${tag}`) })),
  ];
}
