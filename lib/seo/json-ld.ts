import { brand } from "@/lib/config/brand";
import type { Article } from "@/lib/content/parse-article";
import { siteOrigin } from "@/lib/env";

// Plain objects; components/json-ld.tsx serialises them safely into the page.

const absolute = (path: string) => new URL(path, siteOrigin()).toString();

export function agencyJsonLd() {
  return {
    "@type": "EmploymentAgency",
    "@id": absolute("/#agency"),
    name: brand.agencyName,
    legalName: brand.legalName,
    url: absolute("/"),
    telephone: brand.phone.tel,
    email: brand.email,
    address: {
      "@type": "PostalAddress",
      addressLocality: brand.city,
      addressRegion: brand.region,
      addressCountry: brand.country,
    },
  };
}

export function articleJsonLd(article: Article) {
  const url = absolute(`/advice/${article.slug}`);
  const isTeam = article.author === brand.defaultAuthor;
  return [
    {
      "@context": "https://schema.org",
      "@type": "BlogPosting",
      "@id": `${url}#article`,
      headline: article.title,
      description: article.description,
      datePublished: article.published,
      dateModified: article.updated,
      url,
      mainEntityOfPage: url,
      image: absolute(`/advice/${article.slug}/opengraph-image`),
      wordCount: article.wordCount,
      inLanguage: "en-GB",
      keywords: article.tags.join(", "),
      author: isTeam ? { "@id": absolute("/#agency") } : { "@type": "Person", name: article.author },
      publisher: agencyJsonLd(),
    },
    breadcrumbJsonLd([
      { name: "Home", path: "/" },
      { name: "Advice", path: "/advice" },
      { name: article.title, path: `/advice/${article.slug}` },
    ]),
  ];
}

export function breadcrumbJsonLd(items: { name: string; path: string }[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: absolute(item.path),
    })),
  };
}

export function siteJsonLd() {
  return { "@context": "https://schema.org", ...agencyJsonLd() };
}
