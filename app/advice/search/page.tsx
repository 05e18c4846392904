import type { Metadata } from "next";
import { IntentLink } from "@/components/intent-link";
import { ArticleCard } from "@/components/article-card";
import { SearchForm } from "@/components/search-form";
import { getAllArticles } from "@/lib/content/articles";
import { searchArticles } from "@/lib/content/search";

export const metadata: Metadata = { title: "Search the advice", robots: { index: false, follow: true } };

export default async function SearchPage({ searchParams }: PageProps<"/advice/search">) {
  const { q } = await searchParams;
  const query = (typeof q === "string" ? q : "").trim().slice(0, 100);
  const results = query ? searchArticles(query, getAllArticles()) : [];

  return (
    <div className="space-y-8">
      <h1 className="text-3xl sm:text-4xl">Search the advice</h1>
      <SearchForm defaultValue={query} />
      {query ? (
        <section aria-labelledby="results-heading" className="space-y-4">
          <h2 id="results-heading" className="text-2xl" aria-live="polite">
            {results.length === 0
              ? `Nothing matches “${query}”`
              : `${results.length} ${results.length === 1 ? "article matches" : "articles match"} “${query}”`}
          </h2>
          {results.length === 0 ? (
            <p>
              Try fewer or different words, or <IntentLink href="/advice">browse all the advice</IntentLink>.
            </p>
          ) : (
            <div className="grid gap-4 md:grid-cols-2">
              {results.map((article) => (
                <ArticleCard key={article.slug} article={article} headingLevel={3} />
              ))}
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}
