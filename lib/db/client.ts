import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import { tracePgliteQueries, tracePostgresQueries } from "@/lib/telemetry/query-spans";
import * as auth from "./schema/auth";
import * as client from "./schema/client";
import * as delivery from "./schema/delivery";
import * as journey from "./schema/journey";
import * as privacy from "./schema/privacy";
import * as retention from "./schema/retention";

export const schema = { ...auth, ...journey, ...client, ...delivery, ...privacy, ...retention };
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

type Handle = {
  db: Database;
  driver: "postgres" | "pglite";
  close: () => Promise<void>;
  /** PGlite only: its whole data folder as a tarball, for another instance's `loadDataDir`. */
  dump?: () => Promise<Blob>;
};

// Kept on globalThis so hot reloads in dev reuse one connection (and, for
// PGlite, never open the data folder twice in one process).
const holder = globalThis as unknown as { nextStepsDb?: Handle };

/** The app's database, opened on first use: importing this module opens nothing. */
export function getDb(): Database {
  return getHandle().db;
}

export function getDriver(): Handle["driver"] {
  return getHandle().driver;
}

function getHandle(): Handle {
  holder.nextStepsDb ??= openDatabase(env().DATABASE_URL);
  return holder.nextStepsDb;
}

export function openDatabase(url: string | undefined): Handle {
  if (url) {
    const client = postgres(url, {
      max: env().DATABASE_POOL_MAX,
      prepare: env().DATABASE_PREPARE,
      onnotice: () => {},
      // postgres.js waits longer before each new connection after a refused
      // one (up to 20 s, counted across the pool), and a query that comes
      // along meanwhile waits it out, even once the database is back: a
      // restart left requests hanging for 15 s. A short, capped wait answers
      // them with an error during the outage and serves them within a second
      // after it.
      backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1) * (0.5 + Math.random() / 2),
    });
    return {
      db: drizzlePostgres(tracePostgresQueries(client), { schema }),
      driver: "postgres",
      close: () => client.end({ timeout: 5 }),
    };
  }
  return openPglite(env().PGLITE_DIR ?? path.join(process.cwd(), ".data", "pglite"));
}

/**
 * Embedded Postgres in a folder, or in memory when `dataDir` is undefined (tests). `loadDataDir`
 * starts it from a dump of another instance's data, skipping initdb (test/pglite-snapshot.ts).
 */
export function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Handle {
  // PGlite's own mkdir is not recursive.
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite({ dataDir, loadDataDir });
  return {
    db: drizzlePglite(tracePgliteQueries(client), { schema }),
    driver: "pglite",
    close: () => client.close(),
    dump: () => client.dumpDataDir("none"),
  };
}

/** Tests swap in their own database; `undefined` restores lazy opening. */
export function setDatabaseForTesting(handle: Handle | undefined): void {
  holder.nextStepsDb = handle;
}

/** Drops a Postgres pool: its queries fail within five seconds, and the next getDb() opens a fresh one. */
export async function replaceDatabasePool(): Promise<void> {
  const handle = holder.nextStepsDb;
  if (handle?.driver !== "postgres") return;
  holder.nextStepsDb = undefined;
  await handle.close();
}

export async function closeDb(): Promise<void> {
  const handle = holder.nextStepsDb;
  holder.nextStepsDb = undefined;
  await handle?.close();
}
