import type { Metadata } from "next";
import { ArticleCard } from "@/components/article-card";
import { SearchForm } from "@/components/search-form";
import { TagFilter } from "@/components/tag-filter";
import { JsonLd } from "@/components/json-ld";
import { getAllArticles } from "@/lib/content/articles";
import { collectionJsonLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";

const title = "Advice after a job interview";
const description =
  "Practical, UK-focused advice on what to do after a job interview: thank-you notes, following up, offers, rejections and keeping your search moving.";

export const metadata: Metadata = pageMetadata({ title, description, path: "/advice" });

export default function AdviceIndexPage() {
  const articles = getAllArticles();
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl sm:text-4xl">Advice after a job interview</h1>
        <p className="text-lg">
          What to do once you walk out of the room: who to thank, when to chase, and how to keep your nerve while you
          wait.
        </p>
      </header>
      <SearchForm />
      <TagFilter />
      <div className="grid gap-4 md:grid-cols-2">
        {articles.map((article) => (
          <ArticleCard key={article.slug} article={article} />
        ))}
      </div>
      <JsonLd
        data={collectionJsonLd(
          {
            name: title,
            description,
            path: "/advice",
            trail: [
              { name: "Home", path: "/" },
              { name: "Advice", path: "/advice" },
            ],
          },
          articles,
        )}
      />
    </div>
  );
}
