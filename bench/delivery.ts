// Email delivery through the real worker processes (`npm run worker`) and
// the real Resend SDK, against the local fake API with Resend's constraints:
// a round-trip latency and a per-second request limit. With 1, 2 and 4
// workers it prints messages per second beside the floor the limit allows
// (requests per second × 100 messages per batch request), and the time from
// a message falling due to the API receiving it (p50, p95).
//
// Two loads: a backlog (every message due at once: throughput), and a steady
// stream below the floor (messages falling due evenly: latency when the
// worker keeps up).
//
// Run: npx tsx --import ./scripts/server-only-shim.mjs bench/delivery.ts (options and figures: bench/README.md)
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { seedDueEmails } from "@/test/bulk-delivery";
import { startFakeResend, type FakeResend } from "@/test/fake-resend";
import { spawnWorker, waitFor, type WorkerProcess } from "@/test/worker-process";
import { createPostgresTarget, hostCpu, printTable, type BenchTarget } from "./outbox-helpers";

const { values: args } = parseArgs({
  options: {
    messages: { type: "string", default: "5000" },
    "latency-ms": { type: "string", default: "50" },
    "requests-per-second": { type: "string", default: "5" },
    "steady-rate": { type: "string", default: "250" },
    "steady-seconds": { type: "string", default: "10" },
    workers: { type: "string", default: "1,2,4" },
  },
});
const messages = Number(args.messages);
const latencyMs = Number(args["latency-ms"]);
const requestsPerSecond = Number(args["requests-per-second"]);
const steadyRate = Number(args["steady-rate"]);
const steadySeconds = Number(args["steady-seconds"]);
const workerCounts = args.workers.split(",").map(Number);
const floor = requestsPerSecond * 100;
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const pollMs = 100;

type Result = {
  load: string;
  workers: number;
  messages: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  requests: number;
  perRequest: number;
  rateLimited: number;
  duplicates: number;
  missing: number;
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function startWorkers(target: BenchTarget, fake: FakeResend, count: number): Promise<WorkerProcess[]> {
  const workers = Array.from({ length: count }, () =>
    spawnWorker({
      DATABASE_URL: target.url!,
      DATABASE_POOL_MAX: "2",
      RESEND_API_KEY: "re_bench",
      RESEND_BASE_URL: fake.baseUrl,
      RESEND_REQUESTS_PER_SECOND: String(requestsPerSecond),
      WORKER_INTERVAL_MS: String(pollMs),
    }),
  );
  const ready = await waitFor(() => workers.every((worker) => worker.output().includes("delivering the outbox")), 60_000);
  if (!ready) throw new Error(`workers did not start:\n${workers.map((worker) => worker.output()).join("\n")}`);
  return workers;
}

/** Seeds the run's mail, lets the workers deliver it, and reads the timings off the fake API. */
async function run(target: BenchTarget, load: "backlog" | "steady", workerCount: number): Promise<Result> {
  await target.db.execute(sql`truncate table email_outbox, delivery_throttle cascade`);
  const fake = await startFakeResend({ latencyMs, requestsPerSecond });
  const workers = await startWorkers(target, fake, workerCount);
  try {
    const start = Date.now() + 200;
    const count = load === "backlog" ? messages : steadyRate * steadySeconds;
    if (load === "backlog") {
      await seedDueEmails(target.db, count, new Date(start), "backlog");
    } else {
      // One row per 1/rate seconds, each due at its own moment.
      await target.db.execute(sql`
        insert into email_outbox (idempotency_key, recipient, template, subject, html, text, next_attempt_at, created_at)
        select 'steady-' || g, 'steady-' || g || '@example.com', 'follow-up-reminder', 'Time to follow up',
               '<p>Time to follow up.</p>', 'Time to follow up.',
               ${new Date(start).toISOString()}::timestamptz + (g * ${1000 / steadyRate}) * interval '1 millisecond', now()
        from generate_series(0, ${count - 1}) as g`);
    }
    const timeoutMs = Math.max(120_000, (count / Math.min(floor, steadyRate)) * 3000);
    await waitFor(() => fake.delivered.length >= count, timeoutMs, 100);
    // Anything still to come would be a duplicate: give it a moment to show.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const dueAt = new Map<string, number>();
    const rows = await target.db.execute(sql`select id::text as id, extract(epoch from next_attempt_at) * 1000 as due from email_outbox`);
    for (const row of (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { id: string; due: string }[]) {
      dueAt.set(row.id, Number(row.due));
    }
    const byRef = fake.deliveriesByRef();
    const firstDelivery = new Map<string, number>();
    for (const message of fake.delivered) if (message.ref && !firstDelivery.has(message.ref)) firstDelivery.set(message.ref, message.at);
    const latencies = [...firstDelivery].map(([ref, at]) => at - (dueAt.get(ref) ?? at)).sort((a, b) => a - b);
    const last = Math.max(...firstDelivery.values());
    const seconds = (last - start) / 1000;
    const batchRequests = fake.requests.filter((request) => request.path === "/emails/batch").length;
    return {
      load,
      workers: workerCount,
      messages: count,
      seconds,
      perSecond: firstDelivery.size / seconds,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      requests: fake.requests.length,
      perRequest: firstDelivery.size / Math.max(1, batchRequests),
      rateLimited: fake.rateLimitedCount(),
      duplicates: [...byRef.values()].filter((times) => times > 1).length,
      missing: count - byRef.size,
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.stop("SIGTERM")));
    await fake.close();
  }
}

async function main() {
  const idle0 = hostCpu();
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const idle1 = hostCpu();
  if (idle0 && idle1) console.log(`Host CPU busy in the 2 s before starting: ${Math.round((100 * (idle1.busy - idle0.busy)) / (idle1.total - idle0.total))}% of all cores`);
  console.log(
    `Delivery through worker processes: fake Resend API with ${latencyMs} ms latency and a limit of ${requestsPerSecond} requests/s ` +
      `(floor: ${floor} msg/s at 100 per batch request); worker poll interval ${pollMs} ms; Postgres`,
  );
  const target = await createPostgresTarget(serverUrl);
  const results: Result[] = [];
  try {
    for (const load of ["backlog", "steady"] as const) {
      for (const workers of workerCounts) {
        const result = await run(target, load, workers);
        console.log(`  ${load} W=${workers}: ${result.perSecond.toFixed(0)} msg/s, p50 ${result.p50} ms, p95 ${result.p95} ms, duplicates ${result.duplicates}, missing ${result.missing}`);
        results.push(result);
      }
    }
  } finally {
    await target.dispose();
  }
  console.log(`\nmsg/s = distinct messages received by the API / (last receipt - start); floor = ${floor} msg/s;
due→API = when the API received the message minus its due time (next_attempt_at);
steady load: ${steadyRate} msg/s falling due evenly for ${steadySeconds} s\n`);
  printTable(
    ["load", "workers", "messages", "wall s", "msg/s", "floor msg/s", "ratio to floor", "due→API p50 ms", "due→API p95 ms", "requests", "msgs/batch", "429s", "duplicates", "missing"],
    results.map((result) => [
      result.load,
      result.workers,
      result.messages,
      result.seconds.toFixed(2),
      result.perSecond.toFixed(0),
      result.load === "backlog" ? floor : `${floor} (offered ${steadyRate})`,
      (result.perSecond / (result.load === "backlog" ? floor : steadyRate)).toFixed(2),
      result.p50,
      result.p95,
      result.requests,
      result.perRequest.toFixed(1),
      result.rateLimited,
      result.duplicates,
      result.missing,
    ]),
  );
  if (results.some((result) => result.duplicates > 0 || result.missing > 0)) {
    console.error("\nA run sent a message twice or left one undelivered");
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
