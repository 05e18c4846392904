import { sql, type SQL, type AnyColumn } from "drizzle-orm";

/** `column IN ('a', 'b')` for a CHECK constraint; values are our own constants, never user input. */
export function oneOf(column: AnyColumn, values: readonly string[]): SQL {
  const list = values.map((value) => `'${value.replaceAll("'", "''")}'`).join(", ");
  return sql`${column} in (${sql.raw(list)})`;
}
