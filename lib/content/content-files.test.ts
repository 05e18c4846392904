// The real articles: every file in content/ must index cleanly, within the
// brief's limits, so a bad edit fails here before it fails a build.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticleSource } from "./parse-article";

const dir = path.join(process.cwd(), "content");
const files = readdirSync(dir).filter((name) => name.endsWith(".mdx"));

describe("content/", () => {
  it("holds at least the seven articles of the brief", () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  it.each(files)("%s is valid, 700 to 1,500 words, with unique headings", (name) => {
    const source = readFileSync(path.join(dir, name), "utf8");
    const article = parseArticleSource(`content/${name}`, source);
    expect(article.wordCount).toBeGreaterThanOrEqual(700);
    expect(article.wordCount).toBeLessThanOrEqual(1500);
    expect(new Set(article.headings.map((h) => h.id)).size).toBe(article.headings.length);
    expect(source).not.toMatch(/^- \[[ x]\]/m);
    expect(source).not.toMatch(/^# /m);
  });
});
