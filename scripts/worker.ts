// `npm run worker`: delivers the email outbox until told to stop. Run one or
// many; they share the work through row claims and never send a row twice.
import { closeDb, getDriver } from "@/lib/db/client";
import { recoverFromDriverFault } from "@/lib/db/driver-faults";
import { startWorkerLoop } from "@/lib/worker/loop";
import { checkEnvAtStart, env } from "@/lib/env";
import { routeConsoleToLogger } from "@/lib/log/console-capture";
import { logger } from "@/lib/log/logger";
import { startTracingFromEnv } from "@/lib/telemetry/from-env";

if (!env().DATABASE_URL) {
  logger().fatal(
    "npm run worker needs DATABASE_URL. Without it, `npm run dev` runs the worker inside the server " +
      "(the embedded database can only be opened by one process).",
  );
  process.exit(1);
}
routeConsoleToLogger();
for (const note of checkEnvAtStart()) logger().warn(note);

// Catching what nothing else can: a postgres.js fault gets a fresh pool
// (lib/db/driver-faults.ts); anything else still ends the process.
process.on("uncaughtException", (error) => {
  if (recoverFromDriverFault(error)) return;
  logger().fatal({ err: error }, "uncaught exception; the worker stops");
  process.exit(1);
});

// Tracing first, so the database the loop opens has its queries traced too.
const started = startTracingFromEnv("next-steps-worker").then((tracing) => {
  const worker = startWorkerLoop();
  logger().info({ driver: getDriver() }, "worker delivering the outbox; stop with SIGTERM or Ctrl+C");
  return { tracing, worker };
});
// The loop's sleep does not hold the process open (the server embeds the
// same loop), and after a database restart no connection does either: this
// process would end, with status 0, the first time it went idle.
const keepAlive = setInterval(() => {}, 60_000);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger().info({ signal }, "worker finishing the current pass");
  const { tracing, worker } = await started;
  await worker.stop();
  clearInterval(keepAlive);
  await closeDb();
  await tracing?.shutdown();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
