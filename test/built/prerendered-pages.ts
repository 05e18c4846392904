// The public pages as the production build serves them: `next build`
// prerenders each into .next/server/app, and `next start` sends that HTML
// unchanged. Reading the files tests exactly what a reader or a crawler gets,
// without a server or a database.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { articleTags } from "@/lib/content/tags";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
const appDir = path.join(projectRoot, ".next", "server", "app");

export const articleSlugs = readdirSync(path.join(projectRoot, "content"))
  .filter((name) => name.endsWith(".mdx"))
  .map((name) => name.replace(/\.mdx$/, ""))
  .sort();

export type PageKind = "home" | "about" | "index" | "tag" | "article";
export type PrerenderedPage = { kind: PageKind; path: string; file: string };

/** The home page, the about page, the index, every tag page and every article. */
export function prerenderedPages(): PrerenderedPage[] {
  const page = (kind: PageKind, urlPath: string, file: string) => ({ kind, path: urlPath, file: path.join(appDir, file) });
  return [
    page("home", "/", "index.html"),
    page("about", "/about", "about.html"),
    page("index", "/advice", "advice.html"),
    ...Object.keys(articleTags).map((tag) => page("tag", `/advice/tags/${tag}`, `advice/tags/${tag}.html`)),
    ...articleSlugs.map((slug) => page("article", `/advice/${slug}`, `advice/${slug}.html`)),
  ];
}

export function readPrerendered(page: PrerenderedPage): string {
  if (!existsSync(page.file)) throw new Error(`${page.path} was not prerendered (${page.file}): run \`npm run build\` first`);
  return readFileSync(page.file, "utf8");
}

/** Every JSON-LD node on a page, arrays flattened. */
export function jsonLdNodes(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((match) => [JSON.parse(match[1]!)].flat());
}
