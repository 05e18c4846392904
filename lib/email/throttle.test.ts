import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createDbThrottle, slotIntervalMs } from "./throttle";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.dispose());

/** Records each wait instead of sleeping, so the schedule is visible at once. */
function throttleFor(name: string, requestsPerSecond: number) {
  const waits: number[] = [];
  const throttle = createDbThrottle(() => testDb.db, { name, requestsPerSecond, sleep: async (ms) => void waits.push(ms) });
  return { throttle, waits };
}

describe("shared request throttle", () => {
  it("spaces the requests of several workers at least an interval apart", async () => {
    // Four workers, one throttle row: what one learns, all obey.
    const workers = Array.from({ length: 4 }, () => throttleFor("spacing", 10));
    const started = Date.now();
    await Promise.all(workers.map(({ throttle }) => Promise.all(Array.from({ length: 5 }, () => throttle.waitForSlot()))));
    const elapsed = Date.now() - started;
    const waits = workers.flatMap(({ waits }) => waits).sort((a, b) => a - b);
    const interval = slotIntervalMs(10);
    // 20 requests at 10 a second: the last may go no sooner than 19 intervals after the first.
    expect(interval).toBeGreaterThanOrEqual(100);
    expect(Math.max(...waits)).toBeGreaterThanOrEqual(19 * interval - elapsed);
  });

  it("a 429 holds every worker off for the retry-after", async () => {
    const first = throttleFor("hold-off", 5);
    const second = throttleFor("hold-off", 5);
    await first.throttle.holdOff(3000);
    const started = Date.now();
    await second.throttle.waitForSlot();
    expect(second.waits[0]).toBeGreaterThanOrEqual(3000 - (Date.now() - started) - 50);
  });

  it("an idle throttle lets a request go at once", async () => {
    const { throttle } = throttleFor("idle", 5);
    expect(await throttle.waitForSlot()).toBe(0);
  });
});
