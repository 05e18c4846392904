// Each limited endpoint, pushed past its limit: a clear 429 with Retry-After
// (or a form message), and nothing behind it changes.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createActionWorld, type ActionWorld } from "@/test/authorization/action-world";
import { users } from "@/lib/db/schema/auth";
import { rateLimits } from "@/lib/db/schema/delivery";
import { hashForKey } from "@/lib/security/rate-limit";
import { abuseRules, type AbuseRule } from "@/lib/security/abuse-limits";
import { unsubscribeUrlFor } from "@/lib/email/unsubscribe";
import { createCalendarFeed } from "@/lib/portal/calendar-feed";
import type { CurrentUser } from "@/lib/auth/dal";

vi.mock("@/lib/auth/dal", async () => (await import("@/test/fake-session")).fakeDal);
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const unsubscribe = await import("@/app/api/unsubscribe/route");
const calendar = await import("@/app/calendar/[token]/route");
const webhook = await import("@/app/api/webhooks/resend/route");

const client = "203.0.113.9";
let testDb: TestDatabase;
let world: ActionWorld;
beforeAll(async () => {
  // The requests below come through one proxy of ours, which names the client in X-Forwarded-For.
  vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
  testDb = await createTestDatabase();
  world = await createActionWorld(testDb.db, new Date());
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await testDb.dispose();
});

const unsubscribeGet = (link: URL, from: string) => new NextRequest(`http://localhost${link.pathname}${link.search}`, { headers: { "x-forwarded-for": from } });
const calendarGet = (token: string, from: string) =>
  calendar.GET(new Request(`http://localhost/calendar/${token}`, { headers: { "x-forwarded-for": from } }), { params: Promise.resolve({ token }) });
const feedFor = (user: CurrentUser) => createCalendarFeed(user);

/** Spends the whole allowance, as a flood would have. */
async function exhaust(rule: AbuseRule, who: string) {
  await testDb.db.insert(rateLimits).values({ key: `${rule}:${hashForKey(who)}`, windowStartedAt: new Date(), count: abuseRules[rule].limit });
}

async function expectTooMany(response: Response) {
  expect(response.status).toBe(429);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(await response.text()).toMatch(/^Too many .* Please try again in \d+ (seconds|minutes)\.$/);
}

describe("abuse limits", () => {
  it("one-click unsubscribe: 429 past a link's limit, and the list stays on", async () => {
    await exhaust("unsubscribePerLink", `${world.candidateA.id}:reminders`);
    const link = new URL(unsubscribeUrlFor({ userId: world.candidateA.id, list: "reminders" }));
    const post = new NextRequest(`http://localhost${link.pathname}${link.search}`, {
      method: "POST",
      headers: { "x-forwarded-for": client, "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    await expectTooMany(await unsubscribe.POST(post));
    await expectTooMany(await unsubscribe.GET(unsubscribeGet(link, client)));
    const [candidate] = await testDb.db.select().from(users).where(eq(users.id, world.candidateA.id));
    expect(candidate!.remindersEnabled).toBe(true);
    // Another link is not held up by this one, from the same address.
    const other = new URL(unsubscribeUrlFor({ userId: world.candidateA.id, list: "digest" }));
    expect((await unsubscribe.GET(unsubscribeGet(other, client))).status).toBe(303);
  });

  it("one-click unsubscribe: a mail provider's shared address is not throttled for everyone's links", async () => {
    const gmail = "209.85.220.41";
    const answers = [];
    // More than one client's allowance of old (60 a minute), each for a different person.
    for (let i = 0; i < 70; i += 1) {
      const link = new URL(unsubscribeUrlFor({ userId: randomUUID(), list: "digest" }));
      answers.push((await unsubscribe.GET(unsubscribeGet(link, gmail))).status);
    }
    expect(new Set(answers)).toEqual(new Set([303]));
  });

  it("one-click unsubscribe: past its allowance of bad links, a client is refused before any check", async () => {
    const guesser = "192.0.2.200";
    const bad = new URL(`http://localhost/api/unsubscribe?token=${"x".repeat(40)}`);
    for (let i = 0; i < abuseRules.unsubscribeMisses.limit; i += 1) expect((await unsubscribe.GET(unsubscribeGet(bad, guesser))).status).toBe(400);
    await expectTooMany(await unsubscribe.GET(unsubscribeGet(bad, guesser)));
    const good = new URL(unsubscribeUrlFor({ userId: world.candidateB.id, list: "digest" }));
    await expectTooMany(await unsubscribe.GET(unsubscribeGet(good, guesser)));
    expect((await unsubscribe.GET(unsubscribeGet(good, "192.0.2.201"))).status).toBe(303);
  });

  it("calendar feed: 429 past a feed's limit", async () => {
    const token = await feedFor(world.candidateA);
    await exhaust("calendarFeedPerToken", token);
    await expectTooMany(await calendarGet(token, client));
  });

  it("calendar feed: a calendar service's shared address is not throttled for everyone's feeds", async () => {
    const google = "66.249.84.1";
    const feeds = [await feedFor(world.candidateA), await feedFor(world.candidateB)];
    // Past one client's allowance of old (120 an hour), shared by two people's feeds.
    const answers = [];
    for (let i = 0; i < 130; i += 1) answers.push((await calendarGet(feeds[i % 2]!, google)).status);
    expect(new Set(answers)).toEqual(new Set([200]));
  });

  it("calendar feed: past its allowance of tokens that open nothing, a client is refused before the next is looked up", async () => {
    const guesser = "192.0.2.210";
    for (let i = 0; i < abuseRules.calendarFeedMisses.limit; i += 1) expect((await calendarGet(randomBytes(32).toString("base64url"), guesser)).status).toBe(404);
    await expectTooMany(await calendarGet(randomBytes(32).toString("base64url"), guesser));
    const token = await feedFor(world.candidateB);
    await expectTooMany(await calendarGet(token, guesser));
    expect((await calendarGet(token, "192.0.2.211")).status).toBe(200);
  });

  it("Resend webhooks: 429 past the limit, so Resend comes back later", async () => {
    vi.stubEnv("RESEND_WEBHOOK_SECRET", "whsec_dGVzdHNlY3JldHRlc3RzZWNyZXQ=");
    await exhaust("webhook", client);
    const request = new Request("http://localhost/api/webhooks/resend", { method: "POST", headers: { "x-forwarded-for": client }, body: "{}" });
    await expectTooMany(await webhook.POST(request));
  });
});
