import "server-only";
import { getDb } from "@/lib/db/client";
import { deliverDueEmails, type DeliveryOptions, type DeliveryTally } from "@/lib/email/outbox-delivery";
import { getTransport } from "@/lib/email/transports/select";
import { moveEndedApplicationsToAwaiting } from "@/lib/journey/awaiting-decision";
import { remindSilentClients } from "@/lib/journey/client-request-reminders";
import { logger } from "@/lib/log/logger";
import { oldestDueSince } from "@/lib/ops/readiness";
import { processDueReminders, type ReminderTally } from "@/lib/reminders/process-due";
import { runRetentionPass, type RetentionPassResult } from "@/lib/retention/daily-pass";
import { withSpan } from "@/lib/telemetry/spans";
import { isUnmigratedDatabase, passCounts, passSpanAttributes } from "./pass-report";

// The same pass for the in-process loop, `npm run worker` and the cron routes. Stages first (a
// reminder reads the stage), then reminders, so their emails go out in the same pass; the day's
// retention pass (once a day across all workers) comes last, so its minutes never hold up mail
// already due. A failing step never holds up the next.

export const workerSteps = ["stages", "reminders", "delivery", "retention"] as const;
export type WorkerStep = (typeof workerSteps)[number];

export type WorkerPassOptions = {
  steps?: readonly WorkerStep[];
  reminderBatch?: number;
  delivery?: DeliveryOptions;
};

export type WorkerPassResult = {
  /** Applications moved to "awaiting a decision" because their last round has ended. */
  stages?: number;
  reminders?: ReminderTally;
  /** Reminders queued to clients who have not answered a feedback request. */
  clientReminders?: number;
  /** The day's retention pass, if this pass was the one to run it (lib/retention/daily-pass.ts). */
  retention?: RetentionPassResult;
  delivery?: DeliveryTally;
  failures: { step: WorkerStep; error: unknown }[];
  /** Whether any step found work, so a loop goes straight on instead of sleeping. */
  busy: boolean;
};

/** One pass, traced as a span and logged as one line (at debug when it found nothing to do). */
export async function runWorkerPass(options: WorkerPassOptions = {}, now: () => Date = () => new Date()): Promise<WorkerPassResult> {
  const steps = options.steps ?? workerSteps;
  return withSpan("worker.pass", { "worker.steps": steps.join(",") }, async (span) => {
    const started = performance.now();
    const result = await runSteps(steps, options, now);
    // The backlog's age tells an operator more than any count (the same measure as /api/ready):
    // read after delivery, never failing the pass.
    const oldestDueAgeMs = steps.includes("delivery") ? await oldestDueAgeAfter(now).catch(() => null) : undefined;
    const counts = passCounts(result, oldestDueAgeMs);
    span?.setAttributes(passSpanAttributes(counts));
    const line = { ...counts, durationMs: Math.round(performance.now() - started) };
    // Before migrations every pass fails the same way; lib/worker/loop.ts says so once.
    if (result.failures.some((failure) => !isUnmigratedDatabase(failure.error))) logger().warn(line, "worker pass");
    else if (result.busy) logger().info(line, "worker pass");
    else logger().debug(line, "worker pass");
    return result;
  });
}

async function oldestDueAgeAfter(now: () => Date): Promise<number | null> {
  const at = now();
  const since = await oldestDueSince(getDb(), at);
  return since ? Math.max(0, at.getTime() - since.getTime()) : null;
}

async function runSteps(steps: readonly WorkerStep[], options: WorkerPassOptions, now: () => Date): Promise<WorkerPassResult> {
  const result: WorkerPassResult = { failures: [], busy: false };
  if (steps.includes("stages")) {
    try {
      result.stages = await moveEndedApplicationsToAwaiting(getDb(), now());
      result.busy ||= result.stages > 0;
    } catch (error) {
      result.failures.push({ step: "stages", error });
    }
  }
  if (steps.includes("reminders")) {
    try {
      result.reminders = await processDueReminders(getDb(), now(), options.reminderBatch ?? 50);
      result.clientReminders = await remindSilentClients(getDb(), now(), options.reminderBatch ?? 50);
      result.busy ||= result.reminders.claimed > 0 || result.clientReminders > 0;
    } catch (error) {
      result.failures.push({ step: "reminders", error });
    }
  }
  if (steps.includes("delivery")) {
    try {
      result.delivery = await deliverDueEmails(getDb(), getTransport(), now(), withoutUndefined(options.delivery ?? {}));
      result.busy ||= result.delivery.claimed > 0;
    } catch (error) {
      result.failures.push({ step: "delivery", error });
    }
  }
  if (steps.includes("retention")) {
    try {
      result.retention = await runRetentionPass(getDb(), now());
      // Its notices go out on the next pass, straight away.
      result.busy ||= result.retention.ran;
    } catch (error) {
      result.failures.push({ step: "retention", error });
    }
  }
  return result;
}

// An unset tuning value must not override the delivery defaults.
function withoutUndefined<T extends object>(options: T): T {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as T;
}
