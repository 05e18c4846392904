import type { Metadata } from "next";
import type { MDXContent } from "mdx/types";
import { IntentLink } from "@/components/intent-link";
import { notFound } from "next/navigation";
import { ArticleMeta } from "@/components/article-meta";
import { JsonLd } from "@/components/json-ld";
import { PortalCallToAction } from "@/components/portal-call-to-action";
import { getAdjacentArticles, getAllArticles, getArticle } from "@/lib/content/articles";
import { chooseRelatedArticles } from "@/lib/content/related";
import { articleJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { ArticleNavigation } from "./_components/article-navigation";
import { TableOfContents } from "./_components/table-of-contents";

// Only the articles in content/ exist; each is rendered once, at build time.
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllArticles().map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: PageProps<"/advice/[slug]">): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return pageMetadata({
    title: article.title,
    description: article.description,
    path: `/advice/${article.slug}`,
    image: `/advice/${article.slug}/opengraph-image`,
    article: { published: article.published, updated: article.updated, author: article.author, tags: article.tags },
  });
}

export default async function ArticlePage({ params }: PageProps<"/advice/[slug]">) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) notFound();
  const { default: Body } = (await import(`@/content/${slug}.mdx`)) as { default: MDXContent };
  const related = chooseRelatedArticles(article, getAllArticles());

  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap gap-2">
          <li>
            <IntentLink href="/">Home</IntentLink> /
          </li>
          <li>
            <IntentLink href="/advice">Advice</IntentLink> /
          </li>
          <li aria-current="page">{article.title}</li>
        </ol>
      </nav>
      <article className="mt-6">
        <header className="max-w-3xl">
          <h1 className="text-3xl sm:text-4xl">{article.title}</h1>
          <p className="mt-4 text-lg">{article.summary}</p>
          <ArticleMeta article={article} />
        </header>
        <div className="mt-8 grid gap-8 lg:grid-cols-[1fr_16rem]">
          <div className="prose max-w-3xl">
            <Body />
          </div>
          <div className="order-first lg:order-last">
            <div className="lg:sticky lg:top-4">
              <TableOfContents headings={article.headings} />
            </div>
          </div>
        </div>
        <PortalCallToAction />
      </article>
      <ArticleNavigation related={related} {...getAdjacentArticles(slug)} />
      <JsonLd data={articleJsonLd(article)} />
    </>
  );
}
