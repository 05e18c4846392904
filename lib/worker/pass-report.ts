import "server-only";
import type { SpanAttributes } from "@/lib/telemetry/spans";
import type { WorkerPassResult } from "./pass";

// A worker pass as one log line and as its span's attributes: the same counts in both.

export function passCounts(pass: WorkerPassResult, oldestDueAgeMs: number | null | undefined): Record<string, number | string | null> {
  return {
    ...(pass.stages !== undefined ? { stagesMoved: pass.stages } : {}),
    ...(pass.reminders
      ? { remindersClaimed: pass.reminders.claimed, remindersSent: pass.reminders.sent, remindersFailed: pass.reminders.failed }
      : {}),
    ...(pass.clientReminders !== undefined ? { clientReminders: pass.clientReminders } : {}),
    ...(pass.delivery
      ? {
          claimed: pass.delivery.claimed,
          sent: pass.delivery.sent,
          failed: pass.delivery.failed,
          retried: pass.delivery.retried,
          suppressed: pass.delivery.suppressed,
          requests: pass.delivery.requests,
        }
      : {}),
    ...(pass.retention?.ran ? { retentionDay: pass.retention.day } : {}),
    ...(oldestDueAgeMs !== undefined ? { oldestDueAgeMs } : {}),
    ...(pass.failures.length ? { failedSteps: pass.failures.map((failure) => failure.step).join(",") } : {}),
  };
}

export function passSpanAttributes(counts: Record<string, number | string | null>): SpanAttributes {
  return Object.fromEntries(Object.entries(counts).flatMap(([name, value]) => (value === null ? [] : [[`worker.${name}`, value]])));
}

/** Postgres's "relation does not exist" (42P01), wherever drizzle wrapped it. */
export function isUnmigratedDatabase(error: unknown): boolean {
  for (let current: unknown = error; current && typeof current === "object"; current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: unknown }).code === "42P01") return true;
  }
  return false;
}
