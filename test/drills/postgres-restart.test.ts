// Drill: Postgres restarts while worker processes deliver a backlog and a
// batch is in the API's hands. The server is a private cluster of the
// drill's own (test/private-postgres.ts), so stopping it hurts no one. The
// API holds its answers until Postgres has stopped (however long stopping
// takes on a busy machine), so the batch is answered while the database is
// down and the worker cannot record it; once Postgres is back the lease runs
// out, the batch goes again under the same idempotency key, and the API
// delivers nothing new.
import { afterAll, beforeAll, describe, it } from "vitest";
import { count, ne } from "drizzle-orm";
import { openDatabase } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { seedDueEmails } from "@/test/bulk-delivery";
import { reportDrill, seconds } from "@/test/drill-verdict";
import { startFakeResend, type FakeResend } from "@/test/fake-resend";
import { privatePostgresSupport, startPrivatePostgres, type PrivatePostgres, type StopMode } from "@/test/private-postgres";
import { spawnWorker, waitFor, type WorkerProcess } from "@/test/worker-process";

const support = privatePostgresSupport();
const skipReason = !process.env.TEST_DATABASE_URL
  ? "runs in the Postgres pass of the suite (TEST_DATABASE_URL)"
  : !support.ok
    ? support.reason
    : null;
if (skipReason) console.log(`[drill] postgres-restart skipped: ${skipReason}`);

const messages = 600;
const apiLatencyMs = 1500;
const downMs = 3000;

describe.skipIf(skipReason !== null)("Postgres restarted in the middle of a delivery batch", () => {
  let pg: PrivatePostgres;
  let handle: ReturnType<typeof openDatabase>;
  let fake: FakeResend | undefined;
  let workers: WorkerProcess[] = [];

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    handle = openDatabase(pg.url);
    await migrateDatabase(handle.db, "postgres");
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop("SIGKILL")));
    await fake?.close();
    await handle?.close();
    await pg?.dispose();
  });

  /** Rows not yet sent, or null while the database cannot be asked. */
  const unsent = async (): Promise<number | null> => {
    try {
      return (await handle.db.select({ n: count() }).from(emailOutbox).where(ne(emailOutbox.state, "sent")))[0]!.n;
    } catch {
      return null;
    }
  };

  it.each<StopMode>(["fast", "immediate"])("stopped with -m %s: workers recover on their own, every message delivered once", async (mode) => {
    await handle.db.delete(emailOutbox);
    fake = await startFakeResend({ latencyMs: apiLatencyMs });
    fake.holdAnswers();
    await seedDueEmails(handle.db, messages, new Date(), `restart-${mode}`);
    workers = [0, 1].map(() =>
      spawnWorker({
        DATABASE_URL: pg.url,
        RESEND_API_KEY: "re_drill",
        RESEND_BASE_URL: fake!.baseUrl,
        RESEND_REQUESTS_PER_SECOND: "20",
        WORKER_INTERVAL_MS: "200",
        OUTBOX_LEASE_MS: "3000",
        OUTBOX_BACKOFF_BASE_MS: "500",
      }),
    );

    // The first batch has reached the API, which holds its answer: stop Postgres now, and answer once it is down.
    await waitFor(() => fake!.requests.length > 0, 30_000, 10);
    const { stoppedAt, upAt } = await pg.restart({ mode, downMs, whileDown: () => fake!.releaseAnswers() });
    const answeredWhileDown = fake.requests.filter(({ answeredAt }) => answeredAt !== undefined && answeredAt > stoppedAt && answeredAt < upAt).length;

    const done = await waitFor(async () => (await unsent()) === 0, 60_000, 250);
    const recoveryMs = Date.now() - upAt;
    const workersAlive = workers.every((worker) => worker.child.exitCode === null && worker.child.signalCode === null);
    if (!done || !workersAlive || process.env.DRILL_VERBOSE) {
      workers.forEach((worker, index) => console.log(`[drill] worker ${index} (exit ${worker.child.exitCode}):\n${worker.output().slice(-3000)}`));
    }
    // scripts/worker.ts survives postgres.js's uncatchable write on a closed connection; how often it had to.
    const survivedDriverErrors = workers.reduce((total, worker) => total + worker.output().split("closed mid-write").length - 1, 0);
    const exitCodes = await Promise.all(workers.map((worker) => worker.stop("SIGTERM")));
    workers = [];

    const deliveries = fake.deliveriesByRef();
    const duplicates = [...deliveries.values()].filter((times) => times > 1).length;
    reportDrill(
      `Postgres restart (-m ${mode}, down ${seconds(downMs)} s) mid-batch, 2 worker processes`,
      {
        recovery_s: seconds(recoveryMs),
        sent: deliveries.size,
        expected: messages,
        duplicates,
        requests: fake.requests.length,
        answered_while_down: answeredWhileDown,
        driver_errors_survived: survivedDriverErrors,
      },
      [
        { name: "a batch was answered while Postgres was down", ok: answeredWhileDown > 0 },
        { name: "every row reached `sent` within 30 s of Postgres coming back", ok: done && recoveryMs <= 30_000 },
        { name: "every message delivered", ok: deliveries.size === messages },
        { name: "no message delivered twice", ok: duplicates === 0 && fake.delivered.length === messages },
        { name: "the worker processes kept running", ok: workersAlive },
        { name: "the worker processes stopped cleanly on SIGTERM", ok: exitCodes.every((code) => code === 0) },
      ],
    );
    await fake.close();
    fake = undefined;
  }, 90_000);
});
