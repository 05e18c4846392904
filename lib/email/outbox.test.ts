import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { recordingTransport } from "@/test/recording-transport";
import { emailOutbox } from "@/lib/db/schema/delivery";
import SignInLinkEmail from "@/emails/sign-in-link";
import { enqueueEmail } from "./outbox";
import { claimAloneEmails, deliverClaimedEmail, deliverDueEmails, maxDeliveryAttempts } from "./outbox-delivery";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  await testDb.db.delete(emailOutbox);
});

const t0 = new Date("2026-11-26T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);
const lease = { leaseMs: 2 * 60_000 };

/** A sign-in link, which goes alone (like every message sendEmail delivers at once). */
async function queueSignIn(key?: string, template = "sign-in-link") {
  return enqueueEmail({
    to: "candidate@example.com",
    template,
    subject: "Your sign-in link",
    element: SignInLinkEmail({ url: "http://localhost/cb?token=abc", expiresInMinutes: 10, siteName: "Next Steps" }),
    idempotencyKey: key,
    deliverAlone: true,
  }, t0);
}

describe("email outbox", () => {
  it("stores HTML and plain text before any delivery", async () => {
    const { id } = await queueSignIn();
    const [row] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({ state: "pending", attempts: 0, recipient: "candidate@example.com", deliverAlone: true });
    expect(row!.html).toContain('href="http://localhost/cb?token=abc"');
    expect(row!.text).toContain("http://localhost/cb?token=abc");
    expect(row!.text).not.toContain("<");
  });

  it("keeps one row per idempotency key", async () => {
    const first = await queueSignIn("same-key");
    const second = await queueSignIn("same-key");
    expect(second).toEqual({ id: first.id, created: false });
    expect(await testDb.db.select().from(emailOutbox)).toHaveLength(1);
  });

  it("sends a message with an attachment on its own", async () => {
    const { id } = await enqueueEmail({
      to: "candidate@example.com",
      template: "interview-tomorrow",
      subject: "Tomorrow",
      element: SignInLinkEmail({ url: "http://localhost/x", expiresInMinutes: 10, siteName: "Next Steps" }),
      attachments: [{ filename: "interview.ics", contentType: "text/calendar", contentBase64: Buffer.from("BEGIN:VCALENDAR").toString("base64") }],
    }, t0);
    const transport = recordingTransport();
    expect(await deliverDueEmails(testDb.db, transport, later(1000))).toMatchObject({ sent: 1, requests: 1 });
    expect(transport.batches).toHaveLength(0);
    expect(transport.sent[0]?.attachments).toEqual([expect.objectContaining({ filename: "interview.ics" })]);
    expect(transport.sent[0]?.headers["X-Entity-Ref-ID"]).toBe(id);
  });
});

describe("messages delivered alone", () => {
  it("delivers each due row once, with the row's idempotency key", async () => {
    await queueSignIn("k1");
    await queueSignIn("k2");
    const transport = recordingTransport();
    expect(await deliverDueEmails(testDb.db, transport, later(1000))).toMatchObject({ claimed: 2, sent: 2, requests: 2 });
    expect(await deliverDueEmails(testDb.db, transport, later(2000))).toMatchObject({ claimed: 0, sent: 0 });
    expect(transport.sent.map((email) => email.idempotencyKey).sort()).toEqual(["k1", "k2"]);
    const rows = await testDb.db.select().from(emailOutbox);
    expect(rows.every((row) => row.state === "sent" && row.sentAt && row.providerMessageId)).toBe(true);
  });

  it("never hands the same row to two claimants", async () => {
    for (let i = 0; i < 20; i++) await queueSignIn(`bulk-${i}`);
    const claims = await Promise.all(
      Array.from({ length: 4 }, () => claimAloneEmails(testDb.db, { now: later(1000), limit: 7, ...lease })),
    );
    const ids = claims.flat().map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(20);
  });

  it("reclaims a row whose worker died, but only after the lease", async () => {
    await queueSignIn("crash");
    const [claimed] = await claimAloneEmails(testDb.db, { now: later(1000), limit: 10, ...lease });
    expect(claimed).toBeDefined();
    // The worker holding it dies here without recording anything.
    expect(await claimAloneEmails(testDb.db, { now: later(60_000), limit: 10, ...lease })).toHaveLength(0);
    const [again] = await claimAloneEmails(testDb.db, { now: later(3 * 60_000 + 1000), limit: 10, ...lease });
    expect(again?.id).toBe(claimed!.id);
    expect(again?.attempts).toBe(2);
    expect(again?.idempotencyKey).toBe("crash");
  });

  it("backs off on a retryable failure, honouring retry-after, then fails for good", async () => {
    // A message that outlives its hours of retries: a sign-in link is given up once it expires (link-redaction.test.ts).
    const { id } = await queueSignIn("flaky", "interview-tomorrow");
    const transport = recordingTransport({ single: [{ ok: false, retryable: true, reason: "429 rate_limit_exceeded", retryAfterMs: 120_000 }] });
    expect(await deliverDueEmails(testDb.db, transport, later(0))).toMatchObject({ sent: 0, retried: 1, failed: 0 });
    let [row] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({ state: "pending", lastError: "429 rate_limit_exceeded" });
    expect(row!.nextAttemptAt.getTime()).toBe(later(120_000).getTime());
    expect(await deliverDueEmails(testDb.db, transport, later(60_000))).toMatchObject({ claimed: 0 });

    const alwaysDown = recordingTransport({
      single: Array.from({ length: maxDeliveryAttempts }, () => ({ ok: false as const, retryable: true, reason: "503" })),
    });
    for (let hour = 1; hour <= maxDeliveryAttempts + 1; hour++) {
      await deliverDueEmails(testDb.db, alwaysDown, later(hour * 3_600_000));
    }
    [row] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({ state: "failed", attempts: maxDeliveryAttempts, lastError: "503" });
  });

  it("after a 429 retries when the provider said, without the exponential backoff", async () => {
    const { id } = await queueSignIn("rate-limited");
    const transport = recordingTransport({
      single: [{ ok: false, retryable: true, rateLimited: true, reason: "429 rate_limit_exceeded", retryAfterMs: 1000 }, { ok: false, retryable: true, reason: "500 internal_server_error" }],
    });
    await deliverDueEmails(testDb.db, transport, later(0));
    let [row] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row!.nextAttemptAt.getTime()).toBe(later(1000).getTime());
    // A 500 on the second attempt backs off: 30 s doubled once.
    await deliverDueEmails(testDb.db, transport, later(1000));
    [row] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row!.nextAttemptAt.getTime()).toBe(later(1000 + 60_000).getTime());
  });

  it("records a permanent failure at once", async () => {
    const { id } = await queueSignIn("bad-address");
    const [claimed] = await claimAloneEmails(testDb.db, { now: later(0), limit: 1, ...lease });
    const outcome = await deliverClaimedEmail(
      testDb.db,
      claimed!,
      recordingTransport({ single: [{ ok: false, retryable: false, reason: "422 validation_error" }] }),
      later(0),
    );
    expect(outcome).toMatchObject({ failed: 1 });
    const [row] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({ state: "failed", attempts: 1 });
  });
});

describe("subjects", () => {
  it("stores and sends a subject with line breaks as one line, so it cannot add a header", async () => {
    const injected = "Thank you\r\nBcc: everyone@example.net\nX-Evil: 1";
    const { id } = await enqueueEmail({
      to: "candidate@example.com",
      template: "sign-in-link",
      subject: injected,
      element: SignInLinkEmail({ url: "http://localhost/x", expiresInMinutes: 10, siteName: "Next Steps" }),
      deliverAlone: true,
    }, t0);
    const [row] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row!.subject).toBe("Thank you Bcc: everyone@example.net X-Evil: 1");

    // A row stored before the fix still goes out on one line.
    await testDb.db.update(emailOutbox).set({ subject: injected }).where(eq(emailOutbox.id, id));
    const transport = recordingTransport();
    const [claimed] = await claimAloneEmails(testDb.db, { now: t0, ...lease, limit: 1, onlyId: id });
    await deliverClaimedEmail(testDb.db, claimed!, transport, t0);
    expect(transport.sent.map((email) => email.subject)).toEqual(["Thank you Bcc: everyone@example.net X-Evil: 1"]);
  });
});
