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
    const result = await createResendTransport("re_test", fake.baseUrl).send(email);
    expect(result).toEqual({ ok: true, providerMessageId: expect.stringMatching(/^fake_/) });
    const request = fake.requests.at(-1)!;
    expect(request.path).toBe("/emails");
    expect(request.headers["idempotency-key"]).toBe("outbox-row-1");
    expect(request.headers.authorization).toBe("Bearer re_test");
    expect(request.body).toMatchObject({ to: "candidate@example.com", html: "<p>Hello</p>", text: "Hello" });
    expect(request.body.reply_to).toBe("reply@example.com");
  });

  it("reports 429 as retryable with the provider's retry-after", async () => {
    fake.respondWith({
      status: 429,
      body: { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests" },
      headers: { "retry-after": "3" },
    });
    const result = await createResendTransport("re_test", fake.baseUrl).send(email);
    expect(result).toMatchObject({ ok: false, retryable: true, retryAfterMs: 3000 });
  });

  it("reports a validation error as permanent", async () => {
    fake.respondWith({ status: 422, body: { statusCode: 422, name: "validation_error", message: "Invalid `to`" } });
    const result = await createResendTransport("re_test", fake.baseUrl).send(email);
    expect(result).toMatchObject({ ok: false, retryable: false });
    if (!result.ok) expect(result.reason).toContain("validation_error");
  });

  it("reports an unreachable API as retryable", async () => {
    const result = await createResendTransport("re_test", "http://127.0.0.1:9").send(email);
    expect(result).toMatchObject({ ok: false, retryable: true });
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and ignores nonsense", () => {
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});
