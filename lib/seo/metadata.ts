import type { Metadata } from "next";
import { brand } from "@/lib/config/brand";
import { titleProblems } from "./titles";

type PageMetadataInput = {
  title: string;
  description: string;
  path: string;
  /** Articles get "article" cards with dates; everything else is a website page. */
  article?: { published: string; updated: string; author: string; tags: string[] };
  /** Set when the route has its own generated image. */
  image?: string;
};

/**
 * Canonical URL, description and social cards for a public page, in one place.
 * A title or description out of bounds throws, naming the page: the build fails.
 */
export function pageMetadata({ title, description, path, article, image }: PageMetadataInput): Metadata {
  const problems = titleProblems(title, description);
  if (problems.length > 0) throw new Error(`${path}: ${problems.join("; ")}`);
  const images = image ? [{ url: image, width: 1200, height: 630, alt: title }] : undefined;
  return {
    title,
    description,
    alternates: { canonical: path, types: { "application/rss+xml": "/feed.xml" } },
    openGraph: {
      title,
      description,
      url: path,
      siteName: brand.siteName,
      locale: "en_GB",
      images,
      ...(article
        ? {
            type: "article",
            publishedTime: article.published,
            modifiedTime: article.updated,
            authors: [article.author],
            tags: article.tags,
          }
        : { type: "website" }),
    },
    twitter: { card: images ? "summary_large_image" : "summary", title, description, images: images?.map((i) => i.url) },
  };
}
