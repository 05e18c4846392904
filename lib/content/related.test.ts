import { describe, expect, it } from "vitest";
import { chooseRelatedArticles } from "./related";
import type { ArticleTag } from "./tags";

const article = (slug: string, tags: ArticleTag[], published: string) => ({ slug, tags, published });

describe("chooseRelatedArticles", () => {
  const all = [
    article("pillar", ["after-the-interview", "following-up"], "2026-09-01"),
    article("thanks", ["thank-you-notes", "after-the-interview"], "2026-10-01"),
    article("follow-up", ["following-up", "after-the-interview"], "2026-10-05"),
    article("agency", ["recruitment-agencies"], "2026-11-01"),
    article("search", ["job-search"], "2026-11-10"),
  ];

  it("prefers shared tags, then the newest, and never the article itself", () => {
    const related = chooseRelatedArticles(all[0]!, all);
    expect(related.map((a) => a.slug)).toEqual(["follow-up", "thanks", "search"]);
  });

  it("returns fewer when there are fewer others", () => {
    expect(chooseRelatedArticles(all[0]!, all.slice(0, 2))).toHaveLength(1);
  });
});
