import { describe, expect, it } from "vitest";
import { parseArticleSource } from "./parse-article";

const frontmatter = {
  title: "What to do after a job interview",
  description:
    "Seven practical steps for the hours and days after a job interview, from asking about the timeline to following up at the right moment and beyond.",
  author: "The Connections team",
  published: "2026-10-01",
  updated: "2026-11-20",
  tags: '["after-the-interview"]',
  summary: "The interview is over. Here is what to do next, and when.",
};

function source(overrides: Record<string, string | undefined> = {}, body = "Intro.\n\n## First step\n\nText.\n") {
  const fields = { ...frontmatter, ...overrides };
  const yaml = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value!.startsWith("[") ? value : JSON.stringify(value)}`)
    .join("\n");
  return `---\n${yaml}\n---\n${body}`;
}

describe("parseArticleSource", () => {
  it("indexes a valid article", () => {
    const body = `Intro paragraph with [a link](/advice/x).\n\n## Ask about the timeline\n\n${"word ".repeat(590)}\n\n### Who to ask\n\nMore.\n\n<FollowUpCalculator />\n\n## Ask about the timeline\n`;
    const article = parseArticleSource("content/what-to-do.mdx", source({}, body));
    expect(article.slug).toBe("what-to-do");
    expect(article.headings).toEqual([
      { depth: 2, text: "Ask about the timeline", id: "ask-about-the-timeline" },
      { depth: 3, text: "Who to ask", id: "who-to-ask" },
      { depth: 2, text: "Ask about the timeline", id: "ask-about-the-timeline-1" },
    ]);
    expect(article.readingMinutes).toBe(3);
    expect(article.plainText).toContain("a link");
    expect(article.plainText).not.toContain("FollowUpCalculator");
  });

  it("names the file and the field when a field is missing", () => {
    expect(() => parseArticleSource("content/bad.mdx", source({ author: undefined }))).toThrow(
      /^content\/bad\.mdx: frontmatter field "author"/,
    );
  });

  it("names the field when it is malformed", () => {
    expect(() => parseArticleSource("content/bad.mdx", source({ description: "Too short." }))).toThrow(
      'content/bad.mdx: frontmatter field "description": write at least 140 characters',
    );
    expect(() => parseArticleSource("content/bad.mdx", source({ published: "1 October 2026" }))).toThrow(
      /frontmatter field "published": use a date written as YYYY-MM-DD/,
    );
    expect(() => parseArticleSource("content/bad.mdx", source({ tags: '["gardening"]' }))).toThrow(
      /frontmatter field "tags\.0"/,
    );
    expect(() => parseArticleSource("content/bad.mdx", source({ updated: "2026-09-01" }))).toThrow(
      /frontmatter field "updated": cannot be earlier than published/,
    );
  });

  it("refuses unknown fields and missing frontmatter", () => {
    expect(() => parseArticleSource("content/bad.mdx", source({ draft: "yes" }))).toThrow(/content\/bad\.mdx/);
    expect(() => parseArticleSource("content/bare.mdx", "## Just a body\n")).toThrow(
      "content/bare.mdx: missing frontmatter",
    );
  });
});
