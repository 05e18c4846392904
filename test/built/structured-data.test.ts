// Every public page type carries the JSON-LD Google's structured-data
// guidelines ask of it (developers.google.com/search/docs/appearance/structured-data):
// - Organization (logo): logo and url; the logo crawlable, at least 112×112, JPG, PNG or GIF.
// - WebSite (site names): name and url, on the home page.
// - LocalBusiness (the agency on the about page): name and address.
// - Article/BlogPosting: none required; the recommended headline, image,
//   datePublished and dateModified (ISO 8601 with a time zone) and author with name and url.
// - BreadcrumbList: itemListElement, each ListItem with position, name and item.
// - CollectionPage has no Google feature; its ItemList follows the summary-page
//   list format: each ListItem with position and a url on this site.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleSlugs, jsonLdNodes, prerenderedPages, projectRoot, readPrerendered, type PageKind } from "./prerendered-pages";

type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const organizationTypes = ["Organization", "EmploymentAgency", "LocalBusiness"];
const isoWithZone = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const pages = prerenderedPages();
const first = (kind: PageKind) => pages.find((page) => page.kind === kind)!;
const nodesOf = (kind: PageKind) => jsonLdNodes(readPrerendered(first(kind))) as Node[];
const ofType = (nodes: Node[], ...types: string[]) => nodes.filter((node) => types.includes(node["@type"]));
/** The site's origin, from the home page's canonical link. */
const origin = () => new URL(/<link rel="canonical" href="([^"]+)"/.exec(readPrerendered(first("home")))![1]!).origin;

function expectAbsoluteUrl(value: unknown) {
  expect(typeof value).toBe("string");
  expect(() => new URL(value as string)).not.toThrow();
  expect(new URL(value as string).origin).toBe(origin());
}

function expectBreadcrumbs(node: Node, lastPath: string) {
  const items: Node[] = node.itemListElement;
  expect(items.length).toBeGreaterThanOrEqual(2);
  items.forEach((item, index) => {
    expect(item["@type"]).toBe("ListItem");
    expect(item.position).toBe(index + 1);
    expect(typeof item.name).toBe("string");
    expect(item.name.length).toBeGreaterThan(0);
    expectAbsoluteUrl(item.item);
  });
  expect(new URL(items.at(-1)!.item).pathname).toBe(lastPath);
}

/** Width and height from a PNG's header. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function expectLogo(agency: Node) {
  const logoUrl: string = typeof agency.logo === "string" ? agency.logo : agency.logo?.url;
  expectAbsoluteUrl(logoUrl);
  expect(logoUrl).toMatch(/\.(png|jpe?g|gif)$/);
  const file = path.join(projectRoot, "public", new URL(logoUrl).pathname);
  expect(existsSync(file), `${logoUrl} is served from public/`).toBe(true);
  const { width, height } = pngSize(file);
  expect(Math.min(width, height)).toBeGreaterThanOrEqual(112);
}

describe("structured data, as the build serves it", () => {
  it("the home page names the agency, with its logo, and the site", () => {
    const nodes = nodesOf("home");
    const [agency] = ofType(nodes, ...organizationTypes);
    expect(agency).toBeDefined();
    expect(agency!.name).toBeTruthy();
    expectAbsoluteUrl(agency!.url);
    expectLogo(agency!);

    const [site] = ofType(nodes, "WebSite");
    expect(site!.name).toBeTruthy();
    expect(site!.url).toBe(`${origin()}/`);
  });

  it("the about page is about the agency, a local business with a name and an address", () => {
    const nodes = nodesOf("about");
    const about = ofType(nodes, "AboutPage")[0]!;
    const agency: Node = about.mainEntity;
    expect(organizationTypes).toContain(agency["@type"]);
    expect(agency.name).toBeTruthy();
    expect(agency.address["@type"]).toBe("PostalAddress");
    expect(agency.address.addressLocality).toBeTruthy();
    expect(agency.address.addressCountry).toMatch(/^[A-Z]{2}$/);
    expectLogo(agency);
  });

  it.each(articleSlugs)("/advice/%s is a BlogPosting with its dates, image and author, and breadcrumbs", (slug) => {
    const page = pages.find((p) => p.path === `/advice/${slug}`)!;
    const nodes = jsonLdNodes(readPrerendered(page)) as Node[];
    const [posting] = ofType(nodes, "BlogPosting");
    expect(posting).toBeDefined();
    expect(typeof posting!.headline).toBe("string");
    expect(posting!.headline.length).toBeLessThanOrEqual(110);
    expectAbsoluteUrl(posting!.image);
    expect(posting!.datePublished).toMatch(isoWithZone);
    expect(posting!.dateModified).toMatch(isoWithZone);
    expect(Date.parse(posting!.dateModified)).toBeGreaterThanOrEqual(Date.parse(posting!.datePublished));
    for (const author of [posting!.author].flat() as Node[]) {
      expect(["Person", "Organization"]).toContain(author["@type"]);
      expect(author.name).toBeTruthy();
      expectAbsoluteUrl(author.url);
    }
    expect(posting!.publisher.name).toBeTruthy();
    expectBreadcrumbs(ofType(nodes, "BreadcrumbList")[0]!, `/advice/${slug}`);
  });

  it.each(pages.filter((page) => page.kind === "index" || page.kind === "tag").map((page) => page.path))(
    "%s is a CollectionPage listing articles that exist, with breadcrumbs",
    (urlPath) => {
      const nodes = jsonLdNodes(readPrerendered(pages.find((p) => p.path === urlPath)!)) as Node[];
      const [collection] = ofType(nodes, "CollectionPage");
      expect(collection!.name).toBeTruthy();
      expect(collection!.url).toBe(`${origin()}${urlPath}`);
      const list: Node = collection!.mainEntity;
      expect(list["@type"]).toBe("ItemList");
      expect(list.itemListElement.length).toBeGreaterThan(0);
      (list.itemListElement as Node[]).forEach((item, index) => {
        expect(item.position).toBe(index + 1);
        expectAbsoluteUrl(item.url);
        expect(articleSlugs).toContain(new URL(item.url).pathname.replace(/^\/advice\//, ""));
      });
      expectBreadcrumbs(ofType(nodes, "BreadcrumbList")[0]!, urlPath);
    },
  );
});
