import "server-only";
import { closeDb } from "@/lib/db/client";
import type { RunningWorker } from "@/lib/worker/loop";
import { logger } from "@/lib/log/logger";

// `next start` answers SIGTERM and SIGINT itself: it stops taking
// connections, lets requests in flight finish, and exits at once, which would
// cut the in-process worker off mid-pass (its claimed rows would wait out
// their lease). With the worker running here, a signal first lets the worker
// finish its pass, then hands over to Next.js's own handler; when that exits,
// the database pool is closed first and the exit code is 0, as `npm run
// worker` gives.

const signals = ["SIGTERM", "SIGINT"] as const;

export function stopWorkerOnSignals(worker: RunningWorker, { exit = process.exit.bind(process) } = {}): void {
  let shuttingDown = false;
  for (const signal of signals) {
    const nextHandlers = process.listeners(signal) as ((signal: NodeJS.Signals) => void)[];
    process.removeAllListeners(signal);
    process.on(signal, () => {
      if (shuttingDown) return;
      shuttingDown = true;
      logger().info({ signal }, `${signal}: the outbox worker finishes its pass, then the server stops`);
      void worker
        .stop()
        .catch((error: unknown) => logger().error({ err: error }, "the worker did not stop cleanly"))
        .then(() => {
          // Next.js ends its shutdown with process.exit: by then no request is in flight.
          process.exit = ((code?: number) => void finish(code, exit)) as typeof process.exit;
          if (nextHandlers.length === 0) return finish(0, exit);
          for (const handler of nextHandlers) handler(signal);
        });
    });
  }
}

async function finish(code: number | string | null | undefined, exit: (code?: number) => never): Promise<void> {
  const requested = code === undefined || code === 0 || code === 130 || code === 143;
  try {
    await closeDb();
    logger().info("stopped: worker finished, database pool closed");
  } catch (error) {
    logger().error({ err: error }, "closing the database pool failed");
    return void exit(1);
  }
  exit(requested ? 0 : Number(code) || 1);
}
