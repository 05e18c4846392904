import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { retentionRuns } from "@/lib/db/schema/retention";
import { users } from "@/lib/db/schema/auth";
import { retentionPolicy } from "@/lib/config/retention";
import { claimRetentionDay, lastRetentionRun, runRetentionPass } from "./daily-pass";

// Once a day across every worker: the day's row is the claim. On Postgres (the suite's second
// pass) the racing workers hold separate connections, so the race is real.

const morning = new Date("2027-02-10T02:00:00Z");
let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
  await testDb.db.insert(users).values({ email: "quiet@retention.test", createdAt: new Date("2025-01-01T00:00:00Z") });
});
afterAll(() => testDb.dispose());

describe("the daily retention pass", () => {
  it("runs once a day however many workers ask, and records what it did", async () => {
    const passes = await Promise.all(["worker-a", "worker-b", "worker-c"].map((worker) => runRetentionPass(testDb.db, morning, worker)));
    expect(passes.filter((pass) => pass.ran)).toHaveLength(1);
    const ran = passes.find((pass) => pass.ran)!;
    expect(ran).toMatchObject({ ran: true, day: "2027-02-10", counts: { inactivityNotices: 1, erased: 0 } });

    // Later the same day: nothing.
    expect(await runRetentionPass(testDb.db, new Date("2027-02-10T23:00:00Z"), "worker-a")).toEqual({ ran: false });
    const run = await lastRetentionRun(testDb.db);
    expect(run).toMatchObject({ day: "2027-02-10", counts: { inactivityNotices: 1 } });
    expect(run!.finishedAt).toBeInstanceOf(Date);

    // The next day's pass runs, and finds the notice already sent.
    const next = await runRetentionPass(testDb.db, new Date("2027-02-11T02:00:00Z"), "worker-b");
    expect(next).toMatchObject({ ran: true, counts: { inactivityNotices: 0 } });
  });

  it("lets another worker take over a day whose worker died mid-pass, once its lease has run out", async () => {
    const day = new Date("2027-03-01T02:00:00Z");
    expect(await claimRetentionDay(testDb.db, day, "dies")).toBe("2027-03-01");
    expect(await claimRetentionDay(testDb.db, new Date(day.getTime() + 60_000), "survivor")).toBeNull();
    const afterLease = new Date(day.getTime() + retentionPolicy.passLeaseMs + 1);
    const taken = await runRetentionPass(testDb.db, afterLease, "survivor");
    expect(taken.ran).toBe(true);
    const rows = await testDb.db.select().from(retentionRuns);
    expect(rows.find((row) => row.day === "2027-03-01")).toMatchObject({ claimedBy: "survivor", finishedAt: expect.any(Date) });
  });
});
