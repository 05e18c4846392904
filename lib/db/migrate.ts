import "server-only";
import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { Database } from "./client";

const migrationsFolder = path.join(process.cwd(), "lib", "db", "migrations");

/** Applies the committed SQL migrations; the same files serve both drivers. */
export async function migrateDatabase(db: Database, driver: "postgres" | "pglite"): Promise<void> {
  if (driver === "pglite") {
    await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(db as unknown as PostgresJsDatabase, { migrationsFolder });
  }
}
