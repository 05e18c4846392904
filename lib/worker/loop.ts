import "server-only";
import type { DeliveryOptions } from "@/lib/email/outbox-delivery";
import { env, type Env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { runWorkerPass, workerSteps, type WorkerStep } from "./pass";
import { isUnmigratedDatabase } from "./pass-report";

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

/** The stages step scans every open application (80 ms at 20,000 on Postgres 15), so a loop runs
 *  it once a minute rather than every tick, and again at once while it still finds work. */
const stagesEveryMs = 60_000;
/** The retention step is a claim on the day's pass (one upsert); once claimed or done, asking each tick is waste. */
const retentionEveryMs = 10 * 60_000;

/**
 * Runs worker passes until stopped: straight on while there is work, a
 * sleep when a pass finds none. A failed step (the database restarting, say)
 * is logged and retried on the next tick rather than ending the loop.
 */
export function startWorkerLoop(options: WorkerOptions = workerOptionsFromEnv()): RunningWorker {
  const intervalMs = options.intervalMs ?? 2_000;
  let stopping = false;
  let wake: (() => void) | undefined;
  const report = failedPassReporter();
  let stagesDueAt = 0;
  let retentionDueAt = 0;

  const loop = (async () => {
    while (!stopping) {
      const withStages = Date.now() >= stagesDueAt;
      const withRetention = Date.now() >= retentionDueAt;
      const steps = workerSteps.filter((step) => (step !== "stages" || withStages) && (step !== "retention" || withRetention));
      const pass = await runWorkerPass({ steps, reminderBatch: options.reminderBatch, delivery: options.delivery });
      if (withStages) stagesDueAt = pass.stages ? 0 : Date.now() + stagesEveryMs;
      if (withRetention) retentionDueAt = Date.now() + retentionEveryMs;
      if (pass.failures.length === 0) report.succeeded();
      for (const { step, error } of pass.failures) report.failed(step, error);
      if (!pass.busy && !stopping) {
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


const logLabels: Record<WorkerStep, string> = {
  stages: "[stages worker]",
  reminders: "[reminders worker]",
  retention: "[retention worker]",
  delivery: "[outbox worker]",
};

/**
 * Every failed step is logged, except that a database with no tables yet
 * (a server started before `npm run db:migrate`, as the e2e suite does) is
 * said once, not every tick, until a pass succeeds.
 */
function failedPassReporter() {
  let saidUnmigrated = false;
  return {
    succeeded: () => {
      saidUnmigrated = false;
    },
    failed: (step: WorkerStep, error: unknown) => {
      const label = logLabels[step];
      if (!isUnmigratedDatabase(error)) return void logger().error({ err: error, step }, `${label} pass failed; retrying`);
      if (saidUnmigrated) return;
      saidUnmigrated = true;
      logger().warn("the database has no tables yet; the worker waits for migrations (npm run db:migrate)");
    },
  };
}
