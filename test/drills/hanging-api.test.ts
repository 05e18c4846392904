// Drill: the Resend API takes requests in and then says nothing for a while
// (it delivers what it was sent but its answers never come back in time).
// Worker processes must give up on each request after their timeout
// (RESEND_REQUEST_TIMEOUT_MS), leave the rows to be retried, and once the
// API answers again deliver everything exactly once: a retried batch goes
// under the same idempotency key, so the API delivers nothing new.
// Answers of 429 and 500 are drilled in lib/email/delivery-recovery.test.ts.
import { afterAll, beforeAll, describe, it } from "vitest";
import { count, ne } from "drizzle-orm";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { seedDueEmails } from "@/test/bulk-delivery";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { reportDrill, seconds } from "@/test/drill-verdict";
import { startFakeResend, type FakeResend } from "@/test/fake-resend";
import { spawnWorker, waitFor, type WorkerProcess } from "@/test/worker-process";

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
if (!onPostgres) console.log("[drill] hanging-api skipped: worker processes need a Postgres server (TEST_DATABASE_URL)");

const messages = 400;
const hangMs = 8000;
const timeoutMs = 1500;

describe.skipIf(!onPostgres)("the Resend API hanging", () => {
  let testDb: TestDatabase;
  let fake: FakeResend | undefined;
  let workers: WorkerProcess[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop("SIGKILL")));
    await fake?.close();
    await testDb.dispose();
  });

  it("workers time out, retry, and deliver every message once when it answers again", async () => {
    fake = await startFakeResend({ latencyMs: 200 });
    workers = [0, 1].map(() =>
      spawnWorker({
        DATABASE_URL: testDb.url!,
        RESEND_API_KEY: "re_drill",
        RESEND_BASE_URL: fake!.baseUrl,
        RESEND_REQUESTS_PER_SECOND: "20",
        RESEND_REQUEST_TIMEOUT_MS: String(timeoutMs),
        WORKER_INTERVAL_MS: "200",
        OUTBOX_LEASE_MS: "5000",
        OUTBOX_BACKOFF_BASE_MS: "500",
      }),
    );
    // Silent from the first request on: the workers are up before there is anything to send.
    const ready = await waitFor(() => workers.every((worker) => worker.output().includes("delivering the outbox")), 30_000, 50);
    fake.hang(hangMs);
    const hangEnds = Date.now() + hangMs;
    await seedDueEmails(testDb.db, messages, new Date(), "hang");

    const unsent = async () => (await testDb.db.select({ n: count() }).from(emailOutbox).where(ne(emailOutbox.state, "sent")))[0]!.n;
    const done = await waitFor(async () => (await unsent()) === 0, hangMs + 45_000, 250);
    const recoveryMs = Date.now() - hangEnds;
    const workersAlive = workers.every((worker) => worker.child.exitCode === null && worker.child.signalCode === null);
    const exitCodes = await Promise.all(workers.map((worker) => worker.stop("SIGTERM")));
    workers = [];

    // A key sent again while the API was still silent: the worker gave up waiting rather than hanging with it.
    const sentDuringHang = fake.requests.filter((request) => request.at < hangEnds);
    const keysDuringHang = sentDuringHang.map((request) => String(request.headers["idempotency-key"]));
    const retriedDuringHang = keysDuringHang.length - new Set(keysDuringHang).size;
    const rows = await testDb.db.select({ attempts: emailOutbox.attempts, lastError: emailOutbox.lastError }).from(emailOutbox);
    const timedOutRows = rows.filter((row) => row.attempts > 1).length;
    const deliveries = fake.deliveriesByRef();
    const duplicates = [...deliveries.values()].filter((times) => times > 1).length;
    reportDrill(
      `Resend API silent for ${seconds(hangMs)} s, request timeout ${seconds(timeoutMs)} s, 2 worker processes`,
      {
        all_sent_s_after_api_answers: seconds(recoveryMs),
        sent: deliveries.size,
        expected: messages,
        duplicates,
        requests: fake.requests.length,
        retried_during_hang: retriedDuringHang,
        rows_retried: timedOutRows,
      },
      [
        { name: "the worker processes started", ok: ready },
        { name: "requests timed out and were retried while the API was silent", ok: retriedDuringHang > 0 && timedOutRows > 0 },
        { name: "every row reached `sent` within 30 s of the API answering again", ok: done && recoveryMs <= 30_000 },
        { name: "every message delivered", ok: deliveries.size === messages },
        { name: "no message delivered twice", ok: duplicates === 0 && fake.delivered.length === messages },
        { name: "the worker processes kept running", ok: workersAlive },
        { name: "the worker processes stopped cleanly on SIGTERM", ok: exitCodes.every((code) => code === 0) },
      ],
    );
  }, 90_000);
});
