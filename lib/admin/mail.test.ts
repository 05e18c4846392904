import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { emailOutbox, emailSuppressions } from "@/lib/db/schema/delivery";
import { auditLog } from "@/lib/db/schema/privacy";
import { redactedText } from "@/lib/email/link-redaction";
import { hashAddress, suppressAddress } from "@/lib/email/suppression";
import { getMailOverview, recipientHint } from "./mail-overview";
import { liftSuppression, retryFailedEmail } from "./mail-changes";

const MINUTE = 60_000;
const now = new Date("2026-12-07T10:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * MINUTE);

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  await testDb.db.delete(emailOutbox);
  await testDb.db.delete(emailSuppressions);
  await testDb.db.delete(auditLog);
});

let sequence = 0;
async function queue(values: Partial<typeof emailOutbox.$inferInsert>) {
  const [row] = await testDb.db
    .insert(emailOutbox)
    .values({
      idempotencyKey: `mail-view-${(sequence += 1)}`,
      recipient: "jo.evans@example.test",
      template: "interview-reminder",
      subject: "Your interview tomorrow",
      html: "<p>Body</p>",
      text: "Body",
      ...values,
    })
    .returning();
  return row!;
}
const failed = (values: Partial<typeof emailOutbox.$inferInsert> = {}) =>
  queue({ state: "failed", attempts: 8, nextAttemptAt: ago(5), lastError: "422 validation_error: invalid `to` field", ...values });

describe("getMailOverview", () => {
  it("counts every state, finds the oldest due message, and lists failures newest first without bodies or links", async () => {
    await queue({ nextAttemptAt: ago(7) });
    await queue({ nextAttemptAt: ago(2) });
    await queue({ state: "sent", sentAt: ago(1), nextAttemptAt: ago(60) });
    const older = await failed({ nextAttemptAt: ago(30) });
    const newer = await failed({
      template: "sign-in-link",
      recipient: "sam@example.test",
      createdAt: ago(40),
      text: "Sign in: https://site.test/api/auth/callback/email?token=secret123",
      lastError: "refused https://site.test/api/auth/callback/email?token=secret123 (422)",
    });

    const overview = await getMailOverview(world.admin, now);
    expect(overview.counts).toEqual({ pending: 2, sending: 0, sent: 1, failed: 2, suppressed: 0 });
    expect(overview.oldestDueSince).toEqual(ago(7));
    expect(overview.failures.map((row) => row.id)).toEqual([newer.id, older.id]);
    expect(overview.failures[0]).toEqual({
      id: newer.id,
      template: "sign-in-link",
      recipientHint: "s…@example.test",
      attempts: 8,
      failedAt: ago(5),
      reason: "refused [link removed] (422)",
      retry: "link-gone",
    });
    expect(overview.failures[1]).toMatchObject({ retry: "can-retry", reason: "422 validation_error: invalid `to` field" });
    expect(JSON.stringify(overview)).not.toMatch(/secret123|Body|jo\.evans|Your interview/);
  });

  it("lists suppressions as stored, newest first, with the total", async () => {
    await suppressAddress(testDb.db, { address: "old@example.test", reason: "bounced", providerEventId: null, now: ago(60) });
    await suppressAddress(testDb.db, { address: "New@Example.test", reason: "complained", providerEventId: "evt_1", now: ago(1) });
    const overview = await getMailOverview(world.admin, now, { suppressionLimit: 1 });
    expect(overview.suppressions).toEqual([{ addressHash: hashAddress("new@example.test"), reason: "complained", since: ago(1) }]);
    expect(overview.suppressionCount).toBe(2);
  });

  it("refuses anyone but an admin", async () => {
    await expect(getMailOverview(world.consultantA, now)).rejects.toThrow("Admins only");
    await expect(getMailOverview(world.candidateA, now)).rejects.toThrow("Admins only");
  });

  it("hints at a recipient without giving the address", () => {
    expect(recipientHint("jo.evans@example.test")).toBe("j…@example.test");
    expect(recipientHint("not an address")).toBe("…");
  });
});

describe("retryFailedEmail", () => {
  it("queues a copy due now under a new key, audits it, and the failed row keeps its reason", async () => {
    const row = await failed({ createdAt: ago(90), deliverAlone: true, headers: { "List-Unsubscribe": "<https://x.test>" } });
    const result = await retryFailedEmail(world.admin, row.id, now);
    expect(result.status).toBe("queued");
    const copyId = (result as { id: string }).id;
    const [copy] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.id, copyId));
    expect(copy).toMatchObject({
      idempotencyKey: `${row.idempotencyKey}#retry`,
      state: "pending",
      attempts: 0,
      nextAttemptAt: now,
      createdAt: ago(90),
      recipient: row.recipient,
      html: row.html,
      text: row.text,
      deliverAlone: true,
      headers: { "List-Unsubscribe": "<https://x.test>" },
      lastError: null,
      batchId: null,
    });
    const [original] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.id, row.id));
    expect(original).toMatchObject({ state: "failed", lastError: row.lastError, idempotencyKey: row.idempotencyKey });
    expect(await testDb.db.select().from(auditLog)).toEqual([
      expect.objectContaining({ actorId: world.admin.id, candidateId: null, action: "create", entity: "email_retry", entityId: copyId, details: { retryOf: row.id } }),
    ]);

    // Once only, and the view says so.
    expect(await retryFailedEmail(world.admin, row.id, now)).toEqual({ status: "already-retried" });
    expect((await getMailOverview(world.admin, now)).failures.find((failure) => failure.id === row.id)?.retry).toBe("already-retried");
    expect(await testDb.db.select().from(auditLog)).toHaveLength(1);
  });

  it("refuses a message that has not failed, one that is gone, and a link message whose link is blanked or expired", async () => {
    const sent = await queue({ state: "sent", sentAt: ago(1) });
    const pending = await queue({});
    const blanked = await failed({ template: "staff-invitation", createdAt: ago(5), html: `<p>${redactedText}</p>`, text: redactedText, bodyRedactedAt: ago(4) });
    const expired = await failed({ template: "sign-in-link", createdAt: ago(11) });
    expect(await retryFailedEmail(world.admin, sent.id, now)).toEqual({ status: "not-failed" });
    expect(await retryFailedEmail(world.admin, pending.id, now)).toEqual({ status: "not-failed" });
    expect(await retryFailedEmail(world.admin, "00000000-0000-4000-8000-000000000000", now)).toEqual({ status: "not-found" });
    expect(await retryFailedEmail(world.admin, blanked.id, now)).toEqual({ status: "link-gone" });
    expect(await retryFailedEmail(world.admin, expired.id, now)).toEqual({ status: "link-gone" });
    // A sign-in link still inside its ten minutes can go again.
    const fresh = await failed({ template: "sign-in-link", createdAt: ago(3) });
    expect((await retryFailedEmail(world.admin, fresh.id, now)).status).toBe("queued");
    expect(await testDb.db.select().from(emailOutbox)).toHaveLength(6);
    expect(await testDb.db.select().from(auditLog)).toHaveLength(1);
  });

  it("refuses anyone but an admin, changing nothing", async () => {
    const row = await failed();
    await expect(retryFailedEmail(world.consultantA, row.id, now)).rejects.toThrow("Admins only");
    expect(await testDb.db.select().from(emailOutbox)).toHaveLength(1);
  });
});

describe("liftSuppression", () => {
  it("deletes the hash and audits it with its reason; a second lift finds nothing", async () => {
    await suppressAddress(testDb.db, { address: "bounced@example.test", reason: "bounced", providerEventId: null, now: ago(60) });
    const hash = hashAddress("bounced@example.test");
    expect(await liftSuppression(world.admin, hash, now)).toEqual({ status: "lifted" });
    expect(await testDb.db.select().from(emailSuppressions)).toEqual([]);
    expect(await testDb.db.select().from(auditLog)).toEqual([
      expect.objectContaining({ actorId: world.admin.id, action: "delete", entity: "email_suppression", entityId: hash, details: { reason: "bounced" } }),
    ]);
    expect(await liftSuppression(world.admin, hash, now)).toEqual({ status: "not-found" });
    expect(await testDb.db.select().from(auditLog)).toHaveLength(1);
  });

  it("refuses anyone but an admin", async () => {
    await suppressAddress(testDb.db, { address: "kept@example.test", reason: "complained", providerEventId: null, now });
    await expect(liftSuppression(world.consultantB, hashAddress("kept@example.test"), now)).rejects.toThrow("Admins only");
    expect(await testDb.db.select().from(emailSuppressions)).toHaveLength(1);
  });
});
