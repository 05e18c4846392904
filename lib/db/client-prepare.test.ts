// DATABASE_PREPARE=false (behind PgBouncer in transaction mode) leaves no named
// prepared statement on the server connection; the default does prepare them.
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { env } from "@/lib/env";
import { openDatabase } from "./client";

afterEach(() => vi.unstubAllEnvs());

describe("DATABASE_PREPARE", () => {
  it("is on unless set to false", () => {
    expect(env({}).DATABASE_PREPARE).toBe(true);
    expect(env({ DATABASE_PREPARE: "false" }).DATABASE_PREPARE).toBe(false);
    expect(env({ DATABASE_PREPARE: "0" }).DATABASE_PREPARE).toBe(false);
    expect(() => env({ DATABASE_PREPARE: "sometimes" })).toThrow(/DATABASE_PREPARE/);
  });

  const serverUrl = process.env.TEST_DATABASE_URL;

  /** Named statements on the pool's one connection after the same parameterised query twice. */
  async function preparedAfterTwoQueries(prepare: string): Promise<number> {
    vi.stubEnv("DATABASE_PREPARE", prepare);
    vi.stubEnv("DATABASE_POOL_MAX", "1");
    const handle = openDatabase(serverUrl);
    try {
      for (let i = 0; i < 2; i += 1) await handle.db.execute(sql`select ${i}::int as n`);
      const rows = (await handle.db.execute(sql`select count(*)::int as prepared from pg_prepared_statements`)) as unknown as { prepared: number }[];
      return rows[0]!.prepared;
    } finally {
      await handle.close();
    }
  }

  it.skipIf(!serverUrl)("leaves no prepared statement on Postgres when false, and prepares them by default", async () => {
    expect(await preparedAfterTwoQueries("false")).toBe(0);
    expect(await preparedAfterTwoQueries("true")).toBeGreaterThan(0);
  });
});
