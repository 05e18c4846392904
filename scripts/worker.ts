// `npm run worker`: delivers the email outbox until told to stop. Run one or
// many; they share the work through row claims and never send a row twice.
import { closeDb, getDriver } from "@/lib/db/client";
import { startOutboxWorker } from "@/lib/email/outbox-worker";

if (!process.env.DATABASE_URL) {
  console.error(
    "npm run worker needs DATABASE_URL. Without it, `npm run dev` runs the worker inside the server " +
      "(the embedded database can only be opened by one process).",
  );
  process.exit(1);
}

const worker = startOutboxWorker();
console.log(`[worker] delivering the outbox (${getDriver()}); stop with SIGTERM or Ctrl+C`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[worker] ${signal}: finishing the current pass`);
  await worker.stop();
  await closeDb();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
