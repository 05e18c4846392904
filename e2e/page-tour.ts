import type { Page } from "@playwright/test";

// Every page type, as each role sees it: the phone-width check and `npm run screenshots` walk the
// same list, so a new page type is added once. A detail page is found by following the first link
// on its list page that matches, so the tour works on any seeded database.

export type Role = "signed-out" | "candidate" | "consultant" | "admin";

export type TourStop =
  | { name: string; path: string }
  | { name: string; from: string; link: RegExp }
  /** A page below an earlier stop's address, e.g. an interview's reflection. */
  | { name: string; below: string; append: string };

export const demoAccounts: Record<Exclude<Role, "signed-out">, string> = {
  candidate: "candidate@example.com",
  consultant: "consultant@example.com",
  admin: "admin@example.com",
};

const publicStops: TourStop[] = [
  { name: "home", path: "/" },
  { name: "advice-index", path: "/advice" },
  { name: "article", from: "/advice", link: /^\/advice\/(?!tags|search)[a-z0-9-]+$/ },
  { name: "tag", from: "/advice", link: /^\/advice\/tags\/[a-z0-9-]+$/ },
  { name: "search", path: "/advice/search?q=thank+you" },
  { name: "about", path: "/about" },
];

const staffStops: TourStop[] = [
  { name: "needs-attention", path: "/consultant" },
  { name: "pipeline", path: "/consultant/pipeline" },
  { name: "candidates", path: "/consultant/candidates" },
  { name: "candidate", from: "/consultant/candidates", link: /^\/consultant\/candidates\/[^/?#]+$/ },
  { name: "metrics", path: "/consultant/metrics" },
];

export const tour: Record<Role, TourStop[]> = {
  "signed-out": [...publicStops, { name: "sign-in", path: "/sign-in" }, { name: "not-found", path: "/no-such-page" }],
  candidate: [
    { name: "dashboard", path: "/portal" },
    { name: "applications", path: "/portal/applications" },
    { name: "application", from: "/portal/applications", link: /^\/portal\/applications\/[^/?#]+$/ },
    { name: "new-application", path: "/portal/applications/new" },
    { name: "interview", from: "/portal", link: /^\/portal\/interviews\/[^/?#]+$/ },
    { name: "reflection", below: "interview", append: "/reflection" },
    { name: "questions", path: "/portal/questions" },
    { name: "settings", path: "/portal/settings" },
    { name: "privacy", path: "/portal/privacy" },
    { name: "article", from: "/advice", link: /^\/advice\/(?!tags|search)[a-z0-9-]+$/ },
  ],
  consultant: staffStops,
  admin: [
    ...staffStops,
    { name: "team", path: "/admin" },
    { name: "assignments", path: "/admin/candidates" },
    { name: "audit", path: "/admin/audit" },
    { name: "mail", path: "/admin/mail" },
    { name: "retention", path: "/admin/retention" },
  ],
};

/** Each stop's address: as given, the first matching link on the page it is found from, or below an
 *  earlier stop. A stop that cannot be found is null, and the caller says so. */
export async function resolveTour(page: Page, stops: readonly TourStop[]): Promise<{ name: string; path: string | null }[]> {
  const found = new Map<string, string | null>();
  for (const stop of stops) {
    if ("path" in stop) found.set(stop.name, stop.path);
    else if ("below" in stop) {
      const base = found.get(stop.below);
      found.set(stop.name, base ? `${base}${stop.append}` : null);
    } else {
      await page.goto(stop.from);
      const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
      found.set(stop.name, hrefs.find((href) => stop.link.test(href)) ?? null);
    }
  }
  return stops.map((stop) => ({ name: stop.name, path: found.get(stop.name) ?? null }));
}

/** How far the first heading sits below the top of the page, and how far the page scrolls sideways. */
export async function measureFirstScreen(page: Page): Promise<{ headingTop: number | null; sideways: number }> {
  return page.evaluate(() => {
    const heading = document.querySelector("main h1");
    return {
      headingTop: heading ? heading.getBoundingClientRect().top + window.scrollY : null,
      sideways: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}
