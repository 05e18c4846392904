// Every server action in app/, called by six people with a valid input aimed
// at candidate A's records, against the real data layer and database. A
// refused call must leave every table as it was; an allowed one must change
// something, so the input is known to be good and the refusals mean
// something. Each call starts from a fresh world. The rows are in
// action-matrix.ts; an exported action without one fails the first test.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/dal";
import { authModule, fakeSession, Interrupt } from "@/test/next-fakes";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { listTables, rowsMentioning } from "@/test/database-walk";
import { matrix, principals, type MatrixRow, type Principal } from "./action-matrix";
import { loadAppActions, type Action } from "./app-actions";
import { createActionWorld } from "./action-world";
import { changedTables, emptyDatabase, fingerprint } from "./database-fingerprint";
import { recordLogs } from "@/test/logs/log-lines";

// Faked (test/next-fakes.ts): who is signed in, Auth.js's signIn and signOut
// (recorded: for the public actions they are the effect), the cache, the
// request headers, and next/navigation's interrupts.
vi.mock("@/lib/auth/auth", async () => (await import("@/test/next-fakes")).authModule);
vi.mock("next/navigation", async () => (await import("@/test/next-fakes")).navigationModule);
vi.mock("next/cache", async () => (await import("@/test/next-fakes")).cacheModule);
vi.mock("next/headers", async () => (await import("@/test/next-fakes")).headersModule);
// Found on disk, not listed by hand, so an action added later is seen.
const { actions, files: actionFiles, duplicateNames } = await loadAppActions();

let testDb: TestDatabase;
let tables: string[];
beforeAll(async () => {
  testDb = await createTestDatabase();
  tables = await listTables(testDb.db);
});
afterAll(() => testDb?.dispose());

it("has a row for every exported server action, and none for an action that is gone", () => {
  expect(actionFiles.length).toBeGreaterThan(0);
  const covered = new Set(matrix.map((row) => row.action));
  const missing = [...actions].filter(([name]) => !covered.has(name)).map(([name, { file }]) => `${name} (${file})`);
  const stale = [...covered].filter((name) => !actions.has(name));
  expect({ missing, stale, duplicateNames }).toEqual({ missing: [], stale: [], duplicateNames: [] });
});

for (const row of matrix) {
  it(row.label, async () => {
    const mismatches: string[] = [];
    for (const principal of principals) {
      const problem = await tryCell(row, principal);
      if (problem) mismatches.push(`${row.label} as ${principal}: ${problem}`);
    }
    expect(mismatches).toEqual([]);
  });
}

/** Null when the cell behaves as the matrix says; otherwise what went wrong. */
async function tryCell(row: MatrixRow, principal: Principal): Promise<string | null> {
  const action = actions.get(row.action);
  if (!action) return `no exported action named ${row.action}`;
  const { db } = testDb;
  await emptyDatabase(db, tables);
  const world = await createActionWorld(db, new Date());
  fakeSession.user = principal === "signedOut" ? null : world[principal];
  const expected = row.expect[principal];
  const before = await fingerprint(db, tables);
  const candidateARowsBefore = expected === "own" ? await candidateARows(world.candidateA) : "";
  authModule.signIn.mockClear();
  authModule.signOut.mockClear();

  const { outcome, unexpected, loggedErrors } = await call(action.run, row.args(world));
  const changed = changedTables(before, await fingerprint(db, tables));
  const authCalls = [...authModule.signIn.mock.calls.map(() => "signIn"), ...authModule.signOut.mock.calls.map(() => "signOut")];

  if (unexpected) return `threw ${unexpected}`;
  if (loggedErrors.length > 0) return `logged an error (${loggedErrors.join(" | ")}); ${outcome}`;
  if (expected === "refused") {
    if (changed.length > 0) return `expected refused, but the database changed (${changed.join(", ")}); ${outcome}`;
    if (authCalls.length > 0) return `expected refused, but Auth.js was asked to ${authCalls.join(", ")}; ${outcome}`;
    return null;
  }
  if (changed.length === 0 && authCalls.length === 0) return `expected ${expected}, but nothing changed; ${outcome}`;
  if (expected === "own" && (await candidateARows(world.candidateA)) !== candidateARowsBefore) {
    return `expected only the caller's own records to change, but rows of candidate A's changed (${changed.join(", ")})`;
  }
  return null;
}

async function call(run: Action, args: unknown[]) {
  const loggedErrors: string[] = [];
  const recording = recordLogs((text) => loggedErrors.push(text));
  try {
    const state = (await run(...args)) as { status?: string; message?: string } | undefined;
    return { outcome: `returned ${JSON.stringify(state && { status: state.status, message: state.message })}`, unexpected: null, loggedErrors };
  } catch (error) {
    if (error instanceof Interrupt) return { outcome: `interrupted by ${error.message}`, unexpected: null, loggedErrors };
    return { outcome: "threw", unexpected: String(error), loggedErrors };
  } finally {
    recording.stop();
  }
}

/** Every row that mentions candidate A (by id or address), in a stable order, as text. */
async function candidateARows(candidateA: CurrentUser): Promise<string> {
  const found = await rowsMentioning(testDb.db, [candidateA.id, candidateA.email]);
  return JSON.stringify(Object.entries(found).map(([table, rows]) => [table, rows.map((row) => JSON.stringify(row)).sort()]));
}
