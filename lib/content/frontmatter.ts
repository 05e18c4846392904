import { z } from "zod";
import { brand } from "@/lib/config/brand";
import { articleTagKeys } from "./tags";

const authors = [brand.defaultAuthor, ...brand.consultants.map((consultant) => consultant.name)] as const;
const isoDate = z.iso.date("use a date written as YYYY-MM-DD");

/** What every article's frontmatter must hold; checked when the site builds. */
export const frontmatterSchema = z
  .object({
    title: z.string().trim().min(10).max(60, "keep the title under 60 characters"),
    description: z.string().trim().min(140, "write at least 140 characters").max(160, "keep it to 160 characters"),
    author: z.enum(authors, `use one of: ${authors.join(", ")}`),
    published: isoDate,
    updated: isoDate,
    tags: z.array(z.enum(articleTagKeys, `use tags from lib/content/tags.ts`)).min(1).max(4),
    summary: z.string().trim().min(40).max(320),
  })
  .strict()
  .refine((value) => value.updated >= value.published, {
    path: ["updated"],
    message: "cannot be earlier than published",
  });

export type Frontmatter = z.infer<typeof frontmatterSchema>;
