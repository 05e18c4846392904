import { z } from "zod";
import { brand } from "@/lib/config/brand";
import { descriptionLength, maxOwnTitle, titleSuffix } from "@/lib/seo/titles";
import { articleTagKeys } from "./tags";

// Only the agency, or a consultant the brand config marks as real staff who
// agreed to be named, may sign an article.
export const articleAuthors = [
  brand.defaultAuthor,
  ...brand.consultants.filter((consultant) => consultant.bylineAgreed).map((consultant) => consultant.name),
] as [string, ...string[]];

// An instant with its offset, e.g. 2026-11-26T22:57:11+00:00: the day the
// article first landed in the repository (git log --diff-filter=A).
const isoDateTime = z.iso.datetime({ offset: true, message: "use a date and time with its time zone, e.g. 2026-11-26T22:57:11+00:00" });

/** What every article's frontmatter must hold; checked when the site builds. */
export const frontmatterSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(10)
      .max(maxOwnTitle, `keep the title to ${maxOwnTitle} characters, so with "${titleSuffix}" it is at most 60 as served`),
    description: z
      .string()
      .trim()
      .min(descriptionLength.min, `write at least ${descriptionLength.min} characters`)
      .max(descriptionLength.max, `keep it to ${descriptionLength.max} characters`),
    author: z.enum(articleAuthors, `use one of: ${articleAuthors.join(", ")}`),
    published: isoDateTime,
    updated: isoDateTime,
    tags: z.array(z.enum(articleTagKeys, `use tags from lib/content/tags.ts`)).min(1).max(4),
    summary: z.string().trim().min(40).max(320),
  })
  .strict()
  .refine((value) => Date.parse(value.updated) >= Date.parse(value.published), {
    path: ["updated"],
    message: "cannot be earlier than published",
  });

export type Frontmatter = z.infer<typeof frontmatterSchema>;
