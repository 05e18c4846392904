import { describe, expect, it } from "vitest";
import { searchArticles } from "./search";
import type { ArticleTag } from "./tags";

const doc = (slug: string, title: string, body: string, tags: ArticleTag[] = ["after-the-interview"]) => ({
  slug,
  title,
  description: "",
  summary: "",
  tags,
  plainText: body,
});

const articles = [
  doc("thanks", "How to write a thank-you email", "Send it within 24 hours to each interviewer.", ["thank-you-notes"]),
  doc("follow", "When to follow up", "A week after your thank-you note is a good rule.", ["following-up"]),
  doc("agency", "Working with an agency", "Your consultant debriefs you the same day.", ["recruitment-agencies"]),
];

describe("searchArticles", () => {
  it("ranks title matches above body matches", () => {
    expect(searchArticles("thank-you", articles).map((a) => a.slug)).toEqual(["thanks", "follow"]);
  });

  it("needs every word to match and ignores case and accents", () => {
    expect(searchArticles("CONSULTANT débriefs", articles).map((a) => a.slug)).toEqual(["agency"]);
    expect(searchArticles("consultant pineapple", articles)).toEqual([]);
  });

  it("matches word prefixes and tag labels", () => {
    expect(searchArticles("interview", articles).map((a) => a.slug)).toEqual(["thanks"]);
    expect(searchArticles("recruitment", articles).map((a) => a.slug)).toEqual(["agency"]);
  });

  it("returns nothing for an empty or punctuation-only query", () => {
    expect(searchArticles("  ?! ", articles)).toEqual([]);
  });
});
