import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleCard } from "@/components/article-card";
import { JsonLd } from "@/components/json-ld";
import { TagFilter } from "@/components/tag-filter";
import { getAllArticles } from "@/lib/content/articles";
import { articleTags, type ArticleTag } from "@/lib/content/tags";
import { collectionJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(articleTags).map((tag) => ({ tag }));
}

function findTag(tag: string): ArticleTag | undefined {
  return tag in articleTags ? (tag as ArticleTag) : undefined;
}

export async function generateMetadata({ params }: PageProps<"/advice/tags/[tag]">): Promise<Metadata> {
  const tag = findTag((await params).tag);
  if (!tag) return {};
  const { label, description } = articleTags[tag];
  return pageMetadata({ title: `${label}: advice`, description, path: `/advice/tags/${tag}` });
}

export default async function TagPage({ params }: PageProps<"/advice/tags/[tag]">) {
  const tag = findTag((await params).tag);
  if (!tag) notFound();
  const articles = getAllArticles().filter((article) => article.tags.includes(tag));
  const { label, description } = articleTags[tag];
  const path = `/advice/tags/${tag}`;
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl sm:text-4xl">{articleTags[tag].label}</h1>
        <p className="text-lg">{articleTags[tag].description}</p>
      </header>
      <TagFilter current={tag} />
      {articles.length === 0 ? (
        <p>No articles on this topic yet.</p>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {articles.map((article) => (
            <ArticleCard key={article.slug} article={article} />
          ))}
        </div>
      )}
      <JsonLd
        data={collectionJsonLd(
          {
            name: label,
            description,
            path,
            trail: [
              { name: "Home", path: "/" },
              { name: "Advice", path: "/advice" },
              { name: label, path },
            ],
          },
          articles,
        )}
      />
    </div>
  );
}
