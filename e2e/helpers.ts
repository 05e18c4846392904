import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";

// Sign-in goes through the real flow and the local mailbox (ENABLE_DEV_MAILBOX=1
// on the test server): there is no test-only back door into a session.

type Options = { audit?: boolean };

/** Fills and submits the sign-in form on the current page. */
export async function requestSignInLink(page: Page, email: string, { audit = false }: Options = {}): Promise<void> {
  if (audit) await expectNoAxeViolations(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  if (audit) await expectNoAxeViolations(page);
}

/** The sign-in link in the newest mailbox message to `email`. */
export async function readSignInLink(page: Page, email: string, { audit = false }: Options = {}): Promise<string> {
  await page.goto("/dev/mailbox");
  await expect(page.getByRole("heading", { level: 1, name: "Local mailbox" })).toBeVisible();
  if (audit) await expectNoAxeViolations(page);
  // Newest first, so the first sign-in row to this address is the latest link
  // (a digest or reminder may have arrived since).
  const row = page
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: email, exact: true }) })
    .filter({ hasText: "Your sign-in link" })
    .first();
  await row.getByRole("link").click();
  const links = page.getByRole("region", { name: "Links in this message" });
  await expect(links).toBeVisible();
  if (audit) await expectNoAxeViolations(page);
  const href = await links.getByRole("link").filter({ hasText: "/api/auth/callback/email" }).first().getAttribute("href");
  if (!href) throw new Error(`No sign-in link in the newest message to ${email}`);
  return href;
}

/** Requests a link from /sign-in, opens it from the mailbox, and returns it. */
export async function signInThroughMailbox(page: Page, email: string, options: Options = {}): Promise<string> {
  await page.goto("/sign-in");
  await requestSignInLink(page, email, options);
  const link = await readSignInLink(page, email, options);
  await page.goto(link);
  return link;
}

/**
 * A session for a shared demo account, signed in through the mailbox once per run and reused:
 * the suite signs the demo staff in more often than the five requests an address may make in
 * fifteen minutes. Never sign out from a page signed in this way; a test about signing out
 * signs in on its own with signInThroughMailbox.
 */
export async function signInReusingSession(page: Page, email: string): Promise<void> {
  const file = savedSessionFile(email);
  if (existsSync(file)) {
    await page.context().addCookies(JSON.parse(readFileSync(file, "utf8")).cookies);
    const session = await (await page.request.get("/api/auth/session")).json();
    if (session?.user?.email === email) return;
    await page.context().clearCookies();
  }
  await signInThroughMailbox(page, email);
  // The page signed in on sets the static pages' "ask who I am" hint from the browser; keep it too.
  await expect.poll(async () => (await page.context().cookies()).some((cookie) => cookie.name === "ns-signed-in")).toBe(true);
  writeFileSync(file, JSON.stringify(await page.context().storageState()));
}

/** Keyed by this run's database; a session its database no longer holds is replaced above. */
function savedSessionFile(email: string): string {
  const run = new URL(process.env.E2E_DATABASE_URL ?? "postgres://local/unknown").pathname.slice(1);
  const folder = join(tmpdir(), "next-steps-e2e-sessions", run);
  mkdirSync(folder, { recursive: true });
  return join(folder, `${email.replace(/[^a-z0-9]+/gi, "-")}.json`);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const builder = new AxeBuilder({ page });
  // axe cannot run inside a sandboxed frame that forbids scripts (the mailbox
  // shows each email in one) and would wait for it forever. Such a page is
  // checked on its own document only; the frame element itself (frame-title)
  // is still checked.
  if ((await page.locator('iframe[sandbox]:not([sandbox~="allow-scripts"])').count()) > 0) {
    builder.setLegacyMode().options({ iframes: false });
  }
  const results = await builder.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const violations = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((node) => node.target.join(" ")),
  }));
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}

async function withDatabase<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set (playwright.config.ts sets it)");
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Seeded candidates other than the demo one, so each test can have its own address. */
export function listOtherCandidates(): Promise<string[]> {
  return withDatabase(async (sql) => {
    const rows = await sql<{ email: string }[]>`
      select email from users
      where role = 'candidate' and email <> 'candidate@example.com'
      order by email`;
    return rows.map((row) => row.email);
  });
}

/** Ages every unused sign-in link for `email` past its expiry; returns how many. */
export function expireSignInLinks(email: string): Promise<number> {
  return withDatabase(async (sql) => {
    const result = await sql`
      update verification_tokens set expires = now() - interval '1 minute' where identifier = ${email}`;
    return result.count;
  });
}

/** The last seeded candidate (by email) assigned to this consultant: far from the ones other tests take by index. */
export function lastCandidateOf(consultantEmail: string): Promise<{ email: string; name: string }> {
  return withDatabase(async (sql) => {
    const [row] = await sql<{ email: string; name: string }[]>`
      select candidate.email, candidate.name from users candidate
      join users consultant on consultant.id = candidate.consultant_id
      where consultant.email = ${consultantEmail} and candidate.role = 'candidate' and candidate.email <> 'candidate@example.com'
      order by candidate.email desc limit 1`;
    if (!row) throw new Error(`No seeded candidate is assigned to ${consultantEmail}`);
    return row;
  });
}

/** A seeded consultant other than the demo one who has candidates: a spec signing in as them leaves the
 *  demo consultant's sign-in allowance (five an address in 15 minutes) to the specs that need that account. */
export function otherSeededConsultant(): Promise<string> {
  return withDatabase(async (sql) => {
    const [row] = await sql<{ email: string }[]>`
      select staff.email from users staff
      where staff.role = 'consultant' and staff.email <> 'consultant@example.com'
        and exists (select 1 from users candidate where candidate.consultant_id = staff.id)
      order by staff.email limit 1`;
    if (!row) throw new Error("No seeded consultant other than the demo one has candidates");
    return row.email;
  });
}

/** Two consultants of a test's own, the first with one candidate: offboarding them disturbs no seeded account. */
export function addConsultantPair(tag: string): Promise<{ leaver: string; successor: string }> {
  const leaver = `Leaving ${tag}`;
  const successor = `Staying ${tag}`;
  return withDatabase(async (sql) => {
    const [leaving] = await sql<{ id: string }[]>`
      insert into users (email, name, role) values (${`leaving-${tag}@example.com`}, ${leaver}, 'consultant') returning id`;
    await sql`insert into users (email, name, role) values (${`staying-${tag}@example.com`}, ${successor}, 'consultant')`;
    await sql`insert into users (email, name, consultant_id) values (${`handed-over-${tag}@example.com`}, ${`Handed Over ${tag}`}, ${leaving!.id})`;
    return { leaver, successor };
  });
}

/** A candidate of a test's own with no applications, last seen `daysAgo` (never signed in), and their
 *  answer to "keep my details", if any. */
export function addRetentionCandidate(email: string, { daysAgo = 0, keep = null }: { daysAgo?: number; keep?: boolean | null } = {}): Promise<void> {
  return withDatabase(async (sql) => {
    const [user] = await sql<{ id: string }[]>`
      insert into users (email, name, created_at) values (${email}, 'Robin Quayle', now() - make_interval(days => ${daysAgo}))
      returning id`;
    if (keep === null) return;
    await sql`insert into consents (user_id, purpose, granted, source, recorded_at)
      values (${user!.id}, 'data_retention', ${keep}, 'e2e', now() - make_interval(days => ${daysAgo}))`;
  });
}

/** Forgets that today's retention pass has run, so the next worker pass (or cron call) runs it again. */
export function forgetTodaysRetentionRun(): Promise<void> {
  return withDatabase(async (sql) => {
    await sql`delete from retention_runs where day = (now() at time zone 'utc')::date`;
  });
}

/** A consultant of a test's own whose `count` candidates each have one agency application in `stage`. */
export function addConsultantWithApplications(tag: string, count: number, stage: string): Promise<string> {
  const email = `busy-${tag}@example.com`;
  return withDatabase(async (sql) => {
    const [consultant] = await sql<{ id: string }[]>`
      insert into users (email, name, role) values (${email}, ${`Busy ${tag}`}, 'consultant') returning id`;
    for (let n = 1; n <= count; n += 1) {
      const [candidate] = await sql<{ id: string }[]>`
        insert into users (email, name, consultant_id) values (${`caseload-${tag}-${n}@example.com`}, ${`Candidate ${n} ${tag}`}, ${consultant!.id})
        returning id`;
      // One minute apart, so "most recently moved first" has one answer.
      await sql`insert into applications (candidate_id, company, role, source, consultant_id, stage, stage_changed_at)
        values (${candidate!.id}, 'Harbour Lane Logistics', ${`Role ${n}`}, 'agency', ${consultant!.id}, ${stage}, now() - make_interval(mins => ${n}))`;
    }
    return email;
  });
}
