import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/rows-of";

// One delivery_throttle row spaces all workers' requests an interval apart (no bursts at a
// window's edge, no starved worker), timed by the database's clock, the one they all share.

export type RequestThrottle = {
  /** Resolves when this request may go; returns how long it waited, in ms. */
  waitForSlot(): Promise<number>;
  /** The provider said "too many": no worker sends again before `ms` from now. */
  holdOff(ms: number): Promise<void>;
};

/** A 5% margin: requests leave a few ms after their slot, and running at the limit earns the odd 429. */
export function slotIntervalMs(requestsPerSecond: number): number {
  return Math.ceil((1000 / requestsPerSecond) * 1.05);
}

export function createDbThrottle(
  getDb: () => Database,
  options: { name: string; requestsPerSecond: number; sleep?: (ms: number) => Promise<void> },
): RequestThrottle {
  const interval = `${slotIntervalMs(options.requestsPerSecond)} milliseconds`;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  return {
    async waitForSlot() {
      const result = await getDb().execute(sql`
        insert into delivery_throttle (name, next_slot_at)
        values (${options.name}, clock_timestamp() + ${interval}::interval)
        on conflict (name) do update
          set next_slot_at = greatest(delivery_throttle.next_slot_at, clock_timestamp()) + ${interval}::interval
        returning greatest(0, extract(epoch from (next_slot_at - ${interval}::interval - clock_timestamp())) * 1000) as wait_ms`);
      const waitMs = Math.ceil(Number(rowsOf<{ wait_ms: number | string }>(result)[0]?.wait_ms ?? 0));
      if (waitMs > 0) await sleep(waitMs);
      return waitMs;
    },
    async holdOff(ms) {
      const pause = `${Math.max(0, Math.ceil(ms))} milliseconds`;
      await getDb().execute(sql`
        insert into delivery_throttle (name, next_slot_at)
        values (${options.name}, clock_timestamp() + ${pause}::interval)
        on conflict (name) do update
          set next_slot_at = greatest(delivery_throttle.next_slot_at, clock_timestamp() + ${pause}::interval)`);
    },
  };
}
