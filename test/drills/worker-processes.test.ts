// Drills with real worker processes (`npm run worker`) over one Postgres
// database, delivering through the real Resend SDK to the local fake API.
// They need a database server several processes can open, so they run in
// the Postgres pass of the suite (TEST_DATABASE_URL) and are skipped on the
// embedded database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, ne } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { startFakeResend, type FakeResend } from "@/test/fake-resend";
import { seedDueEmails, seedDueReminders } from "@/test/bulk-delivery";
import { spawnWorker, waitFor, type WorkerProcess } from "@/test/worker-process";
import { emailOutbox, reminders } from "@/lib/db/schema/delivery";

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const reminderCount = Number(process.env.DRILL_REMINDERS ?? 10_000);

describe.skipIf(!onPostgres)("worker processes (Postgres)", () => {
  let testDb: TestDatabase;
  let fake: FakeResend;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop("SIGKILL")));
    await fake?.close();
    await testDb.dispose();
  });

  const workerEnv = (extra: Record<string, string> = {}) => ({
    DATABASE_URL: testDb.url!,
    RESEND_API_KEY: "re_drill",
    RESEND_BASE_URL: fake.baseUrl,
    WORKER_INTERVAL_MS: "200",
    OUTBOX_BACKOFF_BASE_MS: "500",
    ...extra,
  });
  const rowsNotSent = async () =>
    (await testDb.db.select({ n: count() }).from(emailOutbox).where(ne(emailOutbox.state, "sent")))[0]!.n;

  it(`four workers racing over ${reminderCount} due reminders deliver each exactly once`, async () => {
    fake = await startFakeResend({ requestsPerSecond: 20 });
    await seedDueReminders(testDb.db, reminderCount, new Date());
    for (let i = 0; i < 4; i++) workers.push(spawnWorker(workerEnv({ RESEND_REQUESTS_PER_SECOND: "20" })));

    const started = Date.now();
    const done = await waitFor(async () => {
      const [scheduled] = await testDb.db.select({ n: count() }).from(reminders).where(and(eq(reminders.state, "scheduled"), eq(reminders.kind, "post_interview")));
      const unsent = await rowsNotSent();
      if (process.env.DRILL_VERBOSE) console.log(`${Date.now() - started} ms: ${scheduled!.n} reminders to go, ${unsent} emails unsent, ${fake.delivered.length} delivered`);
      return scheduled!.n === 0 && unsent === 0;
    }, 240_000, 1000);
    const exitCodes = await Promise.all(workers.splice(0).map((worker) => worker.stop("SIGTERM")));

    expect(done).toBe(true);
    expect(exitCodes).toEqual([0, 0, 0, 0]);
    const [sentReminders] = await testDb.db.select({ n: count() }).from(reminders).where(eq(reminders.state, "sent"));
    expect(sentReminders!.n).toBe(reminderCount);
    const deliveries = fake.deliveriesByRef();
    expect(deliveries.size).toBe(reminderCount);
    expect([...deliveries.values()].every((times) => times === 1)).toBe(true);
    expect(fake.delivered).toHaveLength(reminderCount);
    // Batches, not one request per message.
    expect(fake.requests.filter((request) => request.path === "/emails/batch").length).toBeLessThan(1_000);
    await fake.close();
  }, 300_000);

  it("a worker killed with SIGKILL in the middle of a batch: every message delivered, none twice", async () => {
    await testDb.db.delete(emailOutbox);
    // The API delivers the batch but holds its answer until the worker is dead, however slow the machine.
    fake = await startFakeResend({ latencyMs: 1500 });
    fake.holdAnswers();
    await seedDueEmails(testDb.db, 300, new Date(), "kill");
    const victim = spawnWorker(workerEnv({ OUTBOX_LEASE_MS: "3000" }));
    workers.push(victim);

    expect(await waitFor(() => fake.delivered.length > 0, 60_000, 20)).toBe(true);
    const killedBatchKey = String(fake.requests[0]!.headers["idempotency-key"]);
    await victim.stop("SIGKILL");
    expect(victim.child.signalCode).toBe("SIGKILL");
    fake.releaseAnswers();
    const [inFlight] = await testDb.db.select({ n: count() }).from(emailOutbox).where(eq(emailOutbox.state, "sending"));
    expect(inFlight!.n).toBeGreaterThan(0);

    workers.push(spawnWorker(workerEnv({ OUTBOX_LEASE_MS: "3000" })));
    expect(await waitFor(async () => (await rowsNotSent()) === 0, 120_000, 500)).toBe(true);

    const deliveries = fake.deliveriesByRef();
    expect(deliveries.size).toBe(300);
    expect([...deliveries.values()].every((times) => times === 1)).toBe(true);
    // The killed batch was sent again under the same key, and the API delivered it only the first time.
    const resent = fake.requests.filter((request) => request.headers["idempotency-key"] === killedBatchKey);
    expect(resent.length).toBeGreaterThanOrEqual(2);
    expect(new Set(fake.delivered.filter((message) => message.requestKey === killedBatchKey).map((message) => message.ref)).size)
      .toBe(fake.delivered.filter((message) => message.requestKey === killedBatchKey).length);
  }, 180_000);
});
