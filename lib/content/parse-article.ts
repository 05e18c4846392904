import GithubSlugger from "github-slugger";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { brand } from "@/lib/config/brand";
import { frontmatterSchema, type Frontmatter } from "./frontmatter";

export type ArticleHeading = { depth: 2 | 3; text: string; id: string };

export type Article = Frontmatter & {
  slug: string;
  headings: ArticleHeading[];
  wordCount: number;
  readingMinutes: number;
  /** The body as plain words, for search. */
  plainText: string;
};

const wordsPerMinute = 200;

/** A problem in one content file, named so the author can find it. */
export class ContentError extends Error {
  constructor(fileName: string, detail: string) {
    super(`${fileName}: ${detail}`);
    this.name = "ContentError";
  }
}

export function parseArticleSource(fileName: string, source: string): Article {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  if (!match) throw new ContentError(fileName, "missing frontmatter (a block between --- lines at the top)");
  const [, yaml = "", body = ""] = match;

  let raw: unknown;
  try {
    raw = parseYaml(yaml);
  } catch (error) {
    throw new ContentError(fileName, `frontmatter is not valid YAML (${(error as Error).message.split("\n")[0]})`);
  }
  const parsed = frontmatterSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const field = issue.path.join(".") || "(frontmatter)";
      return `frontmatter field "${field}": ${issue.message}`;
    });
    throw new ContentError(fileName, problems.join("; "));
  }

  const plainText = toPlainText(body);
  const wordCount = plainText.split(/\s+/).filter(Boolean).length;
  return {
    ...parsed.data,
    slug: fileName.replace(/^.*\//, "").replace(/\.mdx$/, ""),
    headings: extractHeadings(body),
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / wordsPerMinute)),
    plainText,
  };
}

/** Same ids rehype-slug gives the rendered headings, so the contents links land. */
export function extractHeadings(body: string): ArticleHeading[] {
  const slugger = new GithubSlugger();
  const headings: ArticleHeading[] = [];
  for (const line of body.split(/\r?\n/)) {
    const heading = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = toPlainText(heading[2] ?? "");
    headings.push({ depth: heading[1]!.length as 2 | 3, text, id: slugger.slug(text) });
  }
  return headings;
}

function toPlainText(markdown: string): string {
  return markdown
    .replace(/<AgencyPhone\s*\/>/g, brand.phone.display) // contact details, from the brand config
    .replace(/<AgencyEmail\s*\/>/g, brand.email)
    .replace(/^\s*<[A-Z][\s\S]*?\/>\s*$/gm, " ") // island tags
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^[>#|\-*\s]+/gm, "")
    .replace(/[*_`~|]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
