// `npm run worker`: delivers the email outbox until told to stop. Run one or
// many; they share the work through row claims and never send a row twice.
import { closeDb, getDriver } from "@/lib/db/client";
import { recoverFromDriverFault } from "@/lib/db/driver-faults";
import { startWorkerLoop } from "@/lib/worker/loop";
import { checkEnvAtStart, env } from "@/lib/env";

if (!env().DATABASE_URL) {
  console.error(
    "npm run worker needs DATABASE_URL. Without it, `npm run dev` runs the worker inside the server " +
      "(the embedded database can only be opened by one process).",
  );
  process.exit(1);
}
checkEnvAtStart();

// Catching what nothing else can: a postgres.js fault gets a fresh pool
// (lib/db/driver-faults.ts); anything else still ends the process.
process.on("uncaughtException", (error) => {
  if (recoverFromDriverFault(error)) return;
  console.error(error);
  process.exit(1);
});

const worker = startWorkerLoop();
console.log(`[worker] delivering the outbox (${getDriver()}); stop with SIGTERM or Ctrl+C`);
// The loop's sleep does not hold the process open (the server embeds the
// same loop), and after a database restart no connection does either: this
// process would end, with status 0, the first time it went idle.
const keepAlive = setInterval(() => {}, 60_000);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[worker] ${signal}: finishing the current pass`);
  await worker.stop();
  clearInterval(keepAlive);
  await closeDb();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
