// Each limited endpoint, pushed past its limit: a clear 429 with Retry-After
// (or a form message), and nothing behind it changes.
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

vi.mock("@/lib/auth/dal", async () => (await import("@/test/fake-session")).fakeDal);
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const unsubscribe = await import("@/app/api/unsubscribe/route");
const calendar = await import("@/app/calendar/[token]/route");
const webhook = await import("@/app/api/webhooks/resend/route");

const client = "203.0.113.9";
let testDb: TestDatabase;
let world: ActionWorld;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createActionWorld(testDb.db, new Date());
});
afterAll(() => testDb.dispose());

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
  it("one-click unsubscribe: 429 past the limit, and the list stays on", async () => {
    await exhaust("unsubscribe", client);
    const link = new URL(unsubscribeUrlFor({ userId: world.candidateA.id, list: "reminders" }));
    const post = new NextRequest(`http://localhost${link.pathname}${link.search}`, {
      method: "POST",
      headers: { "x-forwarded-for": client, "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    await expectTooMany(await unsubscribe.POST(post));
    await expectTooMany(await unsubscribe.GET(new NextRequest(`http://localhost${link.pathname}${link.search}`, { headers: { "x-forwarded-for": client } })));
    const [candidate] = await testDb.db.select().from(users).where(eq(users.id, world.candidateA.id));
    expect(candidate!.remindersEnabled).toBe(true);
    // Another client is not held up by this one.
    const other = await unsubscribe.GET(new NextRequest(`http://localhost${link.pathname}${link.search}`, { headers: { "x-forwarded-for": "198.51.100.7" } }));
    expect(other.status).toBe(303);
  });

  it("calendar feed: 429 past the limit, before any token is looked at", async () => {
    await exhaust("calendarFeedPerClient", client);
    const request = new Request("http://localhost/calendar/x", { headers: { "x-forwarded-for": client } });
    await expectTooMany(await calendar.GET(request, { params: Promise.resolve({ token: "a".repeat(43) }) }));
  });

  it("Resend webhooks: 429 past the limit, so Resend comes back later", async () => {
    vi.stubEnv("RESEND_WEBHOOK_SECRET", "whsec_dGVzdHNlY3JldHRlc3RzZWNyZXQ=");
    await exhaust("webhook", client);
    const request = new Request("http://localhost/api/webhooks/resend", { method: "POST", headers: { "x-forwarded-for": client }, body: "{}" });
    await expectTooMany(await webhook.POST(request));
    vi.unstubAllEnvs();
  });
});
