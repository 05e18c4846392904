import "server-only";
import { replaceDatabasePool } from "./client";
import { logger } from "@/lib/log/logger";

// postgres.js 3.4.9 throws an uncatchable TypeError from a setImmediate when a connection
// closes under it (porsager/postgres#1154, #1208), and that connection then hangs every
// later query. Dropping the pool fails those queries and the next getDb() opens a fresh one.

/** The driver's fault, recognised by its message and the timer it is thrown from (the server bundle is minified). */
export function isWriteOnClosedConnection(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    error.message === "Cannot read properties of null (reading 'write')" &&
    /^\s+at Immediate\./m.test(error.stack ?? "")
  );
}

export function recoverFromDriverFault(error: unknown): boolean {
  if (!isWriteOnClosedConnection(error)) return false;
  logger().error("a database connection closed mid-write and cannot be used again; opening a new pool");
  void replaceDatabasePool().catch((cause: unknown) => logger().error({ err: cause }, "closing the old database pool failed"));
  return true;
}
