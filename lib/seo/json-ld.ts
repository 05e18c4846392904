import { brand } from "@/lib/config/brand";
import type { Article } from "@/lib/content/parse-article";
import { siteOrigin } from "@/lib/env";

// Plain objects; components/json-ld.tsx serialises them safely into the page.
// The agency and the site each have one @id, so every page's nodes point at
// the same two things.

const absolute = (path: string) => new URL(path, siteOrigin()).toString();
const agencyId = () => absolute("/#agency");
const websiteId = () => absolute("/#website");

function logoJsonLd() {
  return {
    "@type": "ImageObject",
    url: absolute(brand.logo.path),
    width: brand.logo.width,
    height: brand.logo.height,
  };
}

/** The agency: an EmploymentAgency is an Organization (and a LocalBusiness) in schema.org. */
export function agencyJsonLd() {
  return {
    "@type": "EmploymentAgency",
    "@id": agencyId(),
    name: brand.agencyName,
    legalName: brand.legalName,
    url: absolute("/"),
    logo: logoJsonLd(),
    image: absolute(brand.logo.path),
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

/** The home page: the agency with its logo, and the site with its name. */
export function homeJsonLd() {
  return [
    { "@context": "https://schema.org", ...agencyJsonLd() },
    {
      "@context": "https://schema.org",
      "@type": "WebSite",
      "@id": websiteId(),
      name: brand.siteName,
      url: absolute("/"),
      inLanguage: brand.locale,
      publisher: { "@id": agencyId() },
    },
  ];
}

/** The about page is about the agency. */
export function aboutJsonLd(name: string, description: string) {
  return {
    "@context": "https://schema.org",
    "@type": "AboutPage",
    "@id": absolute("/about"),
    url: absolute("/about"),
    name,
    description,
    inLanguage: brand.locale,
    isPartOf: { "@id": websiteId() },
    mainEntity: agencyJsonLd(),
  };
}

/** The agency as the author of what it publishes: named, with its URL. */
function authorJsonLd(author: string) {
  if (author === brand.defaultAuthor) {
    return { "@type": "Organization", "@id": agencyId(), name: author, url: absolute("/about") };
  }
  return { "@type": "Person", name: author, url: absolute("/about"), worksFor: { "@id": agencyId() } };
}

export function articleJsonLd(article: Article) {
  const url = absolute(`/advice/${article.slug}`);
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
      inLanguage: brand.locale,
      keywords: article.tags.join(", "),
      author: authorJsonLd(article.author),
      publisher: { "@type": "EmploymentAgency", "@id": agencyId(), name: brand.agencyName, url: absolute("/"), logo: logoJsonLd() },
      isPartOf: { "@id": websiteId() },
    },
    breadcrumbJsonLd([
      { name: "Home", path: "/" },
      { name: "Advice", path: "/advice" },
      { name: article.title, path: `/advice/${article.slug}` },
    ]),
  ];
}

/** A page that lists articles (the index, a tag): the page, its list, and where it sits. */
export function collectionJsonLd(
  page: { name: string; description: string; path: string; trail: { name: string; path: string }[] },
  articles: readonly Pick<Article, "slug" | "title">[],
) {
  const url = absolute(page.path);
  return [
    {
      "@context": "https://schema.org",
      "@type": "CollectionPage",
      "@id": url,
      url,
      name: page.name,
      description: page.description,
      inLanguage: brand.locale,
      isPartOf: { "@id": websiteId() },
      publisher: { "@id": agencyId() },
      mainEntity: {
        "@type": "ItemList",
        numberOfItems: articles.length,
        itemListElement: articles.map((article, index) => ({
          "@type": "ListItem",
          position: index + 1,
          url: absolute(`/advice/${article.slug}`),
          name: article.title,
        })),
      },
    },
    breadcrumbJsonLd(page.trail),
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
