import "server-only";
import { replaceDatabasePool } from "./client";

// postgres.js 3.4.9 can throw from a setImmediate callback when a connection
// closes under it (porsager/postgres#1154 and #1208, unfixed upstream): a
// TypeError no caller can catch. Worse, that connection never sends anything
// again, so every later query given to it waits for ever. The Postgres
// restart drills hit it in the worker (which died) and in `next start`
// (which logged it and then left requests hanging). Dropping the whole pool
// fails its stuck queries and lets the next getDb() open a fresh one.

/** The driver's fault, recognised by its message and the timer it is thrown from (the server bundle is minified). */
export function isWriteOnClosedConnection(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    error.message === "Cannot read properties of null (reading 'write')" &&
    /^\s+at Immediate\./m.test(error.stack ?? "")
  );
}

/** Replaces the pool when the fault happens; whether it was this fault. */
export function recoverFromDriverFault(error: unknown): boolean {
  if (!isWriteOnClosedConnection(error)) return false;
  console.error("[db] a connection closed mid-write and cannot be used again; opening a new pool");
  void replaceDatabasePool().catch((cause: unknown) => console.error("[db] closing the old pool failed", cause));
  return true;
}
