// Emptying the tables between fuzz runs, which happens hundreds of times:
// `truncate` costs most of a second on Postgres (it replaces files), a
// `delete` on a few rows costs milliseconds. Foreign keys are not checked
// meanwhile (replica mode), since every table is emptied anyway.
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";

export async function emptyTables(db: Database, tables: string[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    for (const table of tables) await tx.execute(sql`delete from ${sql.identifier(table)}`);
  });
}
