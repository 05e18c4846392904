import "server-only";
import { getDb, getDriver } from "@/lib/db/client";
import { recoverFromDriverFault } from "@/lib/db/driver-faults";
import { migrateDatabase } from "@/lib/db/migrate";
import { isDatabaseEmpty, seedDemoData } from "@/lib/seed/seed";
import { startWorkerLoop, type RunningWorker } from "@/lib/worker/loop";
import { stopWorkerOnSignals } from "./graceful-shutdown";
import { checkEnvAtStart, env } from "@/lib/env";
import { routeConsoleToLogger } from "@/lib/log/console-capture";
import { installRequestLog } from "@/lib/log/request-log";
import { stampPeerAddresses } from "@/lib/security/client-ip";
import { logger } from "@/lib/log/logger";

const holder = globalThis as unknown as { nextStepsWorker?: RunningWorker; nextStepsDriverFaults?: boolean };

/**
 * Zero-config start: the embedded database is migrated and given demo data
 * in this process (a second process must never open the PGlite folder), and
 * in development the outbox worker runs here too. With DATABASE_URL,
 * migrations are a deploy step (`npm run db:migrate`).
 */
export async function startServer(): Promise<void> {
  // Thrown here, `next start` exits naming the variable instead of failing on the first request.
  for (const note of checkEnvAtStart()) logger().warn(note);
  stampPeerAddresses();
  installRequestLog();
  routeConsoleToLogger();
  // Next.js logs uncaught exceptions and carries on; this one also needs a fresh pool (lib/db/driver-faults.ts).
  if (getDriver() === "postgres" && !holder.nextStepsDriverFaults) {
    holder.nextStepsDriverFaults = true;
    process.on("uncaughtException", recoverFromDriverFault);
  }
  if (getDriver() === "pglite") {
    const db = getDb();
    await migrateDatabase(db, "pglite");
    if (await isDatabaseEmpty(db)) {
      const counts = await seedDemoData(db, new Date());
      logger().info({ counts }, "embedded database seeded with demo data");
    }
  }
  const { WORKER_IN_PROCESS, NODE_ENV } = env();
  const inProcessWorker = WORKER_IN_PROCESS === "1" || (NODE_ENV === "development" && WORKER_IN_PROCESS !== "0");
  if (inProcessWorker && !holder.nextStepsWorker) {
    holder.nextStepsWorker = startWorkerLoop();
    // Not under next dev: it restarts its server process on its own terms.
    if (NODE_ENV === "production") stopWorkerOnSignals(holder.nextStepsWorker);
    logger().info("outbox worker running in the server process");
  }
}
