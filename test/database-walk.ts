// Reads the migrated database's own catalogue, so the privacy tests see every
// table that exists (not only those some code remembers) and look for a
// person by value in every column of every row.
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/** Every table of the app's (the migrations' own bookkeeping lives in another schema). */
export async function listTables(db: Database): Promise<string[]> {
  const result = await db.execute(sql`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`);
  return rowsOf<{ table_name: string }>(result).map((row) => row.table_name);
}

export type ColumnInfo = { table: string; column: string; dataType: string };

export async function listColumns(db: Database): Promise<ColumnInfo[]> {
  const result = await db.execute(sql`
    select table_name, column_name, data_type from information_schema.columns
    where table_schema = 'public' order by table_name, ordinal_position`);
  return rowsOf<{ table_name: string; column_name: string; data_type: string }>(result).map((row) => ({
    table: row.table_name,
    column: row.column_name,
    dataType: row.data_type,
  }));
}

export type UserReference = { table: string; column: string; onDelete: "cascade" | "set null" | "other" };

/** Every foreign-key column that points at users(id), and what deleting the user does to its row. */
export async function listUserReferences(db: Database): Promise<UserReference[]> {
  const result = await db.execute(sql`
    select c.conrelid::regclass::text as table_name, a.attname as column_name, c.confdeltype as action
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
    where c.contype = 'f' and c.confrelid = 'public.users'::regclass
    order by 1, 2`);
  return rowsOf<{ table_name: string; column_name: string; action: string }>(result).map((row) => ({
    table: row.table_name.replace(/^public\./, "").replaceAll('"', ""),
    column: row.column_name,
    onDelete: row.action === "c" ? "cascade" : row.action === "n" ? "set null" : "other",
  }));
}

/**
 * Per table, the rows in which any column, as text, contains one of
 * `needles` (case-insensitive): a person's id and address, wherever they
 * are kept. Tables with no such row are left out.
 */
export async function rowsMentioning(db: Database, needles: string[]): Promise<Record<string, unknown[]>> {
  const found: Record<string, unknown[]> = {};
  for (const table of await listTables(db)) {
    const matches = sql.join(
      needles.map((needle) => sql`strpos(lower(to_jsonb(t)::text), ${needle.toLowerCase()}) > 0`),
      sql` or `,
    );
    const result = await db.execute(sql`select to_jsonb(t) as row from ${sql.identifier(table)} t where ${matches}`);
    const rows = rowsOf<{ row: unknown }>(result).map((row) => row.row);
    if (rows.length > 0) found[table] = rows;
  }
  return found;
}

/** Every row of each table, as JSON, for comparing a table before and after. */
export async function allRows(db: Database, tables: string[]): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of tables) {
    const result = await db.execute(sql`select to_jsonb(t) as row from ${sql.identifier(table)} t order by 1`);
    rows[table] = rowsOf<{ row: unknown }>(result).map((row) => row.row);
  }
  return rows;
}
