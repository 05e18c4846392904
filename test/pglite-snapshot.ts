// Vitest's global setup: one in-memory PGlite, migrated, dumped to a file that every test file
// starts its own database from (test/database.ts). Starting a fresh PGlite runs initdb, several
// seconds of the one core a test worker has; loading a dump of a migrated one takes about one.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openPglite } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshot: string | undefined;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  // On Postgres each file creates a database of its own; there is nothing to share.
  if (process.env.TEST_DATABASE_URL) {
    project.provide("pgliteSnapshot", undefined);
    return () => {};
  }
  const folder = mkdtempSync(path.join(tmpdir(), "next-steps-pglite-"));
  const file = path.join(folder, "migrated.tar");
  const handle = openPglite(undefined);
  await migrateDatabase(handle.db, "pglite");
  writeFileSync(file, Buffer.from(await (await handle.dump!()).arrayBuffer()));
  await handle.close();
  project.provide("pgliteSnapshot", file);
  return () => rmSync(folder, { recursive: true, force: true });
}
