// What "nothing changed" means for the authorization matrix: one hash per
// table of its rows as text, in one query. The caller lists the tables from
// the database's own catalogue (test/database-walk.ts), so a table added
// later is covered too.
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";

/** Counters of attempts, which a refused request may legitimately bump. */
const attemptCounters = new Set(["rate_limits", "delivery_throttle"]);

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

export type Fingerprint = Record<string, string>;

type Options = {
  /**
   * Whether audit lines recording a read count as a change. Over HTTP a
   * refused form can redirect to a page, and a staff page records that it
   * was seen; that read is not a change to anyone's records.
   */
  auditedReads?: boolean;
};

export async function fingerprint(db: Database, tables: string[], { auditedReads = true }: Options = {}): Promise<Fingerprint> {
  const watched = tables.filter((table) => !attemptCounters.has(table));
  const onlyChanges = (table: string) => (!auditedReads && table === "audit_log" ? sql` where t.action <> 'view'` : sql``);
  const result = await db.execute(
    sql.join(
      watched.map(
        (table) => sql`select ${table}::text as name, count(*)::text || ':' || md5(coalesce(string_agg(t::text, chr(10) order by t::text), '')) as hash
          from ${sql.identifier(table)} t${onlyChanges(table)}`,
      ),
      sql` union all `,
    ),
  );
  return Object.fromEntries(rowsOf<{ name: string; hash: string }>(result).map((row) => [row.name, row.hash]));
}

/** The tables whose rows differ. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}

/** Empties every table (the migrations' bookkeeping lives in another schema), so each cell starts from the same world. */
export async function emptyDatabase(db: Database, tables: string[]): Promise<void> {
  await db.execute(sql`truncate table ${sql.join(tables.map((table) => sql.identifier(table)), sql`, `)} restart identity cascade`);
}
