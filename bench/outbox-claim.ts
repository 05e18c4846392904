// The claim query alone, on an outbox that has grown: mostly sent history,
// a few scheduled retries and failures, and 1% due now.
import { performance } from "node:perf_hooks";
import { inArray, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { schema } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { claimFreshBatch } from "@/lib/email/outbox-claims";
import { percentile, resetOutbox, type Body, type RowSpec } from "./outbox-helpers";

export type ClaimTimings = { medianMs: number; p95Ms: number };
export type ClaimResult = { rows: number; due: number; samples: number; vacuumed: ClaimTimings; churned: ClaimTimings; plan: string[] };

const minute = 60_000;
const day = 24 * 60 * minute;

function growOutbox(total: number, now: Date): RowSpec[] {
  const due = Math.round(total / 100);
  const ago = (ms: number) => new Date(now.getTime() - ms);
  return Array.from({ length: total }, (_, i): RowSpec => {
    if (i < due) return { state: "pending", nextAttemptAt: ago(Math.random() * 10 * minute), createdAt: ago(10 * minute) };
    const old = ago(Math.random() * 90 * day);
    // Of the rest: 1% waiting on backoff (not yet due), 0.5% given up, the remainder sent.
    if (i % 100 === 0) return { state: "pending", nextAttemptAt: new Date(now.getTime() + Math.random() * 60 * minute), createdAt: ago(minute) };
    if (i % 200 === 1) return { state: "failed", nextAttemptAt: old, createdAt: old };
    return { state: "sent", nextAttemptAt: old, createdAt: old };
  });
}

function summarize(timings: number[]): ClaimTimings {
  const sorted = [...timings].sort((x, y) => x - y);
  return { medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95) };
}

const vacuumClean = sql`vacuum (index_cleanup on) email_outbox`;

class Rollback extends Error {}

/** Times claimFreshBatch(limit) and EXPLAINs its SELECT … FOR UPDATE SKIP LOCKED exactly as sent (captured through Drizzle's logger). */
export async function measureClaim(url: string, body: Body, options: { rows: number; samples: number; limit: number }): Promise<ClaimResult> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  let last: { sql: string; params: unknown[] } | undefined;
  const db = drizzle(client, { schema, logger: { logQuery: (query, params) => void (query.includes("skip locked") && (last = { sql: query, params })) } });
  try {
    // One fixed "now" for every claim, so exactly 1% stays due however long this takes.
    const now = new Date();
    await resetOutbox(db, body, growOutbox(options.rows, now));
    const sample = async () => {
      const start = performance.now();
      const claimed = (await claimFreshBatch(db, { now, maxSize: options.limit, leaseMs: 120_000 })).batch?.rows ?? [];
      const elapsed = performance.now() - start;
      if (claimed.length !== options.limit) throw new Error(`a claim returned ${claimed.length} rows, expected ${options.limit}`);
      const statement = last;
      // Put the rows back (untimed) so every sample sees the same 1% due.
      await db
        .update(emailOutbox)
        .set({ state: "pending", lockedUntil: null, attempts: 0, batchId: null })
        .where(inArray(emailOutbox.id, claimed.map((row) => row.id)));
      last = statement;
      return elapsed;
    };
    for (let i = 0; i < 5; i += 1) await sample(); // warm the cache and the connection
    // Each claim and reset leaves dead entries in email_outbox_due_idx (state
    // is indexed, so no update is HOT). First a clean index for every sample
    // (index_cleanup on: a plain VACUUM skips the indexes when under 2% of
    // pages have dead rows), then the same churn with autovacuum held off.
    const vacuumed: number[] = [];
    for (let i = 0; i < options.samples; i += 1) {
      await db.execute(vacuumClean);
      vacuumed.push(await sample());
    }
    const statement = last;
    await db.execute(sql`alter table email_outbox set (autovacuum_enabled = false)`);
    const churned: number[] = [];
    for (let i = 0; i < options.samples; i += 1) churned.push(await sample());
    if (!statement) throw new Error("the claim statement was not captured");
    await db.execute(vacuumClean);
    return {
      rows: options.rows,
      due: Math.round(options.rows / 100),
      samples: options.samples,
      vacuumed: summarize(vacuumed),
      churned: summarize(churned),
      plan: await explain(client, statement),
    };
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** EXPLAIN ANALYZE takes the row locks, so it runs inside a transaction that is rolled back. */
async function explain(client: postgres.Sql, statement: { sql: string; params: unknown[] }): Promise<string[]> {
  let plan: string[] = [];
  try {
    await client.begin(async (tx) => {
      const rows = await tx.unsafe(`explain (analyze, buffers) ${statement.sql}`, statement.params as postgres.ParameterOrJSON<never>[]);
      plan = rows.map((row) => String(row["QUERY PLAN"]));
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return plan;
}
