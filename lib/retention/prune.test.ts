import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { sessions, users, verificationTokens } from "@/lib/db/schema/auth";
import { emailOutbox, rateLimits, webhookEvents } from "@/lib/db/schema/delivery";
import { auditLog } from "@/lib/db/schema/privacy";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { pruneAll, prunedBodyText } from "./prune";

// Each pruning rule on its schedule, with the clock injected, in batches smaller than the work.

const now = new Date("2027-03-01T03:00:00Z");
const day = 86_400_000;
const ago = (days: number) => new Date(now.getTime() - days * day);
let testDb: TestDatabase;
let userId: string;
beforeAll(async () => {
  testDb = await createTestDatabase();
  const [user] = await testDb.db.insert(users).values({ email: "prune@retention.test" }).returning();
  userId = user!.id;
});
afterAll(() => testDb.dispose());

const mail = (key: string, state: "sent" | "pending" | "failed", createdAt: Date) => ({
  idempotencyKey: key,
  userId,
  recipient: "prune@retention.test",
  template: "follow-up-reminder",
  subject: `Subject ${key}`,
  html: `<p>Body ${key}</p>`,
  text: `Body ${key}`,
  attachments: [{ filename: "invite.ics", contentType: "text/calendar", contentBase64: "QkVHSU4=" }],
  state,
  sentAt: state === "sent" ? createdAt : null,
  createdAt,
});

describe("pruning", () => {
  it("removes what each rule names, past its age, and nothing younger, in batches", async () => {
    await testDb.db.insert(auditLog).values([
      ...Array.from({ length: 7 }, () => ({ action: "view" as const, entity: "old", at: ago(2 * 365 + 1) })),
      { action: "view" as const, entity: "young", at: ago(2 * 365 - 1) },
    ]);
    await consumeRateLimit("spent", { limit: 5, windowMs: 60_000 }, ago(1));
    await consumeRateLimit("current", { limit: 5, windowMs: 2 * day }, ago(1));
    await testDb.db.insert(webhookEvents).values([
      { id: "evt-old", type: "email.delivered", receivedAt: ago(31) },
      { id: "evt-young", type: "email.delivered", receivedAt: ago(29) },
    ]);
    await testDb.db.insert(emailOutbox).values([mail("old-sent", "sent", ago(91)), mail("young-sent", "sent", ago(89)), mail("old-pending", "pending", ago(91)), mail("old-failed", "failed", ago(91))]);
    await testDb.db.insert(verificationTokens).values([
      { identifier: "prune@retention.test", token: "expired", expires: ago(1) },
      { identifier: "prune@retention.test", token: "live", expires: new Date(now.getTime() + 600_000) },
    ]);
    await testDb.db.insert(sessions).values([
      { sessionToken: "expired-session", userId, expires: ago(1) },
      { sessionToken: "live-session", userId, expires: new Date(now.getTime() + day) },
    ]);

    expect(await pruneAll(testDb.db, now, 3)).toEqual({
      auditLog: 7, rateLimits: 1, webhookEvents: 1, messageBodies: 2, signInTokens: 1, sessions: 1,
    });

    expect((await testDb.db.select({ entity: auditLog.entity }).from(auditLog)).map((row) => row.entity)).toEqual(["young"]);
    expect((await testDb.db.select({ key: rateLimits.key }).from(rateLimits)).map((row) => row.key)).toEqual(["current"]);
    expect((await testDb.db.select({ id: webhookEvents.id }).from(webhookEvents)).map((row) => row.id)).toEqual(["evt-young"]);
    expect((await testDb.db.select({ token: verificationTokens.token }).from(verificationTokens)).map((row) => row.token)).toEqual(["live"]);
    expect((await testDb.db.select({ token: sessions.sessionToken }).from(sessions)).map((row) => row.token)).toEqual(["live-session"]);

    const messages = await testDb.db.select().from(emailOutbox).orderBy(emailOutbox.idempotencyKey);
    const byKey = Object.fromEntries(messages.map((row) => [row.idempotencyKey, row]));
    // The record that it was sent stays; its text and attachments go.
    expect(byKey["old-sent"]).toMatchObject({ subject: "Subject old-sent", state: "sent", text: prunedBodyText, attachments: [], bodyRedactedAt: now });
    expect(byKey["old-failed"]).toMatchObject({ text: prunedBodyText });
    // Not yet sent (the worker may still deliver it) or younger than 90 days: untouched.
    expect(byKey["old-pending"]).toMatchObject({ text: "Body old-pending", bodyRedactedAt: null });
    expect(byKey["young-sent"]).toMatchObject({ text: "Body young-sent", bodyRedactedAt: null });
  });

  it("changes nothing the second time", async () => {
    const before = await testDb.db.execute(sql`select count(*) from email_outbox where body_redacted_at is null`);
    expect(Object.values(await pruneAll(testDb.db, now, 3)).every((count) => count === 0)).toBe(true);
    expect(await testDb.db.execute(sql`select count(*) from email_outbox where body_redacted_at is null`)).toEqual(before);
    expect(await testDb.db.select().from(users).where(eq(users.id, userId))).toHaveLength(1);
  });
});
