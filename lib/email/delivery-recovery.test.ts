// The real Resend SDK against the local fake API, with the shared throttle,
// while the API misbehaves: nothing is lost, nothing is sent twice, and the
// rows show the attempts and the waits.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asc } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { startFakeResend, type FakeResend } from "@/test/fake-resend";
import { seedDueEmails } from "@/test/bulk-delivery";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { deliverDueEmails } from "./outbox-delivery";
import { createDbThrottle } from "./throttle";
import { createResendTransport } from "./transports/resend";

let testDb: TestDatabase;
let fake: FakeResend;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  await testDb.db.delete(emailOutbox);
});

const serverError = { status: 500, body: { statusCode: 500, name: "internal_server_error", message: "Something went wrong" } };
const tooMany = { status: 429, body: { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests" }, headers: { "retry-after": "1" } };

async function deliverUntilDone(maxPasses: number) {
  const transport = createResendTransport({
    apiKey: "re_test",
    baseUrl: fake.baseUrl,
    throttle: createDbThrottle(() => testDb.db, { name: "recovery", requestsPerSecond: 50 }),
  });
  const passes = [];
  for (let pass = 0; pass < maxPasses; pass++) {
    const tally = await deliverDueEmails(testDb.db, transport, new Date(), { backoffBaseMs: 100, maxBatch: 50 });
    passes.push(tally);
    const rows = await testDb.db.select({ state: emailOutbox.state }).from(emailOutbox);
    if (rows.every((row) => row.state === "sent" || row.state === "failed")) break;
    if (tally.claimed === 0) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return passes;
}

describe("delivery while the API answers 429 and 500", () => {
  it("delivers everything once after the API recovers, recording attempts and honouring retry-after", async () => {
    fake = await startFakeResend();
    await seedDueEmails(testDb.db, 120, new Date(Date.now() - 1000), "outage");
    fake.respondWith(tooMany, tooMany, serverError, serverError, serverError);

    const firstPassAt = Date.now();
    const first = await deliverDueEmails(
      testDb.db,
      createResendTransport({ apiKey: "re_test", baseUrl: fake.baseUrl }),
      new Date(firstPassAt),
      { backoffBaseMs: 100, maxBatch: 50 },
    );
    expect(first).toMatchObject({ claimed: 50, retried: 50, sent: 0 });
    const afterFirst = await testDb.db.select().from(emailOutbox).orderBy(asc(emailOutbox.id));
    const waiting = afterFirst.filter((row) => row.state === "pending" && row.attempts === 1);
    expect(waiting).toHaveLength(50);
    // 429 with Retry-After: 1 outweighs the 100 ms backoff.
    expect(waiting.every((row) => row.lastError?.startsWith("429 rate_limit_exceeded"))).toBe(true);
    expect(waiting.every((row) => row.nextAttemptAt.getTime() >= firstPassAt + 1000)).toBe(true);

    await deliverUntilDone(200);
    const rows = await testDb.db.select().from(emailOutbox);
    expect(rows.every((row) => row.state === "sent")).toBe(true);
    expect(rows.some((row) => row.attempts > 1)).toBe(true);
    const deliveries = fake.deliveriesByRef();
    expect(deliveries.size).toBe(120);
    expect([...deliveries.values()].every((times) => times === 1)).toBe(true);
    const failedRequests = fake.requests.length - fake.deliveredKeys().size;
    expect(failedRequests).toBeGreaterThanOrEqual(5);
    await fake.close();
  }, 60_000);

  it("a batch answered 500 goes again as the same batch, and each message arrives once", async () => {
    fake = await startFakeResend();
    await seedDueEmails(testDb.db, 10, new Date(Date.now() - 1000), "timeout");
    fake.respondWith(serverError);
    await deliverUntilDone(50);
    const rows = await testDb.db.select().from(emailOutbox);
    expect(rows.every((row) => row.state === "sent" && row.attempts === 2)).toBe(true);
    expect(fake.delivered).toHaveLength(10);
    await fake.close();
  }, 60_000);
});
