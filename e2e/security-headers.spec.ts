// Every page type answers with the security headers, and private pages are
// never stored by a cache. (The session cookie's flags: sign-in.spec.ts.)
import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";
import postgres from "postgres";

const pages = {
  home: "/",
  article: "/advice/what-to-do-after-a-job-interview",
  advice: "/advice",
  signIn: "/sign-in",
  portal: "/portal",
  interviewList: "/portal/applications",
  consultant: "/consultant",
  admin: "/admin",
  api: "/api/auth/providers",
};

let sql: postgres.Sql;
let adminToken: string;
let candidateToken: string;
test.beforeAll(async () => {
  sql = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
  const session = async (email: string) => {
    const token = randomBytes(32).toString("hex");
    await sql`insert into sessions (session_token, user_id, expires) select ${token}, id, now() + interval '1 hour' from users where email = ${email}`;
    return token;
  };
  adminToken = await session("admin@example.com");
  candidateToken = await session("candidate@example.com");
});
test.afterAll(async () => {
  await sql`delete from sessions where session_token in (${adminToken}, ${candidateToken})`;
  await sql.end();
});

test("every page type carries the security headers", async ({ request }) => {
  for (const [name, path] of Object.entries(pages)) {
    const token = path.startsWith("/portal") ? candidateToken : path.startsWith("/consultant") || path.startsWith("/admin") ? adminToken : undefined;
    const headers = token ? { cookie: `authjs.session-token=${token}` } : undefined;
    const response = await request.get(path, { headers, maxRedirects: 0 });
    expect(response.status(), name).toBe(200);
    const answer = response.headers();
    expect(answer["x-content-type-options"], name).toBe("nosniff");
    expect(answer["referrer-policy"], name).toBe("strict-origin-when-cross-origin");
    expect(answer["x-frame-options"], name).toBe("DENY");
    expect(answer["strict-transport-security"], name).toMatch(/max-age=\d{8}/);
    expect(answer["permissions-policy"], name).toContain("camera=()");
    expect(answer["x-powered-by"], name).toBeUndefined();
    if (!path.startsWith("/api/")) expect(answer["content-security-policy"], name).toMatch(/script-src 'self' '(nonce|sha256)-/);
  }
});

test("signed-in pages are never stored by a cache", async ({ request }) => {
  for (const path of [pages.portal, pages.interviewList, pages.consultant, pages.admin]) {
    const token = path.startsWith("/portal") ? candidateToken : adminToken;
    const response = await request.get(path, { headers: { cookie: `authjs.session-token=${token}` }, maxRedirects: 0 });
    expect(response.headers()["cache-control"], path).toMatch(/no-store/);
    expect(response.headers()["cache-control"], path).toMatch(/private/);
  }
});

test("a script injected into a page does not run, prerendered or rendered per request", async ({ page, cspViolations }) => {
  for (const path of [pages.article, pages.signIn]) {
    await page.goto(path);
    const policy = (await page.request.get(path)).headers()["content-security-policy"];
    const scriptSrc = policy?.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc, path).toContain("'self'");
    expect(scriptSrc, path).not.toContain("unsafe-inline");
    expect(scriptSrc, path).toMatch(path === pages.article ? /'sha256-/ : /'nonce-/);
    // What an injection would do: add an inline script to the document.
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = true;";
      document.body.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected), path).toBeUndefined();
    // The browser reported the refusal; expected here, so it is taken off the list the fixture checks.
    expect(cspViolations.length, path).toBeGreaterThan(0);
    cspViolations.length = 0;
  }
});
