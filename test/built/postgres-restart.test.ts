// Drill: Postgres restarts while the production server (`next start`, with
// the outbox worker in its process) is under steady load. The writes are
// signed Resend webhooks, each with its own event id, whose 200 means "stored"
// without doubt; a page that reads the database runs alongside. While the
// database is down the server must answer with clean errors (5xx, no hangs)
// and stay up; afterwards every acknowledged event must be stored, service
// must be back within 30 s, and the outbox backlog delivered exactly once.
// It runs with the other tests against the build (`npm run test:built`).
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, it } from "vitest";
import { count, inArray, ne } from "drizzle-orm";
import { startNext, type NextServer } from "@/bench/serve-build";
import { openDatabase } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { users } from "@/lib/db/schema/auth";
import { emailOutbox, webhookEvents } from "@/lib/db/schema/delivery";
import { createUnsubscribeToken } from "@/lib/email/unsubscribe";
import { seedDueEmails } from "@/test/bulk-delivery";
import { reportDrill, seconds } from "@/test/drill-verdict";
import { startFakeResend, type FakeResend } from "@/test/fake-resend";
import { outageSeen, recoveryAfter, startLoad, type Outcome } from "@/test/http-load";
import { privatePostgresSupport, startPrivatePostgres, type PrivatePostgres, type StopMode } from "@/test/private-postgres";
import { emailEvent, newWebhookSecret, signedHeaders } from "@/test/resend-webhooks";
import { waitFor } from "@/test/worker-process";

const root = path.resolve(import.meta.dirname, "../..");
const support = privatePostgresSupport();
const skipReason = !support.ok
  ? support.reason
  : !existsSync(path.join(root, ".next", "BUILD_ID"))
    ? "needs the production build: run `npm run build` first"
    : null;
if (skipReason) console.log(`[drill] postgres-restart on the build skipped: ${skipReason}`);

const downMs = 3000;
const requestTimeoutMs = 15_000;
const outboxPerRestart = 400;

describe.skipIf(skipReason !== null)("Postgres restarted under load on the production server", () => {
  let pg: PrivatePostgres;
  let handle: ReturnType<typeof openDatabase>;
  let fake: FakeResend;
  let app: NextServer;
  let baseUrl: string;
  let pageUrl: string;
  const webhookSecret = newWebhookSecret();
  let seeded = 0;

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    handle = openDatabase(pg.url);
    await migrateDatabase(handle.db, "postgres");
    const authSecret = randomBytes(32).toString("base64");
    const [candidate] = await handle.db.insert(users).values({ email: "drill@example.com", name: "Drill Candidate" }).returning({ id: users.id });
    fake = await startFakeResend({ latencyMs: 1000 });
    const pagePath = `/unsubscribe?token=${createUnsubscribeToken({ userId: candidate!.id, list: "reminders" }, authSecret)}`;
    app = await startNext(root, {
      readyPath: pagePath,
      env: {
        DATABASE_URL: pg.url,
        AUTH_SECRET: authSecret,
        RESEND_API_KEY: "re_drill",
        RESEND_BASE_URL: fake.baseUrl,
        RESEND_REQUESTS_PER_SECOND: "20",
        RESEND_WEBHOOK_SECRET: webhookSecret,
        WORKER_IN_PROCESS: "1",
        WORKER_INTERVAL_MS: "200",
        OUTBOX_LEASE_MS: "3000",
        OUTBOX_BACKOFF_BASE_MS: "500",
      },
    });
    baseUrl = app.origin;
    pageUrl = `${baseUrl}${pagePath}`;
  }, 90_000);

  afterAll(async () => {
    await app?.stop();
    await fake?.close();
    await handle?.close();
    await pg?.dispose();
  });

  /** Whether the server process still exists (signal 0 only asks). */
  const appAlive = () => {
    try {
      process.kill(app.pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  /** Each event's payload by its id, so a redelivery sends what was sent the first time. */
  const eventBodies = new Map<string, string>();
  const webhookLoop = (kind: string) => ({
    kind,
    pauseMs: 100,
    request: (n: number) => {
      const id = `msg_drill_${kind}_${n}_${randomBytes(4).toString("hex")}`;
      const body = JSON.stringify(emailEvent("email.delivered", new Date().toISOString(), { email_id: `re_drill_${n}` }));
      eventBodies.set(id, body);
      return { key: id, url: `${baseUrl}/api/webhooks/resend`, init: { method: "POST", headers: signedHeaders(body, { secret: webhookSecret, id }), body }, ok: (response: Response) => response.status === 200 };
    },
  });
  const pageLoop = {
    kind: "page",
    pauseMs: 100,
    // Rendered only after the user was read from the database.
    request: (n: number) => ({ key: `page_${n}`, url: pageUrl, init: {}, ok: (response: Response, body: string) => response.status === 200 && body.includes("/api/unsubscribe?token=") }),
  };

  /**
   * Sends an unacknowledged event again as Resend would, retrying a 5xx: it
   * is stored now (200) or had been stored after all (409). The first answer
   * is kept too: a connection idle since the restart can fail its first query.
   */
  async function redeliver(id: string): Promise<{ first: number; last: number }> {
    const body = eventBodies.get(id)!;
    const statuses: number[] = [];
    while (statuses.length < 3 && (statuses.at(-1) ?? 500) >= 500) {
      if (statuses.length > 0) await new Promise((resolve) => setTimeout(resolve, 500));
      const headers = signedHeaders(body, { secret: webhookSecret, id });
      const response = await fetch(`${baseUrl}/api/webhooks/resend`, { method: "POST", headers, body, signal: AbortSignal.timeout(requestTimeoutMs) });
      statuses.push(response.status);
    }
    return { first: statuses[0]!, last: statuses.at(-1)! };
  }

  it.each<StopMode>(["fast", "immediate"])("stopped with -m %s: clean errors while down, back within 30 s, no acknowledged write lost", async (mode) => {
    const load = startLoad([webhookLoop("webhook-a"), webhookLoop("webhook-b"), pageLoop], requestTimeoutMs);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // A backlog for the in-process worker, so batches are in the API's hands when the database goes.
    await seedDueEmails(handle.db, outboxPerRestart, new Date(), `app-${mode}`);
    seeded += outboxPerRestart;
    await waitFor(() => fake.requests.length > 0, 10_000, 20);
    const { stoppedAt, upAt } = await pg.restart({ mode, downMs });
    // Load goes on until five seconds of unbroken success, or 35 s.
    await waitFor(() => {
      const recovery = recoveryAfter(load.outcomes, upAt);
      return recovery !== null && Date.now() - (upAt + recovery) >= 5000;
    }, 35_000, 250);
    await load.stop();

    const outcomes: Outcome[] = load.outcomes;
    const recoveryMs = recoveryAfter(outcomes, upAt);
    const failures = outcomes.filter((outcome) => !outcome.ok);
    const unclean = failures.filter((outcome) => typeof outcome.status !== "number" || outcome.status < 500);
    const slowestMs = Math.max(...outcomes.map((outcome) => outcome.endedAt - outcome.startedAt));
    const webhooks = outcomes.filter((outcome) => outcome.kind !== "page");
    const acknowledged = webhooks.filter((outcome) => outcome.ok).map((outcome) => outcome.key);
    const stored = new Set<string>();
    for (let i = 0; i < acknowledged.length; i += 500) {
      const rows = await handle.db.select({ id: webhookEvents.id }).from(webhookEvents).where(inArray(webhookEvents.id, acknowledged.slice(i, i + 500)));
      rows.forEach((row) => stored.add(row.id));
    }
    const lost = acknowledged.filter((id) => !stored.has(id));
    const redeliveries = await Promise.all(webhooks.filter((outcome) => !outcome.ok).map((outcome) => redeliver(outcome.key)));

    const outboxDone = await waitFor(async () => (await handle.db.select({ n: count() }).from(emailOutbox).where(ne(emailOutbox.state, "sent")))[0]!.n === 0, Math.max(1000, upAt + 30_000 - Date.now()), 250);
    const outboxMs = Date.now() - upAt;
    const deliveries = fake.deliveriesByRef();
    const duplicates = [...deliveries.values()].filter((times) => times > 1).length;
    const serverAlive = appAlive();
    if (process.env.DRILL_VERBOSE || !serverAlive || unclean.length > 0 || slowestMs >= 10_000) {
      const at = (time: number) => seconds(time - stoppedAt);
      const notable = outcomes.filter((outcome) => !outcome.ok || outcome.endedAt - outcome.startedAt > 2000);
      const lines = notable.map((outcome) => `${outcome.kind} ${outcome.status} from ${at(outcome.startedAt)} s to ${at(outcome.endedAt)} s`);
      console.log(`[drill] failed or slow requests (seconds after Postgres stopped; back at ${at(upAt)} s):\n${lines.join("\n")}`);
      console.log(`[drill] next start output:\n${app.output().slice(-4000)}`);
    }

    reportDrill(
      `Postgres restart (-m ${mode}, down ${seconds(downMs)} s) under load on next start`,
      {
        recovery_s: recoveryMs === null ? "never" : seconds(recoveryMs),
        down_s: seconds(upAt - stoppedAt),
        outage_seen_s: seconds(outageSeen(outcomes) ?? Number.NaN),
        requests: outcomes.length,
        failed: failures.length,
        failure_statuses: [...new Set(failures.map((outcome) => outcome.status))].join("/") || "none",
        slowest_s: seconds(slowestMs),
        acknowledged_writes: acknowledged.length,
        lost: lost.length,
        redelivered: redeliveries.length,
        redelivered_200: redeliveries.filter(({ last }) => last === 200).length,
        redelivered_409: redeliveries.filter(({ last }) => last === 409).length,
        redelivery_first_try_5xx: redeliveries.filter(({ first }) => first >= 500).length,
        outbox_sent: deliveries.size,
        outbox_expected: seeded,
        outbox_duplicates: duplicates,
        outbox_done_s: seconds(outboxMs),
      },
      [
        { name: "the outage was felt (some requests failed while Postgres was down)", ok: failures.length > 0 },
        { name: "requests succeed again within 30 s of Postgres coming back", ok: recoveryMs !== null && recoveryMs <= 30_000 },
        { name: "failures were clean 5xx answers, never a hang or a dropped connection", ok: unclean.length === 0 && slowestMs < 10_000 },
        { name: "every acknowledged webhook event is stored", ok: acknowledged.length > 0 && lost.length === 0 },
        { name: "an unacknowledged event sent again is accepted (or was stored after all)", ok: redeliveries.every(({ last }) => last === 200 || last === 409) },
        { name: "the outbox backlog was sent within 30 s of Postgres coming back", ok: outboxDone },
        { name: "every outbox message delivered once", ok: deliveries.size === seeded && duplicates === 0 && fake.delivered.length === seeded },
        { name: "the server process kept running", ok: serverAlive },
      ],
    );
  }, 90_000);
});
