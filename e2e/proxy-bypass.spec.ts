// Known ways around a Next.js proxy or a sign-in link's host, tried against
// the real server. The proxy only redirects early; access is decided by the
// data-access layer on every request, so none of these reaches private data.
import { expect, test } from "./fixtures";
import postgres from "postgres";
import { lastCandidateOf } from "./helpers";

// Its own client address, so its sign-in request has its own rate-limit budget.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.71" } });

const privatePages = ["/portal", "/portal/applications", "/portal/privacy/export.json", "/consultant", "/consultant/pipeline", "/admin", "/admin/audit", "/admin/mail"];
/** Prefetches of a dynamic page get its static shell and no data; every other variant must be refused outright. */
const prefetches = new Set(["RSC prefetch", "prefetch purpose"]);
const bypassHeaders: Record<string, Record<string, string>> = {
  // CVE-2025-29927: an internal header that once made Next.js skip middleware.
  "x-middleware-subrequest": { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  "x-middleware-subrequest (proxy)": { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  // The RSC payload and prefetch variants of a page, as the client router asks for them.
  "RSC request": { RSC: "1" },
  "RSC prefetch": { RSC: "1", "Next-Router-Prefetch": "1" },
  "prefetch purpose": { Purpose: "prefetch", "Next-Router-Prefetch": "1" },
};

/**
 * What a signed-out caller must never see in any answer: anyone's address
 * (every seeded account is @example.com), exported records, a candidate's
 * stage, a consultant's worklist. (Page titles are not private: a redirect's
 * HTML carries the page's title.)
 */
const privateMarkers = [/@example\.com/, /"applications"\s*:/, /Application stage:/, /Debrief not done|Follow-up due/];

test("signed out, no bypass header or page variant reaches private data", async ({ request }) => {
  const leaks: string[] = [];
  for (const path of privatePages) {
    for (const [name, headers] of Object.entries(bypassHeaders)) {
      for (const url of [path, `${path}.rsc`, `${path}?_rsc=abc12`]) {
        // Redirects followed with the same headers: Next.js first sends an RSC request to its canonical URL.
        const response = await request.get(url, { headers, maxRedirects: 5, failOnStatusCode: false });
        const body = await response.text();
        const status = response.status();
        const landedOnSignIn = new URL(response.url()).pathname === "/sign-in";
        const refused = landedOnSignIn || [401, 403, 404].includes(status);
        if (!refused && !prefetches.has(name)) leaks.push(`${url} with ${name}: ${status} at ${response.url()}`);
        for (const marker of privateMarkers) if (marker.test(body)) leaks.push(`${url} with ${name}: body matches ${marker}`);
      }
    }
  }
  expect(leaks).toEqual([]);
});

test("a forged X-Forwarded-Host on sign-in never puts another host in a sign-in link", async ({ page, baseURL }) => {
  const { email } = await lastCandidateOf("consultant@example.com");
  await page.goto("/sign-in");
  // From here on the browser claims a proxy forwarded it for another host.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "192.0.2.72", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  // Next.js refuses the action outright (its origin no longer matches the claimed host), or the
  // link is built from AUTH_URL: either way no message may point anywhere but here.
  await page.waitForLoadState("networkidle");
  // And Auth.js's own endpoint, asked directly with the forged host: it builds the link from AUTH_URL.
  const csrf = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const direct = await page.request.post("/api/auth/signin/email", {
    form: { email, csrfToken: csrf.csrfToken, callbackUrl: "/portal" },
    headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-forwarded-for": "192.0.2.72" },
    maxRedirects: 0,
  });
  expect(direct.status()).toBe(302);
  const sql = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    const messages = await sql<{ html: string; text: string }[]>`select html, text from email_outbox where recipient = ${email}`;
    // The direct request did send a link, so the check below has something to look at.
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message.html + message.text).not.toContain("evil.example");
      for (const link of message.text.match(/https?:\/\/[^\s]+/g) ?? []) expect(new URL(link).host).toBe(new URL(baseURL!).host);
    }
  } finally {
    await sql.end();
  }
});
