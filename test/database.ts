// A fresh, migrated database per test file: in-memory PGlite by default, a
// throwaway Postgres database when TEST_DATABASE_URL is set (CI runs both).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import postgres from "postgres";
import { inject } from "vitest";
import { openDatabase, openPglite, setDatabaseForTesting, type Database } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";

/** `url` is set on Postgres only: other processes (worker drills) can open the same database. */
export type TestDatabase = { db: Database; driver: "postgres" | "pglite"; url?: string; dispose: () => Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    // From the migrated snapshot the global setup made (test/pglite-snapshot.ts), when there is one.
    const snapshot = inject("pgliteSnapshot");
    const handle = openPglite(undefined, snapshot ? new Blob([readFileSync(snapshot)]) : undefined);
    if (!snapshot) await migrateDatabase(handle.db, "pglite");
    setDatabaseForTesting(handle);
    return { db: handle.db, driver: "pglite", dispose: async () => finish(handle.close) };
  }

  // TEST_DATABASE_PREFIX keeps the databases of several checkouts sharing one server apart.
  const name = `${process.env.TEST_DATABASE_PREFIX ?? "next_steps_test"}_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase(url.toString());
  await migrateDatabase(handle.db, "postgres");
  setDatabaseForTesting(handle);
  return {
    db: handle.db,
    driver: "postgres",
    url: url.toString(),
    dispose: async () => {
      await finish(handle.close);
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

async function finish(close: () => Promise<void>) {
  setDatabaseForTesting(undefined);
  await close();
}
