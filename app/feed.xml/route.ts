import { getAllArticles } from "@/lib/content/articles";
import { buildRssFeed } from "@/lib/content/feed";

// Built once with the site, like the articles it lists.
export const dynamic = "force-static";

export function GET(): Response {
  return new Response(buildRssFeed(getAllArticles()), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
