import { describe, expect, it } from "vitest";
import { parseArticleSource } from "./parse-article";

const frontmatter = {
  title: "What to do after a job interview",
  description:
    "Seven practical steps for the hours and days after a job interview, from asking about the timeline to following up at the right moment and beyond.",
  author: "The Connections team",
  published: "2026-10-01T09:30:00+01:00",
  updated: "2026-11-20T10:00:00+00:00",
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
      /frontmatter field "published": use a date and time with its time zone/,
    );
    // A bare date has no time zone, so it cannot say when the article landed.
    expect(() => parseArticleSource("content/bad.mdx", source({ published: "2026-10-01" }))).toThrow(
      /frontmatter field "published": use a date and time with its time zone/,
    );
    expect(() => parseArticleSource("content/bad.mdx", source({ tags: '["gardening"]' }))).toThrow(
      /frontmatter field "tags\.0"/,
    );
    expect(() => parseArticleSource("content/bad.mdx", source({ updated: "2026-09-01T09:00:00+00:00" }))).toThrow(
      /frontmatter field "updated": cannot be earlier than published/,
    );
  });

  it("fails on a title longer than 60 characters as served, naming the file", () => {
    // 47 characters plus " · Next Steps" is 60; one more is too many.
    expect(() => parseArticleSource("content/ok.mdx", source({ title: "A".repeat(47) }))).not.toThrow();
    expect(() => parseArticleSource("content/long.mdx", source({ title: "A".repeat(48) }))).toThrow(
      /^content\/long\.mdx: frontmatter field "title": keep the title to 47 characters/,
    );
  });

  it("fails on an author who is not the agency or a consultant who agreed to be named", () => {
    expect(() => parseArticleSource("content/bad.mdx", source({ author: "Jane Invented" }))).toThrow(
      /^content\/bad\.mdx: frontmatter field "author": use one of: The Connections team/,
    );
    // A persona in the brand config without bylineAgreed is not a real, consenting author.
    expect(() => parseArticleSource("content/bad.mdx", source({ author: "Priya Shah" }))).toThrow(/frontmatter field "author"/);
  });

  it("refuses unknown fields and missing frontmatter", () => {
    expect(() => parseArticleSource("content/bad.mdx", source({ draft: "yes" }))).toThrow(/content\/bad\.mdx/);
    expect(() => parseArticleSource("content/bare.mdx", "## Just a body\n")).toThrow(
      "content/bare.mdx: missing frontmatter",
    );
  });
});
