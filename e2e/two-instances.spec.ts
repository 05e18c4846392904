// Two instances of the same build on two ports and one database, as two app
// servers behind a load balancer: a session, the sign-in limits and the email
// worker belong to the system, not to whichever instance served a request.
// Instance 1 is baseURL; instance 2 is the config's second web server
// (E2E_SECOND_URL). Both run the worker in process and share AUTH_URL, the
// public address, which here is instance 1's.
import { randomInt, randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import postgres from "postgres";
import { expect, test } from "./fixtures";
import { readSignInLink, requestSignInLink } from "./helpers";

const first = `http://localhost:${process.env.E2E_PORT}`;
const second = process.env.E2E_SECOND_URL ?? "";
/** Each instance names its database connections (PGAPPNAME in playwright.config.ts). */
const instanceNames = ["next-steps-e2e-1", "next-steps-e2e-2"];
// The notice reads its tone out first.
const limitMessage = /^Error: Too many sign-in requests\. Please wait \d+ minutes? and try again\.$/;

let sql: postgres.Sql;

test.beforeAll(async () => {
  expect(second, "E2E_SECOND_URL (set by playwright.config.ts)").toMatch(/^http:\/\/localhost:\d+$/);
  expect(second).not.toBe(first);
  sql = postgres(process.env.E2E_DATABASE_URL!, { max: 2, onnotice: () => {} });
});

test.afterAll(async () => {
  await sql?.end({ timeout: 5 });
});

/** A fresh address per run, so a reused database never lends this run an old counter. */
function uniqueAddress(purpose: string): string {
  return `two-instances-${purpose}-${randomUUID().slice(0, 8)}@example.com`;
}

/** Its own client address (TEST-NET-2, random per run), so the per-client limit is this test's alone. */
function ownClient(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${randomInt(1, 255)}` } });
}

async function expectPortal(page: Page, origin: string): Promise<void> {
  await expect(page).toHaveURL(`${origin}/portal`);
  await expect(page.getByRole("heading", { level: 1, name: "Your portal" })).toBeVisible();
}

test("a session begun on one instance is honoured by the other, and signing out there ends it on both", async ({ browser }) => {
  const context = await ownClient(browser);
  const page = await context.newPage();
  const email = uniqueAddress("session");

  await page.goto(`${first}/sign-in`);
  await requestSignInLink(page, email);
  const link = await readSignInLink(page, email);
  expect(new URL(link).origin, "the sign-in link goes to the public address").toBe(first);
  await page.goto(link);
  await expectPortal(page, first);
  const token = (await context.cookies(first)).find((cookie) => cookie.name === "authjs.session-token")?.value;
  expect(token, "session cookie").toBeTruthy();

  // Cookies belong to a host, not a port: the same browser is signed in on instance 2.
  await page.goto(`${second}/portal`);
  await expectPortal(page, second);
  const session = await (await page.request.get(`${second}/api/auth/session`)).json();
  expect(session?.user).toMatchObject({ email, role: "candidate" });

  await page.goto(`${second}/sign-out`);
  await page.getByRole("button", { name: "Sign out" }).click();
  // Auth.js sends you on to AUTH_URL, the public address, as it would behind a load balancer.
  await expect(page).toHaveURL(`${first}/?signed-out=1`);

  // The session row is gone, not just the browser's cookie: a copy of it,
  // replayed on instance 1, is refused.
  const replayed = await page.request.get(`${first}/api/auth/session`, { headers: { cookie: `authjs.session-token=${token}` } });
  expect(await replayed.json()).toBeNull();
  await context.addCookies([{ name: "authjs.session-token", value: token!, url: first, httpOnly: true, sameSite: "Lax" }]);
  await page.goto(`${first}/portal`);
  await expect(page).toHaveURL(`${first}/sign-in?callbackUrl=%2Fportal`);
  await context.close();
});

test("sign-in requests for one address count against one limit, whichever instance takes them", async ({ browser }) => {
  const context = await ownClient(browser);
  const page = await context.newPage();
  const email = uniqueAddress("limit");
  const instanceFor = (request: number) => (request % 2 === 1 ? second : first);

  // Five per address are allowed. Odd requests go to instance 2, even ones to instance 1.
  for (let request = 1; request <= 5; request += 1) {
    await page.goto(`${instanceFor(request)}/sign-in`);
    await requestSignInLink(page, email);
  }
  // Asked through instance 2, the link still points at the public address.
  expect(new URL(await readSignInLink(page, email)).origin).toBe(first);

  const refusals: string[] = [];
  // The sixth is refused by instance 1, and a seventh by instance 2.
  for (const request of [6, 7]) {
    const origin = instanceFor(request);
    await page.goto(`${origin}/sign-in`);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const status = page.getByRole("status");
    await expect(status, `request ${request}, on ${origin}`).toHaveText(limitMessage);
    await expect(page).toHaveURL(`${origin}/sign-in`);
    refusals.push((await status.textContent()) ?? "");
  }
  expect(refusals[0], "both instances give the same message").toBe(refusals[1]);

  const [sent] = await sql<{ links: number }[]>`
    select count(*)::int as links from email_outbox where recipient = ${email} and template = 'sign-in-link'`;
  expect(sent?.links, "sign-in links sent").toBe(5);
  await context.close();
});

// The worker test watches claims through a trigger that logs which connection
// (so which instance, by its application_name) took each outbox row and each
// reminder. Two workers are made to hold claims at the same moment: a row sent
// on its own is checked against the suppression list just before it goes, so
// while the test holds that table each worker stops with its claim in hand.
const claimLogSetup = `
  create table if not exists e2e_worker_claims (row_id uuid not null, app text not null);
  create or replace function e2e_log_claim() returns trigger language plpgsql as $$
    begin
      insert into e2e_worker_claims (row_id, app) values (new.id, current_setting('application_name'));
      return new;
    end $$;
  drop trigger if exists e2e_outbox_claims on email_outbox;
  create trigger e2e_outbox_claims after update on email_outbox
    for each row when (new.attempts > old.attempts) execute function e2e_log_claim();
  drop trigger if exists e2e_reminder_claims on reminders;
  create trigger e2e_reminder_claims after update on reminders
    for each row when (new.attempts > old.attempts) execute function e2e_log_claim();`;
const claimLogTeardown = `
  drop trigger if exists e2e_outbox_claims on email_outbox;
  drop trigger if exists e2e_reminder_claims on reminders;
  drop function if exists e2e_log_claim();
  drop table if exists e2e_worker_claims;`;

/** Holds the suppression list until released; the lock also lapses if this connection idles 30 s in it. */
async function holdSuppressionList(): Promise<() => Promise<void>> {
  const holder = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked = () => {};
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const transaction = holder.begin(async (tx) => {
    await tx`set local idle_in_transaction_session_timeout = '30s'`;
    await tx`lock table email_suppressions in access exclusive mode`;
    locked();
    await released;
  });
  await Promise.race([isLocked, transaction]);
  return async () => {
    release();
    await transaction.catch(() => {});
    await holder.end({ timeout: 5 });
  };
}

async function claimsOf(ids: string[]): Promise<Map<string, string[]>> {
  const rows = await sql<{ row_id: string; app: string }[]>`
    select row_id, app from e2e_worker_claims where row_id = any(${ids}::uuid[])`;
  const claims = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const row of rows) claims.get(row.row_id)?.push(row.app);
  return claims;
}

test("both workers deliver due mail from the one outbox, every message exactly once", async ({ page }) => {
  const run = randomUUID().slice(0, 8);
  const aloneCount = 30;
  const batchedCount = 12;
  await sql.unsafe(claimLogSetup);
  try {
    const interviews = await sql<{ id: string; candidate_id: string }[]>`
      select i.id, i.candidate_id from interviews i
      join applications a on a.id = i.application_id and a.candidate_id = i.candidate_id
      join users u on u.id = i.candidate_id
      where u.reminders_enabled and a.stage not in ('offer', 'accepted', 'rejected', 'withdrawn', 'no_response')
        and i.starts_at + make_interval(mins => i.duration_minutes) < now()
      order by i.id limit 8`;
    expect(interviews.length, "seeded interviews that are over, on open applications").toBe(8);

    const releaseSuppressionList = await holdSuppressionList();
    let outboxIds: string[];
    let aloneIds: string[];
    let reminderIds: string[];
    try {
      // One transaction, so the workers find everything due at once.
      ({ outboxIds, aloneIds, reminderIds } = await sql.begin(async (tx) => {
        const outbox = await tx<{ id: string; deliver_alone: boolean }[]>`
          insert into email_outbox (idempotency_key, recipient, template, subject, html, text, deliver_alone)
          select 'two-instances:' || ${run} || ':' || n, 'two-instances-' || n || '@example.com', 'two-instances',
                 'Two instances ' || ${run} || ' #' || n, '<p>Message ' || n || '</p>', 'Message ' || n, n <= ${aloneCount}
          from generate_series(1, ${aloneCount + batchedCount}) as n
          returning id, deliver_alone`;
        const due = await tx<{ id: string }[]>`
          insert into reminders (kind, user_id, interview_id, due_at)
          select 'post_interview', candidate_id, id, now() from unnest(${interviews.map((row) => row.id)}::uuid[]) as chosen(interview_id)
          join interviews on interviews.id = chosen.interview_id
          returning id`;
        return {
          outboxIds: outbox.map((row) => row.id),
          aloneIds: outbox.filter((row) => row.deliver_alone).map((row) => row.id),
          reminderIds: due.map((row) => row.id),
        };
      }));
      // One worker takes at most ten rows sent alone per pass; both must be holding some.
      await expect
        .poll(async () => [...new Set([...(await claimsOf(aloneIds)).values()].flat())].sort(), {
          message: "instances holding claims on rows sent alone",
          timeout: 20_000,
        })
        .toEqual(instanceNames);
    } finally {
      await releaseSuppressionList();
    }

    await expect
      .poll(async () => {
        const [row] = await sql<{ waiting: number }[]>`
          select (select count(*) from email_outbox where id = any(${outboxIds}::uuid[]) and state <> 'sent')
               + (select count(*) from reminders where id = any(${reminderIds}::uuid[]) and state <> 'sent') as waiting`;
        return Number(row?.waiting);
      }, { message: "messages and reminders not yet sent", timeout: 20_000 })
      .toBe(0);

    // Each reminder became exactly one outbox row, sent.
    const reminderMail = await sql<{ reminder_id: string; id: string; state: string }[]>`
      select r.id as reminder_id, o.id, o.state from reminders r
      join email_outbox o on o.idempotency_key = 'reminder:' || r.id
      where r.id = any(${reminderIds}::uuid[])`;
    expect(reminderMail.map((row) => row.reminder_id).sort()).toEqual([...reminderIds].sort());
    const expected = [...outboxIds, ...reminderMail.map((row) => row.id)];

    // Each message and each reminder was claimed once, by one worker: never sent twice.
    const claims = await claimsOf([...expected, ...reminderIds]);
    const claimedOtherThanOnce = [...claims].filter(([, apps]) => apps.length !== 1);
    expect(claimedOtherThanOnce, "rows not claimed exactly once").toEqual([]);
    const split = instanceNames.map((name) => `${name}: ${[...claims.values()].filter((apps) => apps[0] === name).length}`);
    test.info().annotations.push({ type: "claims by instance", description: split.join(", ") });

    // And the mailbox, read through instance 2, lists each of them once.
    await page.goto(`${second}/dev/mailbox`);
    const listed = await page
      .getByRole("row")
      .locator('a[href^="/dev/mailbox/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")?.split("/").at(-1) ?? ""));
    const mentions = expected.map((id) => listed.filter((item) => item === id).length);
    expect(mentions, "times each message is listed in the mailbox").toEqual(expected.map(() => 1));
  } finally {
    await sql.unsafe(claimLogTeardown);
  }
});
