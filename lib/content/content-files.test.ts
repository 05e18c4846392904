// The real articles: every file in content/ must index cleanly, within the
// brief's limits, so a bad edit fails here before it fails a build.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { brand } from "@/lib/config/brand";
import { parseArticleSource, type Article } from "./parse-article";

const dir = path.join(process.cwd(), "content");
const files = readdirSync(dir).filter((name) => name.endsWith(".mdx"));
const sources = new Map(files.map((name) => [name, readFileSync(path.join(dir, name), "utf8")]));
const articles = new Map<string, Article>(files.map((name) => [name.replace(/\.mdx$/, ""), parseArticleSource(`content/${name}`, sources.get(name)!)]));
const bodyOf = (name: string) => sources.get(name)!.replace(/^---[\s\S]*?\n---\n/, "");
const pillar = "what-to-do-after-a-job-interview";

/** When git first saw the file, or undefined for a file not yet committed (or no history, as in a shallow clone). */
function firstCommitted(name: string): string | undefined {
  try {
    const out = execFileSync("git", ["log", "--diff-filter=A", "--follow", "--format=%aI", "--", `content/${name}`], { encoding: "utf8" });
    return out.trim().split("\n").filter(Boolean).at(-1);
  } catch {
    return undefined;
  }
}

const londonDay = (instant: string) => new Intl.DateTimeFormat("en-CA", { timeZone: brand.defaultTimeZone }).format(new Date(instant));

describe("content/", () => {
  it("holds the seven articles of the brief and the five added since", () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)("%s is valid, 700 to 1,500 words, with unique headings", (name) => {
    const source = sources.get(name)!;
    const article = parseArticleSource(`content/${name}`, source);
    expect(article.wordCount).toBeGreaterThanOrEqual(700);
    expect(article.wordCount).toBeLessThanOrEqual(1500);
    expect(new Set(article.headings.map((h) => h.id)).size).toBe(article.headings.length);
    expect(source).not.toMatch(/^- \[[ x]\]/m);
    expect(source).not.toMatch(/^# /m);
  });

  it.each(files)("%s types no contact details and ends without a call to action of its own", (name) => {
    const body = bodyOf(name);
    const digits = brand.phone.display.replace(/\D/g, "");
    expect(body.replace(/\D/g, " ").includes(digits) || body.replace(/[^\d]/g, "").includes(digits)).toBe(false);
    expect(body.toLowerCase()).not.toContain(brand.email.toLowerCase());
    // The page adds the one call to action (components/portal-call-to-action.tsx).
    expect(body).not.toMatch(/\]\(\/sign-in\)/);
  });

  it.each(files.filter((name) => name !== `${pillar}.mdx`))("%s links back to the pillar", (name) => {
    expect(bodyOf(name)).toContain(`](/advice/${pillar}`);
  });

  it.each(files)("%s links only to articles and headings that exist", (name) => {
    for (const [, slug, anchor] of bodyOf(name).matchAll(/\]\(\/advice\/([a-z0-9-]+)(?:#([a-z0-9-]+))?\)/g)) {
      const target = articles.get(slug!);
      expect(target, `${name} links to /advice/${slug}`).toBeDefined();
      if (anchor) expect(target!.headings.map((h) => h.id), `${name} links to /advice/${slug}#${anchor}`).toContain(anchor);
    }
    for (const [, anchor] of bodyOf(name).matchAll(/\]\(#([a-z0-9-]+)\)/g)) {
      expect(articles.get(name.replace(/\.mdx$/, ""))!.headings.map((h) => h.id)).toContain(anchor);
    }
  });

  it.each(files)("%s says it was first published on the day it first landed in the repository", (name) => {
    const article = articles.get(name.replace(/\.mdx$/, ""))!;
    const landed = firstCommitted(name);
    if (landed === undefined) return; // not committed yet: the date is checked once it is
    expect(londonDay(article.published)).toBe(londonDay(landed));
  });
});
