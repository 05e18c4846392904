// Outbox delivery throughput with 1..8 concurrent workers, on Postgres and on
// in-memory PGlite, plus the cost of the claim query on a grown outbox. The
// transport is a stand-in with a fixed latency per request and no rate
// limit: this measures the outbox's own overhead. bench/delivery.ts measures
// delivery through the real SDK against a rate-limited fake API.
// Run: npx tsx --import ./scripts/server-only-shim.mjs bench/outbox.ts (options and figures: bench/README.md)
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { deliverDueEmails } from "@/lib/email/outbox-delivery";
import { measureClaim, type ClaimResult } from "./outbox-claim";
import {
  countNotSent,
  createPgliteTarget,
  createPostgresTarget,
  duplicateCount,
  hostCpu,
  median,
  printTable,
  recordingTransport,
  renderBody,
  resetOutbox,
  type BenchTarget,
  type Body,
} from "./outbox-helpers";

const { values: args } = parseArgs({
  options: {
    messages: { type: "string", default: "2000" },
    "latency-ms": { type: "string", default: "5" },
    batch: { type: "string", default: "50" },
    repeat: { type: "string", default: "1" },
    "claim-rows": { type: "string", default: "100000" },
    "claim-samples": { type: "string", default: "200" },
  },
});
const messages = Number(args.messages);
const latencyMs = Number(args["latency-ms"]);
const batch = Number(args.batch);
const repeat = Number(args.repeat);
const claimRows = Number(args["claim-rows"]); // 0 skips the claim benchmark
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
// One worker runs one query at a time, so one connection each is enough.
process.env.DATABASE_POOL_MAX ??= "1";

let failures = 0;

type Run = { wallMs: number; sendMs: number; nodeCpu: number; hostCpu: number; duplicates: number; missing: number };

async function deliveryRun(target: BenchTarget, body: Body, workers: number): Promise<Run> {
  const seededAt = new Date();
  await resetOutbox(target.db, body, Array.from({ length: messages }, () => ({ state: "pending" as const, nextAttemptAt: seededAt, createdAt: seededAt })));
  const handles = Array.from({ length: workers }, () => target.openWorker());
  try {
    // Connect before the clock starts.
    await Promise.all(handles.map((handle) => handle.db.execute(sql`select 1`)));
    const transport = recordingTransport(latencyMs);
    const [cpu0, host0, start] = [process.cpuUsage(), hostCpu(), performance.now()];
    await Promise.all(
      handles.map(async ({ db }) => {
        for (;;) {
          const tally = await deliverDueEmails(db, transport, new Date(), { maxBatch: batch });
          if (tally.claimed === 0) return;
        }
      }),
    );
    const wallMs = performance.now() - start;
    const cpu = process.cpuUsage(cpu0);
    const host1 = hostCpu();
    return {
      wallMs,
      sendMs: transport.waitedMs() / messages,
      // Share of one core used by this process (JS, and PGlite's engine), and of all cores by the whole host.
      nodeCpu: (cpu.user + cpu.system) / 1000 / wallMs,
      hostCpu: host0 && host1 ? (host1.busy - host0.busy) / (host1.total - host0.total) : Number.NaN,
      duplicates: duplicateCount(transport.keys),
      missing: await countNotSent(target.db),
    };
  } finally {
    await Promise.all(handles.map((handle) => handle.close()));
  }
}

async function benchTarget(target: BenchTarget, body: Body, workerCounts: number[]): Promise<(string | number)[][]> {
  const rows: (string | number)[][] = [];
  let baseline: number | undefined;
  for (const workers of workerCounts) {
    const runs: Run[] = [];
    for (let i = 0; i < repeat; i += 1) runs.push(await deliveryRun(target, body, workers));
    const wallMs = median(runs.map((run) => run.wallMs));
    baseline ??= wallMs;
    const duplicates = Math.max(...runs.map((run) => run.duplicates));
    const missing = Math.max(...runs.map((run) => run.missing));
    if (duplicates > 0 || missing > 0) failures += 1;
    const percent = (share: number) => `${Math.round(100 * share)}%`;
    const cpu = [percent(median(runs.map((run) => run.nodeCpu))), percent(median(runs.map((run) => run.hostCpu)))];
    // Per message, per worker, outside the transport: claim share, the 'sent' update, waiting for a CPU, idling at the end.
    const sendMs = median(runs.map((run) => run.sendMs));
    const otherMs = (wallMs * workers) / messages - sendMs;
    const ideal = latencyMs > 0 ? Math.round((workers * batch * 1000) / latencyMs) : "n/a";
    const throughput = Math.round((messages / wallMs) * 1000);
    const row = [target.name, messages, workers, batch, (wallMs / 1000).toFixed(2), throughput, ideal, (baseline / wallMs).toFixed(2), sendMs.toFixed(2), otherMs.toFixed(2), ...cpu, duplicates, missing];
    console.log(`  ${target.name} W=${workers}: ${row[4]} s, ${row[5]} msg/s, ×${row[7]}, CPU node ${cpu[0]} host ${cpu[1]}, duplicates ${duplicates}, missing ${missing}`);
    rows.push(row);
  }
  return rows;
}

async function main() {
  const body = await renderBody();
  // Other processes skew every figure on a small machine: say how busy it was before we began.
  const idle0 = hostCpu();
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const idle1 = hostCpu();
  if (idle0 && idle1) console.log(`Host CPU busy in the 2 s before starting: ${Math.round((100 * (idle1.busy - idle0.busy)) / (idle1.total - idle0.total))}% of all cores`);
  console.log(`Outbox delivery: ${messages} messages of ${body.html.length + body.text.length} characters (html+text, rendered once and bulk-inserted), send latency ${latencyMs} ms, batch ${batch}, median of ${repeat} run(s)`);
  const rows: (string | number)[][] = [];

  const pg = await createPostgresTarget(serverUrl);
  let claim: ClaimResult | undefined;
  try {
    rows.push(...(await benchTarget(pg, body, [1, 2, 4, 8])));
    if (claimRows > 0) {
      console.log(`Claim query: ${claimRows} rows, 1% due, ${args["claim-samples"]} samples`);
      claim = await measureClaim(pg.url ?? serverUrl, body, { rows: claimRows, samples: Number(args["claim-samples"]), limit: 50 });
    }
  } finally {
    await pg.dispose();
  }

  const lite = await createPgliteTarget();
  try {
    rows.push(...(await benchTarget(lite, body, [1, 4])));
  } finally {
    await lite.dispose();
  }

  console.log(`\nDelivery (speed-up is against W=1 on the same database; ideal = W × batch × 1000 / latency;
send ms = time really spent in the fake transport per message (one wait per batch request); other ms = W × wall / messages - send ms;
node CPU = this process, share of one core; host CPU = all processes, share of all cores)\n`);
  printTable(["database", "messages", "workers", "batch", "wall s", "msg/s", "ideal msg/s", "speed-up", "send ms", "other ms", "node CPU", "host CPU", "duplicates", "missing"], rows);
  if (claim) printClaim(claim);
  if (failures > 0) {
    console.error(`\n${failures} run(s) had duplicate sends or rows left unsent`);
    process.exitCode = 1;
  }
}

function printClaim(claim: ClaimResult) {
  console.log(`\nclaimFreshBatch(max 50) on ${claim.rows} rows (${claim.due} due), ${claim.samples} samples each:\n`);
  printTable(
    ["table state", "median ms", "p95 ms"],
    [
      ["index vacuumed before each claim", claim.vacuumed.medianMs.toFixed(2), claim.vacuumed.p95Ms.toFixed(2)],
      [`churning, autovacuum off (${claim.samples} claims)`, claim.churned.medianMs.toFixed(2), claim.churned.p95Ms.toFixed(2)],
    ],
  );
  console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the claim statement as claimFreshBatch sends it, on the vacuumed table
(the SELECT … FOR UPDATE SKIP LOCKED is the subtree under Limit; run in a transaction that is rolled back):\n`);
  for (const line of claim.plan) console.log(`  ${line}`);
  const usesIndex = claim.plan.some((line) => line.includes("email_outbox_due_idx"));
  console.log(`\nemail_outbox_due_idx used: ${usesIndex ? "yes" : "NO"}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
