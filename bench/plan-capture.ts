// EXPLAIN (ANALYZE, BUFFERS) of exactly the statements some data-layer code
// sends: it runs once on a Drizzle handle whose logger records each statement
// and its parameters, then each statement is explained in a transaction that
// is rolled back. Plus small readers of the plan text.
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { schema, setDatabaseForTesting, type Database } from "@/lib/db/client";

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
