import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// A page view costs one document, not one request per link on it: a page is prefetched only when
// the reader reaches for its link, and never sign-in or a signed-in area for a visitor. Prerendered
// pages have no router (components/islands): there the prefetch is of the document itself.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.131" } });

function watchPrefetches(page: Page): string[] {
  const prefetched: string[] = [];
  page.on("request", async (request) => {
    const headers = await request.allHeaders();
    const byRouter = Boolean(headers["next-router-prefetch"]);
    const byBrowser = /prefetch/.test(headers["sec-purpose"] ?? headers["purpose"] ?? "");
    if (byRouter || byBrowser) prefetched.push(new URL(request.url()).pathname);
  });
  return prefetched;
}

test("an article prefetches nothing on sight, a link when hovered or focused, and never sign-in or the portal", async ({ page }) => {
  const prefetched = watchPrefetches(page);
  await page.goto("/advice/what-to-do-after-a-job-interview");
  await page.waitForLoadState("networkidle");
  expect(prefetched, "prefetched on sight").toEqual([]);

  // Reaching for sign-in, or the portal, prefetches nothing.
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).hover();
  const portalLinks = page.getByRole("main").locator('a[href^="/portal"], a[href^="/sign-in"]');
  for (const link of await portalLinks.all()) await link.focus();
  await page.waitForLoadState("networkidle");
  expect(prefetched, "prefetched for a visitor").toEqual([]);

  // Another article, reached for with the mouse, then one with the keyboard.
  const related = page.getByRole("main").locator('a[href^="/advice/"]:not([href*="/tags/"]):not([href*="#"])');
  const [first, second] = [related.first(), related.nth(1)];
  const firstPath = (await first.getAttribute("href"))!;
  const secondPath = (await second.getAttribute("href"))!;
  await first.hover();
  await expect.poll(() => prefetched).toContain(firstPath);
  await second.focus();
  await expect.poll(() => prefetched).toContain(secondPath);
  expect(prefetched.filter((path) => /^\/(portal|sign-in|consultant|admin)/.test(path))).toEqual([]);
});
