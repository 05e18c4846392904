import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeResend } from "@/test/fake-resend";
import { createResendTransport, parseRetryAfter } from "./resend";
import type { OutgoingEmail } from "./transport";

let fake: Awaited<ReturnType<typeof startFakeResend>>;
beforeAll(async () => {
  fake = await startFakeResend();
});
afterAll(() => fake.close());

const email: OutgoingEmail = {
  from: "Next Steps <no-reply@next-steps.localhost>",
  to: "candidate@example.com",
  subject: "Hello",
  html: "<p>Hello</p>",
  text: "Hello",
  replyTo: "reply@example.com",
  headers: { "X-Entity-Ref-ID": "row-1" },
  idempotencyKey: "outbox-row-1",
};

describe("Resend transport (real SDK, fake API)", () => {
  it("sends the row's idempotency key, both bodies and the headers", async () => {
    const result = await createResendTransport({ apiKey: "re_test", baseUrl: fake.baseUrl }).send(email);
    expect(result).toEqual({ ok: true, providerMessageId: expect.stringMatching(/^fake_/) });
    const request = fake.requests.at(-1)!;
    expect(request.path).toBe("/emails");
    expect(request.headers["idempotency-key"]).toBe("outbox-row-1");
    expect(request.headers.authorization).toBe("Bearer re_test");
    const body = request.body as Record<string, unknown>;
    expect(body).toMatchObject({ to: "candidate@example.com", html: "<p>Hello</p>", text: "Hello" });
    expect(body.reply_to).toBe("reply@example.com");
  });

  it("reports 429 as retryable with the provider's retry-after", async () => {
    fake.respondWith({
      status: 429,
      body: { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests" },
      headers: { "retry-after": "3" },
    });
    const result = await createResendTransport({ apiKey: "re_test", baseUrl: fake.baseUrl }).send(email);
    expect(result).toMatchObject({ ok: false, retryable: true, rateLimited: true, retryAfterMs: 3000 });
  });

  it("reports a validation error as permanent", async () => {
    fake.respondWith({ status: 422, body: { statusCode: 422, name: "validation_error", message: "Invalid `to`" } });
    const result = await createResendTransport({ apiKey: "re_test", baseUrl: fake.baseUrl }).send(email);
    expect(result).toMatchObject({ ok: false, retryable: false });
    if (!result.ok) expect(result.reason).toContain("validation_error");
  });

  it("reports an unreachable API as retryable", async () => {
    const result = await createResendTransport({ apiKey: "re_test", baseUrl: "http://127.0.0.1:9" }).send(email);
    expect(result).toMatchObject({ ok: false, retryable: true });
  });
});

describe("Resend transport, batch endpoint", () => {
  const batch = (count: number, prefix: string): OutgoingEmail[] =>
    Array.from({ length: count }, (_, index) => ({
      ...email,
      to: `candidate${index}@example.com`,
      headers: { "X-Entity-Ref-ID": `${prefix}-${index}` },
      idempotencyKey: `${prefix}-${index}`,
    }));

  it("sends up to 100 messages in one request under the batch's key and reads back one id each", async () => {
    const transport = createResendTransport({ apiKey: "re_test", baseUrl: fake.baseUrl });
    const result = await transport.sendBatch(batch(100, "b1"), "batch:b1");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.results).toHaveLength(100);
    expect(new Set(result.results.map((item) => (item.ok ? item.providerMessageId : null))).size).toBe(100);
    const request = fake.requests.at(-1)!;
    expect(request.path).toBe("/emails/batch");
    expect(request.headers["idempotency-key"]).toBe("batch:b1");
    expect(request.headers["x-batch-validation"]).toBe("permissive");
  });

  it("the same batch sent again under its key delivers nothing new and returns the same ids", async () => {
    const transport = createResendTransport({ apiKey: "re_test", baseUrl: fake.baseUrl });
    const first = await transport.sendBatch(batch(3, "b2"), "batch:b2");
    const before = fake.delivered.length;
    const again = await transport.sendBatch(batch(3, "b2"), "batch:b2");
    expect(again).toEqual(first);
    expect(fake.delivered.length).toBe(before);
  });

  it("a message Resend refuses fails on its own; the others are sent", async () => {
    const messages = batch(3, "b3");
    messages[1] = { ...messages[1]!, to: "not-an-address" };
    const result = await createResendTransport({ apiKey: "re_test", baseUrl: fake.baseUrl }).sendBatch(messages, "batch:b3");
    expect(result.ok && result.results.map((item) => item.ok)).toEqual([true, false, true]);
  });

  it("a 429 makes every worker sharing the throttle hold off for the retry-after", async () => {
    const pauses: number[] = [];
    const throttle = { waitForSlot: async () => 0, holdOff: async (ms: number) => void pauses.push(ms) };
    fake.respondWith({ status: 429, body: { statusCode: 429, name: "rate_limit_exceeded", message: "Slow down" }, headers: { "retry-after": "2" } });
    const result = await createResendTransport({ apiKey: "re_test", baseUrl: fake.baseUrl, throttle }).sendBatch(batch(2, "b4"), "batch:b4");
    expect(result).toMatchObject({ ok: false, retryable: true, retryAfterMs: 2000 });
    expect(pauses).toEqual([2000]);
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and ignores nonsense", () => {
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});
