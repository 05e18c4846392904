import "server-only";
import { format } from "node:util";
import { logger } from "./logger";

// Our code never calls console (ESLint), but Next.js and libraries do: Next.js prints every
// unhandled error itself ("⨯ Error: Failed query: ... params: ..."), parameters and all, and a
// failed insert's parameters can be an address and a sign-in link. In a server or worker process
// console goes through the logger instead, so those lines are scrubbed JSON like ours.

const installed = Symbol.for("next-steps.console-capture");
const holder = globalThis as { [installed]?: boolean };

const levels = { error: "error", warn: "warn", info: "info", log: "info", debug: "debug" } as const;

/** Called once when a server or worker process starts, after which console.* writes log lines. */
export function routeConsoleToLogger(): void {
  if (holder[installed]) return;
  for (const [method, level] of Object.entries(levels) as [keyof typeof levels, (typeof levels)[keyof typeof levels]][]) {
    // eslint-disable-next-line no-console -- replacing console, not writing to it
    console[method] = (...args: unknown[]) => logger()[level]({ source: "console" }, format(...args));
  }
  holder[installed] = true;
}
