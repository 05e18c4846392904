import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { emailEvent, newWebhookSecret, signedHeaders } from "@/test/resend-webhooks";
import { emailOutbox, emailSuppressions, webhookEvents } from "@/lib/db/schema/delivery";
import { suppressedAddresses } from "./suppression";
import { receiveResendWebhook, signedWebhookFrom } from "./webhooks";

const secret = newWebhookSecret();
const now = new Date("2026-11-26T10:05:00Z");
let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  await testDb.db.delete(webhookEvents);
  await testDb.db.delete(emailSuppressions);
  await testDb.db.delete(emailOutbox);
  await testDb.db.insert(emailOutbox).values({
    idempotencyKey: "key-1",
    recipient: "jo.evans@example.com",
    template: "interview-tomorrow",
    subject: "Your interview tomorrow",
    html: "<p>Hello</p>",
    text: "Hello",
    state: "sent",
    sentAt: new Date("2026-11-26T10:00:00Z"),
    providerMessageId: "re_email_1",
  });
});

function receive(payload: unknown, options: { id?: string; signingSecret?: string } = {}) {
  const body = JSON.stringify(payload);
  const headers = new Headers(signedHeaders(body, { secret: options.signingSecret ?? secret, id: options.id }));
  return receiveResendWebhook(testDb.db, signedWebhookFrom(body, headers), secret, now);
}
const providerEvent = async () => {
  const [row] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.providerMessageId, "re_email_1"));
  return `${row!.providerEvent} at ${row!.providerEventAt?.toISOString()}`;
};

describe("receiving Resend webhooks", () => {
  it("keeps the latest event on the row however late an older one arrives", async () => {
    await receive(emailEvent("email.delivered", "2026-11-26T10:00:05.000Z"));
    expect(await receive(emailEvent("email.sent", "2026-11-26T10:00:01.000Z"))).toEqual({ status: "processed", type: "email.sent" });
    expect(await providerEvent()).toBe("email.delivered at 2026-11-26T10:00:05.000Z");
    await receive(emailEvent("email.opened", "2026-11-26T10:30:00.000Z"));
    expect(await providerEvent()).toBe("email.opened at 2026-11-26T10:30:00.000Z");
  });

  it("suppresses every recipient of a permanent bounce, whatever the case of its type", async () => {
    const bounce = emailEvent("email.bounced", "2026-11-26T10:00:06.000Z", {
      to: ["a@example.com", " B@Example.com "],
      bounce: { type: "PERMANENT", subType: "General", message: "No such user" },
    });
    expect(await receive(bounce, { id: "msg_bounce" })).toEqual({ status: "processed", type: "email.bounced" });
    expect(await suppressedAddresses(testDb.db, ["a@example.com", "b@example.com", "jo.evans@example.com"])).toEqual(
      new Set(["a@example.com", "b@example.com"]),
    );
    const rows = await testDb.db.select().from(emailSuppressions);
    expect(rows.map((row) => [row.reason, row.providerEventId, row.createdAt])).toEqual([
      ["bounced", "msg_bounce", now],
      ["bounced", "msg_bounce", now],
    ]);
  });

  it("records an undetermined bounce without suppressing", async () => {
    const bounce = emailEvent("email.bounced", "2026-11-26T10:00:06.000Z", { bounce: { type: "Undetermined", subType: "", message: "" } });
    await receive(bounce);
    expect(await providerEvent()).toBe("email.bounced at 2026-11-26T10:00:06.000Z");
    expect(await testDb.db.select().from(emailSuppressions)).toEqual([]);
  });

  it("suppresses a bounced address even when the message is not one of ours", async () => {
    const bounce = emailEvent("email.bounced", "2026-11-26T10:00:06.000Z", {
      email_id: "re_someone_else",
      to: ["stranger@example.com"],
      bounce: { type: "Permanent", subType: "General", message: "No such user" },
    });
    await receive(bounce);
    expect(await suppressedAddresses(testDb.db, ["stranger@example.com"])).toEqual(new Set(["stranger@example.com"]));
    expect(await providerEvent()).toBe("null at undefined");
  });

  it("ignores inbound mail events, even with an id that matches a sent message", async () => {
    const inbound = emailEvent("email.received", "2026-11-26T10:00:06.000Z", { bcc: [], cc: [], received_for: [], attachments: [] });
    expect(await receive(inbound, { id: "msg_inbound" })).toEqual({ status: "ignored", type: "email.received" });
    expect(await providerEvent()).toBe("null at undefined");
    expect(await testDb.db.select({ id: webhookEvents.id, receivedAt: webhookEvents.receivedAt }).from(webhookEvents)).toEqual([
      { id: "msg_inbound", receivedAt: now },
    ]);
  });

  it("accepts a signature made with either secret while one is being rotated", async () => {
    const body = JSON.stringify(emailEvent("email.delivered", "2026-11-26T10:00:05.000Z"));
    const old = signedHeaders(body, { secret: newWebhookSecret(), id: "msg_rotated" });
    const current = signedHeaders(body, { secret, id: "msg_rotated", at: new Date(Number(old["svix-timestamp"]) * 1000) });
    const headers = new Headers({ ...old, "svix-signature": `${old["svix-signature"]} ${current["svix-signature"]}` });
    expect(await receiveResendWebhook(testDb.db, signedWebhookFrom(body, headers), secret, now)).toMatchObject({ status: "processed" });
  });

  it("applies two simultaneous deliveries of one message once", async () => {
    const body = JSON.stringify(emailEvent("email.delivered", "2026-11-26T10:00:05.000Z"));
    const headers = new Headers(signedHeaders(body, { secret, id: "msg_twice" }));
    const outcomes = await Promise.all([1, 2].map(() => receiveResendWebhook(testDb.db, signedWebhookFrom(body, headers), secret, now)));
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["processed", "replayed"]);
    expect(await testDb.db.select().from(webhookEvents)).toHaveLength(1);
  });
});
