import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildRssFeed } from "./feed";
import type { Article } from "./parse-article";

const article = (slug: string, title: string): Article => ({
  slug,
  title,
  description: "A description with <angle> & ampersand",
  author: "The Connections team",
  published: "2026-10-01T09:00:00+00:00",
  updated: "2026-10-02T09:00:00+00:00",
  tags: ["following-up"],
  summary: "",
  headings: [],
  wordCount: 800,
  readingMinutes: 4,
  plainText: "",
});

describe("buildRssFeed", () => {
  it("is well-formed RSS listing every article with escaped text", () => {
    const xml = buildRssFeed([article("a", "Follow up & win"), article("b", "Second")]);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const items = feed.rss.channel.item;
    expect(items).toHaveLength(2);
    expect(items[0].title).toBe("Follow up & win");
    expect(items[0].link).toMatch(/\/advice\/a$/);
    expect(items[0].description).toBe("A description with <angle> & ampersand");
    expect(items[0].pubDate).toBe("Thu, 01 Oct 2026 09:00:00 GMT");
  });
});
