import "server-only";
import { getDb } from "@/lib/db/client";
import { processDueReminders } from "@/lib/reminders/worker";
import { env, type Env } from "@/lib/env";
import { deliverDueEmails, type DeliveryOptions } from "./outbox-delivery";
import { getTransport } from "./transports/select";

export type RunningWorker = { stop: () => Promise<void> };

export type WorkerOptions = {
  intervalMs?: number;
  /** Reminders turned into emails per pass. */
  reminderBatch?: number;
  delivery?: DeliveryOptions;
};

/** Settings a deployment (or a drill) tunes without code: all optional. */
export function workerOptionsFromEnv(settings: Env = env()): WorkerOptions {
  return {
    intervalMs: settings.WORKER_INTERVAL_MS,
    delivery: { leaseMs: settings.OUTBOX_LEASE_MS, backoffBaseMs: settings.OUTBOX_BACKOFF_BASE_MS },
  };
}

/**
 * Polls due reminders and the outbox until stopped. The same loop runs
 * inside the dev server, in `npm run worker` processes, and (one pass at a
 * time) behind the cron route. Reminders go first, so the email a reminder
 * enqueues is delivered in the same pass. A failed pass (the database
 * restarting, say) is logged and retried on the next tick rather than ending
 * the loop; a failing reminders pass never holds up delivery. While there is
 * work the loop goes straight on; when a pass finds nothing it sleeps.
 */
export function startOutboxWorker(options: WorkerOptions = workerOptionsFromEnv()): RunningWorker {
  const intervalMs = options.intervalMs ?? 2_000;
  const reminderBatch = options.reminderBatch ?? 50;
  const delivery = Object.fromEntries(Object.entries(options.delivery ?? {}).filter(([, value]) => value !== undefined));
  let stopping = false;
  let wake: (() => void) | undefined;
  const report = failedPassReporter();

  const loop = (async () => {
    while (!stopping) {
      let busy = false;
      try {
        const reminders = await processDueReminders(getDb(), new Date(), reminderBatch);
        busy = reminders.claimed > 0;
        report.succeeded();
      } catch (error) {
        report.failed("[reminders worker]", error);
      }
      try {
        const tally = await deliverDueEmails(getDb(), getTransport(), new Date(), delivery);
        busy ||= tally.claimed > 0;
        report.succeeded();
      } catch (error) {
        report.failed("[outbox worker]", error);
      }
      if (!busy && !stopping) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, intervalMs).unref?.();
        });
      }
    }
  })();

  return {
    async stop() {
      stopping = true;
      wake?.();
      await loop;
    },
  };
}

/** Postgres's "relation does not exist" (42P01), wherever drizzle wrapped it. */
export function isUnmigratedDatabase(error: unknown): boolean {
  for (let current: unknown = error; current && typeof current === "object"; current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: unknown }).code === "42P01") return true;
  }
  return false;
}

/**
 * Every failed pass is logged, except that a database with no tables yet
 * (a server started before `npm run db:migrate`, as the e2e suite does) is
 * said once, not every tick, until a pass succeeds.
 */
function failedPassReporter() {
  let saidUnmigrated = false;
  return {
    succeeded: () => {
      saidUnmigrated = false;
    },
    failed: (loop: string, error: unknown) => {
      if (!isUnmigratedDatabase(error)) return console.error(`${loop} pass failed; retrying`, error);
      if (saidUnmigrated) return;
      saidUnmigrated = true;
      console.warn(`${loop} the database has no tables yet; waiting for migrations (npm run db:migrate)`);
    },
  };
}
