import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { XMLParser } from "fast-xml-parser";
import { expectNoAxeViolations } from "./helpers";

// The public advice site, as a reader and a search engine see it.

const slugs = readdirSync(path.join(process.cwd(), "content"))
  .filter((name) => name.endsWith(".mdx"))
  .map((name) => name.replace(/\.mdx$/, ""));
const xml = new XMLParser({ ignoreAttributes: false });

test("the index lists every article, filters by tag and is accessible", async ({ page }) => {
  await page.goto("/advice");
  await expect(page.getByRole("heading", { level: 1, name: "Advice after a job interview" })).toBeVisible();
  for (const slug of slugs) await expect(page.locator(`main a[href="/advice/${slug}"]`).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await expect(page.locator("main a[href^='/advice/']:not([href^='/advice/tags'])")).toHaveCount(slugs.length);

  await page.getByRole("navigation", { name: "Topics" }).getByRole("link", { name: "Recruitment agencies" }).click();
  await expect(page).toHaveURL(/\/advice\/tags\/recruitment-agencies$/);
  await expect(page.getByRole("heading", { level: 1, name: "Recruitment agencies" })).toBeVisible();
  await expect(page.locator('main a[href="/advice/working-with-a-recruitment-agency-after-an-interview"]').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("search works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/advice");
  await page.getByLabel("Search the advice").fill("consultant debrief");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/advice\/search\?q=consultant\+debrief$/);
  await expect(page.getByRole("heading", { level: 2, name: /match “consultant debrief”/ })).toBeVisible();
  await expect(page.locator('main a[href="/advice/working-with-a-recruitment-agency-after-an-interview"]')).toBeVisible();
  await page.goto("/advice/search?q=pineapple+trampoline");
  await expect(page.getByRole("heading", { name: "Nothing matches “pineapple trampoline”" })).toBeVisible();
  await context.close();
  const scripted = await browser.newContext();
  const withScript = await scripted.newPage();
  await withScript.goto("/advice/search?q=thank");
  await expectNoAxeViolations(withScript);
  await scripted.close();
});

test("an article has its contents, metadata, structured data and a way into the portal", async ({ page }) => {
  await page.goto("/advice/do-you-still-want-the-job");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/still want the job/i);
  const contents = page.getByRole("navigation", { name: "In this article" });
  const firstEntry = contents.getByRole("link").first();
  const target = (await firstEntry.getAttribute("href"))!;
  await expect(page.locator(target)).toHaveCount(1);
  await expect(page.locator("article header").getByText(/\d+ min read/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Track this interview" })).toHaveAttribute("href", "/sign-in");
  await expect(page.getByRole("region", { name: "Related advice" }).getByRole("article")).toHaveCount(3);
  await expect(page.getByRole("navigation", { name: "Previous and next articles" })).toBeVisible();

  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toMatch(/\/advice\/do-you-still-want-the-job$/);
  expect(await page.locator('meta[property="og:type"]').getAttribute("content")).toBe("article");
  expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe("summary_large_image");

  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const types = blocks.flatMap((text) => [JSON.parse(text)].flat()).map((data: { "@type": string }) => data["@type"]);
  expect(types).toEqual(expect.arrayContaining(["BlogPosting", "BreadcrumbList"]));
  const posting = blocks.flatMap((text) => [JSON.parse(text)].flat()).find((d) => d["@type"] === "BlogPosting");
  expect(posting.publisher["@type"]).toBe("EmploymentAgency");
  // The agency signs the article, with its URL, and the dates carry their time zone.
  expect(posting.author).toMatchObject({ "@type": "Organization", name: "The Connections team" });
  expect(new URL(posting.author.url).pathname).toBe("/about");
  expect(posting.datePublished).toMatch(/T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
  await expect(page.locator("article header")).toContainText("By The Connections team");
  expect(types).not.toContain("FAQPage");
  await expectNoAxeViolations(page);

  const image = await page.request.get(await page.locator('meta[property="og:image"]').getAttribute("content").then((u) => new URL(u!).pathname));
  expect(image.headers()["content-type"]).toBe("image/png");
  expect((await image.body()).subarray(1, 4).toString()).toBe("PNG");
});

test("the feed and the sitemap list every article", async ({ request }) => {
  const feed = xml.parse(await (await request.get("/feed.xml")).text());
  const feedLinks: string[] = [feed.rss.channel.item].flat().map((item: { link: string }) => new URL(item.link).pathname);
  expect(feedLinks.sort()).toEqual(slugs.map((slug) => `/advice/${slug}`).sort());

  const sitemap = xml.parse(await (await request.get("/sitemap.xml")).text());
  const urls: string[] = sitemap.urlset.url.map((entry: { loc: string }) => new URL(entry.loc).pathname);
  for (const slug of slugs) expect(urls).toContain(`/advice/${slug}`);
  expect(urls).toContain("/advice/tags/following-up");

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  expect(robots).toContain("Disallow: /portal");
});

test("the home page shows the latest advice and an unknown article is a helpful 404", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: "Latest advice" })).toBeVisible();
  const homeTypes = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((text) => [JSON.parse(text)].flat()).map((d) => d["@type"]);
  expect(homeTypes).toEqual(expect.arrayContaining(["EmploymentAgency", "WebSite"]));
  const logo = await page.request.get("/logo.png");
  expect(logo.headers()["content-type"]).toBe("image/png");
  await expectNoAxeViolations(page);
  const response = await page.goto("/advice/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("link", { name: /advice/i }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
