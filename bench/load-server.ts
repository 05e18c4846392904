// `next start` on the existing production build, configured as production
// runs it against Postgres: the outbox worker in the server process, no
// Resend key (mail lands in the database mailbox), a secret of its own.
import { randomBytes } from "node:crypto";
import { startNext, type NextServer } from "./serve-build";

export type LoadServer = NextServer;

export function startLoadServer(root: string, databaseUrl: string, timeoutMs = 90_000): Promise<LoadServer> {
  return startNext(root, {
    readyPath: "/advice",
    timeoutMs,
    env: { DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(32).toString("base64url"), WORKER_IN_PROCESS: "1", RESEND_API_KEY: "" },
  });
}
