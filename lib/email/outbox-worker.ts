import "server-only";
import { getDb } from "@/lib/db/client";
import { processDueReminders } from "@/lib/reminders/worker";
import { deliverDueEmails } from "./outbox-delivery";
import { getTransport } from "./transports/select";

export type RunningWorker = { stop: () => Promise<void> };

/**
 * Polls due reminders and the outbox until stopped. The same loop runs
 * inside the dev server, in `npm run worker` processes, and (one pass at a
 * time) behind the cron route. Reminders go first, so the email a reminder
 * enqueues is delivered in the same pass. A failed pass (the database
 * restarting, say) is logged and retried on the next tick rather than ending
 * the loop; a failing reminders pass never holds up delivery.
 */
export function startOutboxWorker(options: { intervalMs?: number; batchSize?: number } = {}): RunningWorker {
  const intervalMs = options.intervalMs ?? Number(process.env.WORKER_INTERVAL_MS ?? 2_000);
  const batchSize = options.batchSize ?? 50;
  let stopping = false;
  let wake: (() => void) | undefined;

  const loop = (async () => {
    while (!stopping) {
      let busy = false;
      try {
        const reminders = await processDueReminders(getDb(), new Date(), batchSize);
        busy = reminders.claimed === batchSize;
      } catch (error) {
        console.error("[reminders worker] pass failed; retrying", error);
      }
      try {
        const tally = await deliverDueEmails(getDb(), getTransport(), new Date(), batchSize);
        busy ||= tally.sent + tally.retried + tally.failed === batchSize;
      } catch (error) {
        console.error("[outbox worker] pass failed; retrying", error);
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
