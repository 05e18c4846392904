import { afterEach, expect, it, vi } from "vitest";
import { openPglite, setDatabaseForTesting } from "@/lib/db/client";
import { startWorkerLoop } from "./loop";
import { isUnmigratedDatabase } from "./pass-report";

afterEach(() => {
  vi.restoreAllMocks();
  setDatabaseForTesting(undefined);
});

it("says once, not every tick, that the database is not migrated yet", async () => {
  const handle = openPglite(undefined);
  setDatabaseForTesting(handle);
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
  const attempts = vi.spyOn(handle.db, "transaction");
  const worker = startWorkerLoop({ intervalMs: 10 });
  await vi.waitFor(() => expect(warnings).toHaveBeenCalled(), { timeout: 10_000 });
  // Many more ticks, each failing the same way.
  const seen = attempts.mock.calls.length;
  await vi.waitFor(() => expect(attempts.mock.calls.length).toBeGreaterThan(seen + 5), { timeout: 10_000 });
  await worker.stop();
  await handle.close();

  expect(errors).not.toHaveBeenCalled();
  expect(warnings.mock.calls.map((call) => String(call[0]))).toEqual([
    "[worker] the database has no tables yet; waiting for migrations (npm run db:migrate)",
  ]);
});

it("recognises the missing-table error however deeply it is wrapped, and nothing else", () => {
  const missing = Object.assign(new Error('relation "reminders" does not exist'), { code: "42P01" });
  expect(isUnmigratedDatabase(new Error("Failed query", { cause: missing }))).toBe(true);
  expect(isUnmigratedDatabase(missing)).toBe(true);
  expect(isUnmigratedDatabase(Object.assign(new Error("connection refused"), { code: "ECONNREFUSED" }))).toBe(false);
  expect(isUnmigratedDatabase("42P01")).toBe(false);
});
