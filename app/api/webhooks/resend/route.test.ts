import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { emailEvent, newWebhookSecret, signedHeaders, type Signing } from "@/test/resend-webhooks";
import { setDatabaseForTesting, type Database } from "@/lib/db/client";
import { emailOutbox, emailSuppressions, webhookEvents } from "@/lib/db/schema/delivery";
import { suppressedAddresses } from "@/lib/email/suppression";
import { recordLogs } from "@/test/logs/log-lines";
import { POST } from "./route";

const secret = newWebhookSecret();
const sentAt = new Date("2026-11-26T10:00:00Z");
let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  vi.stubEnv("RESEND_WEBHOOK_SECRET", secret);
  await testDb.db.delete(webhookEvents);
  await testDb.db.delete(emailSuppressions);
  await testDb.db.delete(emailOutbox);
  await testDb.db.insert(emailOutbox).values(
    ["re_email_1", "re_email_2"].map((providerMessageId, i) => ({
      idempotencyKey: `key-${i}`,
      recipient: i === 0 ? "Jo.Evans@Example.com" : "sam@example.com",
      template: "interview-tomorrow",
      subject: "Your interview tomorrow",
      html: "<p>Hello</p>",
      text: "Hello",
      state: "sent" as const,
      sentAt,
      providerMessageId,
    })),
  );
});
afterEach(() => {
  recording?.stop();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

type Delivery = { body: string; headers: Record<string, string> };

function signed(payload: unknown, signing: Partial<Signing> = {}): Delivery {
  const body = typeof payload === "string" ? payload : JSON.stringify(payload);
  return { body, headers: signedHeaders(body, { secret, ...signing }) };
}
const post = ({ body, headers }: Delivery) =>
  POST(new Request("http://localhost:3000/api/webhooks/resend", { method: "POST", body, headers }));

const outboxRow = async (providerMessageId = "re_email_1") =>
  (await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.providerMessageId, providerMessageId)))[0]!;
const providerEventOf = async (providerMessageId = "re_email_1") => {
  const row = await outboxRow(providerMessageId);
  return { event: row.providerEvent, at: row.providerEventAt?.toISOString() ?? null };
};
const seenIds = async () => (await testDb.db.select().from(webhookEvents)).map((row) => `${row.id}:${row.type}`);
let recording: ReturnType<typeof recordLogs> | undefined;
/** Keeps the route's log lines from the output, to assert on. */
const quietly = () => {
  recording = recordLogs();
  const said = (level: string) => recording!.lines.filter((line) => line.level === level);
  return { warned: () => said("warn"), logged: () => said("error") };
};

const deliveredAt = "2026-11-26T10:00:05.123Z";
const permanentBounce = () =>
  emailEvent("email.bounced", "2026-11-26T10:00:06.000Z", {
    to: ["Jo.Evans@Example.com"],
    bounce: { type: "Permanent", subType: "General", message: "The recipient's mailbox does not exist." },
  });

describe("POST /api/webhooks/resend", () => {
  it("accepts a correctly signed event and records it on the message's outbox row only", async () => {
    const delivery = signed(emailEvent("email.delivered", deliveredAt), { id: "msg_delivered" });
    const response = await post(delivery);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(await providerEventOf()).toEqual({ event: "email.delivered", at: deliveredAt });
    expect(await providerEventOf("re_email_2")).toEqual({ event: null, at: null });
    expect(await seenIds()).toEqual(["msg_delivered:email.delivered"]);
  });

  it("refuses a forged signature, a wrong secret, missing headers, and stale or future timestamps with 401, changing nothing", async () => {
    const { warned } = quietly();
    const payload = permanentBounce();
    const tampered = signed(payload);
    tampered.body = tampered.body.replace("Permanent", "Transient");
    const forgedSignature = signed(payload);
    forgedSignature.headers["svix-signature"] = `v1,${Buffer.alloc(32, 7).toString("base64")}`;
    const withoutSignature = signed(payload);
    delete (withoutSignature.headers as Record<string, string | undefined>)["svix-signature"];
    // Each with the reason it must be refused for, so none passes by failing some other check.
    const attempts: [string, Delivery, string][] = [
      ["tampered body", tampered, "No matching signature"],
      ["forged signature", forgedSignature, "No matching signature"],
      ["no signature header", withoutSignature, "signature headers missing"],
      ["wrong secret", signed(payload, { secret: newWebhookSecret() }), "No matching signature"],
      ["ten minutes old", signed(payload, { at: new Date(Date.now() - 10 * 60_000) }), "too old"],
      ["ten minutes ahead", signed(payload, { at: new Date(Date.now() + 10 * 60_000) }), "too new"],
    ];
    for (const [name, attempt, reason] of attempts) {
      const response = await post(attempt);
      expect({ name, status: response.status }).toEqual({ name, status: 401 });
      expect(await response.json()).toEqual({ error: "Invalid signature" });
      expect(warned().at(-1)).toMatchObject({ msg: "Resend webhook refused", reason: expect.stringContaining(reason) });
    }
    expect(await providerEventOf()).toEqual({ event: null, at: null });
    expect(await seenIds()).toEqual([]);
    expect(await testDb.db.select().from(emailSuppressions)).toEqual([]);
  });

  it("processes a replayed delivery once and answers the second with 409", async () => {
    const delivery = signed(emailEvent("email.delivered", deliveredAt), { id: "msg_once" });
    expect((await post(delivery)).status).toBe(200);
    // Cleared by hand: if the replay were applied, it would write the event again.
    await testDb.db.update(emailOutbox).set({ providerEvent: null, providerEventAt: null });
    const replay = await post(delivery);
    expect(replay.status).toBe(409);
    expect(await providerEventOf()).toEqual({ event: null, at: null });
    expect(await seenIds()).toEqual(["msg_once:email.delivered"]);
  });

  it("suppresses the address of a permanent bounce, in any case", async () => {
    const response = await post(signed(permanentBounce(), { id: "msg_bounce" }));
    expect(response.status).toBe(200);
    expect(await providerEventOf()).toEqual({ event: "email.bounced", at: "2026-11-26T10:00:06.000Z" });
    expect(await suppressedAddresses(testDb.db, ["jo.evans@example.com", "JO.EVANS@EXAMPLE.COM", "sam@example.com"])).toEqual(
      new Set(["jo.evans@example.com", "JO.EVANS@EXAMPLE.COM"]),
    );
    expect(await testDb.db.select({ reason: emailSuppressions.reason, event: emailSuppressions.providerEventId }).from(emailSuppressions)).toEqual([
      { reason: "bounced", event: "msg_bounce" },
    ]);
  });

  it("suppresses the address of a complaint", async () => {
    const complaint = emailEvent("email.complained", "2026-11-26T11:00:00.000Z", { to: ["jo.evans@example.com"] });
    expect((await post(signed(complaint))).status).toBe(200);
    expect(await providerEventOf()).toEqual({ event: "email.complained", at: "2026-11-26T11:00:00.000Z" });
    expect(await suppressedAddresses(testDb.db, ["Jo.Evans@Example.com"])).toEqual(new Set(["Jo.Evans@Example.com"]));
    expect(await testDb.db.select({ reason: emailSuppressions.reason }).from(emailSuppressions)).toEqual([{ reason: "complained" }]);
  });

  it("records a transient bounce without suppressing the address", async () => {
    const transient = emailEvent("email.bounced", "2026-11-26T10:00:06.000Z", {
      bounce: { type: "Transient", subType: "MailboxFull", message: "The recipient's mailbox is full." },
    });
    expect((await post(signed(transient))).status).toBe(200);
    expect(await providerEventOf()).toEqual({ event: "email.bounced", at: "2026-11-26T10:00:06.000Z" });
    expect(await suppressedAddresses(testDb.db, ["jo.evans@example.com"])).toEqual(new Set());
  });

  it("acknowledges an event type it does not act on, remembers it, and changes no outbox row", async () => {
    const before = await testDb.db.select().from(emailOutbox);
    const contact = {
      type: "contact.created",
      created_at: "2026-11-26T10:00:00.000Z",
      data: { id: "c_1", email: "jo.evans@example.com", email_id: "re_email_1" },
    };
    const response = await post(signed(contact, { id: "msg_contact" }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(await testDb.db.select().from(emailOutbox)).toEqual(before);
    expect(await seenIds()).toEqual(["msg_contact:contact.created"]);
  });

  it("answers 400 to a signed body that is not a valid event, and stores nothing", async () => {
    quietly();
    const bodies = [
      "{not json",
      [],
      { data: {} },
      emailEvent("email.delivered", "yesterday"),
      emailEvent("email.delivered", deliveredAt, { email_id: undefined }),
      emailEvent("email.bounced", deliveredAt, { bounce: undefined }),
    ];
    for (const body of bodies) {
      expect((await post(signed(body))).status).toBe(400);
    }
    expect(await seenIds()).toEqual([]);
    expect(await providerEventOf()).toEqual({ event: null, at: null });
  });

  it("refuses a body over 256 KB with 413 before looking at it", async () => {
    const huge = emailEvent("email.delivered", deliveredAt, { subject: "x".repeat(256 * 1024) });
    const response = await post(signed(huge));
    expect(response.status).toBe(413);
    expect(await seenIds()).toEqual([]);
  });

  it("answers 503 and logs when no secret is configured, even to a signed event", async () => {
    const { logged } = quietly();
    vi.stubEnv("RESEND_WEBHOOK_SECRET", "");
    const response = await post(signed(permanentBounce()));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: "Webhook signing secret is not configured" });
    expect(logged().map((line) => line.msg)).toContainEqual(expect.stringContaining("RESEND_WEBHOOK_SECRET"));
    expect(await seenIds()).toEqual([]);
    expect(await testDb.db.select().from(emailSuppressions)).toEqual([]);
  });

  it("answers 503 and logs when the configured secret cannot be decoded", async () => {
    const { logged } = quietly();
    vi.stubEnv("RESEND_WEBHOOK_SECRET", "whsec_not*base64!");
    const response = await post(signed(emailEvent("email.delivered", deliveredAt)));
    expect(response.status).toBe(503);
    expect(logged()).toContainEqual(
      expect.objectContaining({
        msg: "Resend webhook failed",
        err: expect.objectContaining({ message: expect.stringContaining("RESEND_WEBHOOK_SECRET is not a usable signing secret") }),
      }),
    );
    expect(await seenIds()).toEqual([]);
  });

  it("answers 503, so Resend retries, when the database fails", async () => {
    quietly();
    const broken = {
      db: { transaction: () => Promise.reject(new Error("connection refused")) } as unknown as Database,
      driver: "pglite" as const,
      close: async () => {},
    };
    setDatabaseForTesting(broken);
    try {
      expect((await post(signed(emailEvent("email.delivered", deliveredAt)))).status).toBe(503);
    } finally {
      setDatabaseForTesting({ db: testDb.db, driver: testDb.driver, close: async () => {} });
    }
  });
});
