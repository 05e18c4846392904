import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { recordingTransport } from "@/test/recording-transport";
import { emailOutbox, emailSuppressions } from "@/lib/db/schema/delivery";
import SignInLinkEmail from "@/emails/sign-in-link";
import { enqueueEmail } from "./outbox";
import { claimBatchRetry, claimFreshBatch } from "./outbox-claims";
import { deliverBatch, deliverDueEmails } from "./outbox-delivery";
import { suppressAddress } from "./suppression";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  await testDb.db.delete(emailOutbox);
  await testDb.db.delete(emailSuppressions);
});

const t0 = new Date("2026-11-26T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);
const lease = { leaseMs: 2 * 60_000 };
const element = SignInLinkEmail({ url: "http://localhost/plan", expiresInMinutes: 10, siteName: "Next Steps" });

/** Reminder-like messages: batchable, one recipient each. */
async function queueReminders(count: number, prefix = "r", template = "follow-up-reminder") {
  for (let i = 0; i < count; i++) {
    await enqueueEmail({ to: `${prefix}${i}@example.com`, template, subject: `Reminder ${i}`, element, idempotencyKey: `${prefix}-${i}` }, t0);
  }
}

const allRows = () => testDb.db.select().from(emailOutbox).orderBy(asc(emailOutbox.id));

describe("batched delivery", () => {
  it("sends due messages 100 to a request, each batch keyed by its durable id, each message once", async () => {
    await queueReminders(250);
    const transport = recordingTransport();
    const passes = [];
    for (let pass = 0; pass < 4; pass++) passes.push(await deliverDueEmails(testDb.db, transport, later(1000)));
    expect(passes.map((tally) => tally.sent)).toEqual([100, 100, 50, 0]);
    expect(transport.batches.map((batch) => batch.emails.length)).toEqual([100, 100, 50]);

    const rows = await allRows();
    expect(rows.every((row) => row.state === "sent" && row.batchId)).toBe(true);
    for (const batch of transport.batches) {
      const batchId = batch.key.replace(/^batch:/, "");
      const members = rows.filter((row) => row.batchId === batchId).map((row) => row.id);
      // The batch's id is its first row's, and it was sent in id order.
      expect(members[0]).toBe(batchId);
      expect(batch.emails.map((email) => email.headers["X-Entity-Ref-ID"])).toEqual(members);
    }
    const refs = transport.sent.map((email) => email.idempotencyKey);
    expect(new Set(refs).size).toBe(250);
  });

  it("four workers claiming at once take disjoint batches", async () => {
    await queueReminders(60);
    const claims = await Promise.all(
      Array.from({ length: 4 }, () => claimFreshBatch(testDb.db, { now: later(1000), maxSize: 20, ...lease })),
    );
    const ids = claims.flatMap((claim) => claim.batch?.rows.map((row) => row.id) ?? []);
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
  });

  it("a batch whose worker died comes back whole, same id and order, only after the lease, to one worker", async () => {
    await queueReminders(5);
    const { batch } = await claimFreshBatch(testDb.db, { now: later(1000), maxSize: 100, ...lease });
    // The worker dies here: maybe before the request, maybe after Resend accepted it.
    await queueReminders(3, "new");
    expect(await claimBatchRetry(testDb.db, { now: later(60_000), ...lease })).toBeNull();

    const retries = await Promise.all(Array.from({ length: 4 }, () => claimBatchRetry(testDb.db, { now: later(3 * 60_000), ...lease })));
    const won = retries.filter((retry) => retry !== null);
    expect(won).toHaveLength(1);
    expect(won[0]!.batchId).toBe(batch!.batchId);
    expect(won[0]!.rows.map((row) => row.id)).toEqual(batch!.rows.map((row) => row.id));
    expect(won[0]!.rows.every((row) => row.attempts === 2)).toBe(true);

    const transport = recordingTransport();
    await deliverBatch(testDb.db, won[0]!, transport, later(3 * 60_000));
    expect(transport.batches[0]!.key).toBe(`batch:${batch!.batchId}`);
    expect(transport.batches[0]!.emails).toHaveLength(5);
  });

  it("a failed request puts the whole batch back for the same request later, never mixed with newer mail", async () => {
    await queueReminders(4);
    const transport = recordingTransport({ batch: [{ ok: false, retryable: true, reason: "500 internal_server_error" }] });
    expect(await deliverDueEmails(testDb.db, transport, later(0), { backoffBaseMs: 1000 })).toMatchObject({ retried: 4 });
    let rows = await allRows();
    expect(rows.every((row) => row.state === "pending" && row.attempts === 1 && row.lastError === "500 internal_server_error")).toBe(true);
    expect(rows[0]!.nextAttemptAt.getTime()).toBe(later(1000).getTime());

    await queueReminders(2, "new");
    await deliverDueEmails(testDb.db, transport, later(1000));
    expect(transport.batches.map((batch) => batch.key)).toEqual([transport.batches[0]!.key, transport.batches[0]!.key, expect.any(String)]);
    expect(transport.batches[1]!.emails.map((email) => email.idempotencyKey)).toEqual(transport.batches[0]!.emails.map((email) => email.idempotencyKey));
    expect(transport.batches[2]!.emails.map((email) => email.idempotencyKey).sort()).toEqual(["new-0", "new-1"]);
    rows = await allRows();
    expect(rows.every((row) => row.state === "sent")).toBe(true);
  });

  it("a message refused within the batch fails alone with Resend's reason", async () => {
    await queueReminders(3);
    const transport = recordingTransport({
      batch: [{ ok: true, results: [{ ok: true, providerMessageId: "a" }, { ok: false, reason: "refused by Resend: Invalid `to`" }, { ok: true, providerMessageId: "c" }] }],
    });
    expect(await deliverDueEmails(testDb.db, transport, later(0))).toMatchObject({ sent: 2, failed: 1 });
    const rows = await allRows();
    expect(rows.map((row) => row.state)).toEqual(["sent", "failed", "sent"]);
    expect(rows[1]!.lastError).toContain("Invalid `to`");
  });

  it("under a rate limit, claims the batch after its request slot comes up, taking in what fell due meanwhile", async () => {
    await queueReminders(2, "early");
    await enqueueEmail({ to: "late@example.com", template: "follow-up-reminder", subject: "Late", element, idempotencyKey: "late" }, later(500));
    const transport = { ...recordingTransport(), waitForSlot: async () => 600 };
    const tally = await deliverDueEmails(testDb.db, transport, t0);
    expect(tally).toMatchObject({ sent: 3, requests: 1 });
    expect(transport.batches[0]!.emails.map((email) => email.idempotencyKey).sort()).toEqual(["early-0", "early-1", "late"]);
    const [late] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, "late"));
    expect(late!.sentAt?.getTime()).toBe(later(600).getTime());
  });

  it("an idle worker takes no request slot", async () => {
    let slotsTaken = 0;
    const transport = { ...recordingTransport(), waitForSlot: async () => ((slotsTaken += 1), 0) };
    expect(await deliverDueEmails(testDb.db, transport, t0)).toMatchObject({ claimed: 0 });
    expect(slotsTaken).toBe(0);
  });

  it("never sends to a suppressed address, except a sign-in link the person asked for", async () => {
    await suppressAddress(testDb.db, { address: "R1@Example.com", reason: "bounced", providerEventId: "evt", now: t0 });
    await queueReminders(3);
    await enqueueEmail({ to: "r1@example.com", template: "sign-in-link", subject: "Sign in", element, idempotencyKey: "signin", deliverAlone: true }, t0);
    const transport = recordingTransport();
    expect(await deliverDueEmails(testDb.db, transport, later(0))).toMatchObject({ sent: 3, suppressed: 1 });
    const [suppressed] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, "r-1"));
    expect(suppressed).toMatchObject({ state: "suppressed", batchId: null, sentAt: null });
    expect(transport.sent.map((email) => email.to).sort()).toEqual(["r0@example.com", "r1@example.com", "r2@example.com"]);
    expect(transport.sent.find((email) => email.to === "r1@example.com")?.subject).toBe("Sign in");
  });
});
