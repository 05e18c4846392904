// EXPLAIN (ANALYZE, BUFFERS) of exactly the statements some data-layer code
// sends: it runs once on a Drizzle handle whose logger records each statement
// and its parameters, then each statement is explained in a transaction that
// is rolled back. Plus small readers of the plan text.
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { schema, setDatabaseForTesting, type Database } from "@/lib/db/client";
import { printTable } from "./outbox-helpers";

export type Statement = { label: string; sql: string; params: unknown[] };
export type Plan = Statement & { lines: string[] };
/** `run` gets the recording handle, which is also installed as the app's database for code that calls getDb(). */
export type Capture = { label: string; run: (db: Database) => Promise<unknown>; part?: (sql: string) => string };

class Rollback extends Error {}

export async function capturePlans(url: string, captures: Capture[]): Promise<Plan[]> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const statements: Statement[] = [];
  let current: Capture | undefined;
  const logger = {
    logQuery: (query: string, params: unknown[]) => {
      const part = current?.part?.(query);
      statements.push({ label: `${current?.label ?? "?"}${part ? ` (${part})` : ""}`, sql: query, params });
    },
  };
  const db = drizzle(client, { schema, logger });
  try {
    setDatabaseForTesting({ db, driver: "postgres", close: async () => {} });
    for (const capture of captures) {
      current = capture;
      await capture.run(db);
    }
    const plans: Plan[] = [];
    for (const statement of statements) {
      let lines: string[] = [];
      await client
        .begin(async (tx) => {
          const rows = await tx.unsafe(`explain (analyze, buffers) ${statement.sql}`, statement.params as postgres.ParameterOrJSON<never>[]);
          lines = rows.map((row) => String(row["QUERY PLAN"]));
          throw new Rollback();
        })
        .catch((error: unknown) => {
          if (!(error instanceof Rollback)) throw error;
        });
      plans.push({ ...statement, lines });
    }
    return plans;
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** Estimated rows of every table in the public schema (exact right after VACUUM ANALYZE). */
export async function tableRows(url: string): Promise<Map<string, number>> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await client<{ relname: string; n: number }[]>`
      select relname, reltuples::bigint::int as n from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace`;
    return new Map(rows.map((row) => [row.relname, row.n]));
  } finally {
    await client.end({ timeout: 5 });
  }
}

export const executionMs = (lines: string[]) => Number(lines.find((l) => l.startsWith("Execution Time"))?.match(/([\d.]+) ms/)?.[1] ?? Number.NaN);
export const topBuffers = (lines: string[]) => lines.find((l) => l.trim().startsWith("Buffers:"))?.trim().replace("Buffers: ", "") ?? "none";
export const indexesUsed = (lines: string[]) => [
  ...new Set(lines.flatMap((l) => [...l.matchAll(/(Index Only Scan|Index Scan)(?: Backward)? using (\w+)|Bitmap Index Scan on (\w+)/g)].map((m) => (m[3] ? m[3] : `${m[2]}${m[1] === "Index Only Scan" ? " (index only)" : ""}`)))),
];
/** Tables read by a sequential scan (parallel or not), in plan order. */
export const seqScans = (lines: string[]) => [...new Set(lines.flatMap((l) => [...l.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1] ?? "")))];

/** One database size of a benchmark that compares two: its timings by operation name and its captured plans. */
export type ScaleResult = { candidates: number; timings: Map<string, { p50: number; p95: number }>; plans: Plan[]; tableRows: Map<string, number> };

const ms = (value: number) => value.toFixed(2);

/**
 * The comparison of two sizes: time ratios per operation, every statement's
 * plan at the large size, and a summary of both. Returns how many statements
 * read a table of more than `seqScanRows` rows sequentially at the large size.
 */
export function reportScaling(small: ScaleResult, large: ScaleResult, operations: string[], seqScanRows: number): number {
  console.log(`\nRatio ${large.candidates} / ${small.candidates} candidates (1.00: no slower with ${large.candidates / small.candidates}× the data)\n`);
  const ratio = (name: string, p: "p50" | "p95") => (large.timings.get(name)![p] / small.timings.get(name)![p]).toFixed(2);
  printTable(["operation", "p50 ratio", "p95 ratio"], operations.map((name) => [name, ratio(name, "p50"), ratio(name, "p95")]));

  console.log(`\nEXPLAIN (ANALYZE, BUFFERS) at ${large.candidates} candidates, each statement as the function sends it:\n`);
  let flagged = 0;
  large.plans.forEach((plan, i) => {
    console.log(`-- [${i + 1}] ${plan.label}\n${plan.sql}\n-- params: ${JSON.stringify(plan.params)}`);
    for (const line of plan.lines) console.log(`  ${line}`);
    for (const table of seqScans(plan.lines)) {
      const n = large.tableRows.get(table) ?? 0;
      if (n > seqScanRows) {
        flagged += 1;
        console.log(`\n  !!!!! SEQ SCAN on ${table} (${n} rows) in ${plan.label} [${i + 1}] !!!!!`);
      }
    }
    console.log("");
  });
  console.log("Plans summary: server execution time and the top node's buffers at both scales (buffers that do not grow with the data mean index access)\n");
  printTable(
    ["#", "statement", "indexes used", "seq scans", `exec ms @${small.candidates}`, `exec ms @${large.candidates}`, `buffers @${small.candidates}`, `buffers @${large.candidates}`],
    large.plans.map((plan, i) => {
      const before = small.plans[i]?.label === plan.label ? small.plans[i] : undefined;
      const scans = seqScans(plan.lines).map((t) => `${t} (${large.tableRows.get(t) ?? "?"} rows)`);
      return [i + 1, plan.label, indexesUsed(plan.lines).join(", ") || "none", scans.join(", ") || "none", before ? ms(executionMs(before.lines)) : "?", ms(executionMs(plan.lines)), before ? topBuffers(before.lines) : "?", topBuffers(plan.lines)];
    }),
  );
  const scanning = large.plans.filter((plan) => seqScans(plan.lines).length > 0).map((plan) => `${plan.label}: ${seqScans(plan.lines).join(", ")}`);
  console.log(scanning.length === 0 ? "\nEvery statement reaches every table through an index." : `\nStatements reading a table by sequential scan (any size):\n  ${scanning.join("\n  ")}`);
  console.log(flagged === 0 ? `No sequential scan on a table of more than ${seqScanRows} rows.` : `!!!!! ${flagged} SEQ SCAN(s) on tables of more than ${seqScanRows} rows: see above !!!!!`);
  return flagged;
}
