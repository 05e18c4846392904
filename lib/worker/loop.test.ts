import { afterEach, expect, it, vi } from "vitest";
import { openPglite, setDatabaseForTesting } from "@/lib/db/client";
import { captureLogs } from "@/test/logs/log-lines";
import { startWorkerLoop } from "./loop";
import { isUnmigratedDatabase } from "./pass-report";

const logs = captureLogs();
afterEach(() => {
  logs.uninstall();
  vi.restoreAllMocks();
  setDatabaseForTesting(undefined);
});

it("says once, not every tick, that the database is not migrated yet", async () => {
  const handle = openPglite(undefined);
  setDatabaseForTesting(handle);
  logs.install();
  const said = () => logs.lines().filter((line) => line.level !== "debug");
  const attempts = vi.spyOn(handle.db, "transaction");
  const worker = startWorkerLoop({ intervalMs: 10 });
  await vi.waitFor(() => expect(said().length).toBeGreaterThan(0), { timeout: 10_000 });
  // Many more ticks, each failing the same way.
  const seen = attempts.mock.calls.length;
  await vi.waitFor(() => expect(attempts.mock.calls.length).toBeGreaterThan(seen + 5), { timeout: 10_000 });
  await worker.stop();
  await handle.close();

  expect(said().map((line) => `${line.level} ${line.msg}`)).toEqual([
    "warn the database has no tables yet; the worker waits for migrations (npm run db:migrate)",
  ]);
  // Each failing pass is still a line, below the default level.
  expect(logs.lines().filter((line) => line.msg === "worker pass").length).toBeGreaterThan(5);
});

it("recognises the missing-table error however deeply it is wrapped, and nothing else", () => {
  const missing = Object.assign(new Error('relation "reminders" does not exist'), { code: "42P01" });
  expect(isUnmigratedDatabase(new Error("Failed query", { cause: missing }))).toBe(true);
  expect(isUnmigratedDatabase(missing)).toBe(true);
  expect(isUnmigratedDatabase(Object.assign(new Error("connection refused"), { code: "ECONNREFUSED" }))).toBe(false);
  expect(isUnmigratedDatabase("42P01")).toBe(false);
});
