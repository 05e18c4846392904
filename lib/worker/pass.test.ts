import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { emailOutbox, reminders } from "@/lib/db/schema/delivery";
import { interviews } from "@/lib/db/schema/journey";
import * as delivery from "@/lib/email/outbox-delivery";
import * as dueReminders from "@/lib/reminders/process-due";
import { captureLogs } from "@/test/logs/log-lines";
import { seedDueEmails } from "@/test/bulk-delivery";
import { runWorkerPass } from "./pass";

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date());
});
afterAll(() => testDb.dispose());

async function dueReminder() {
  const [interview] = await testDb.db.select().from(interviews).where(eq(interviews.candidateId, world.candidateA.id));
  const [row] = await testDb.db
    .insert(reminders)
    .values({ kind: "interview_tomorrow", userId: world.candidateA.id, interviewId: interview!.id, dueAt: new Date(Date.now() - 60_000) })
    .returning();
  return row!;
}

describe("runWorkerPass", () => {
  it("turns a due reminder into an email and delivers it in the same pass", async () => {
    const reminder = await dueReminder();
    const pass = await runWorkerPass();
    expect(pass).toMatchObject({ failures: [], busy: true, reminders: { sent: 1 }, delivery: { sent: 1 } });
    const [row] = await testDb.db.select().from(reminders).where(eq(reminders.id, reminder.id));
    const [email] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.id, row!.outboxId!));
    expect(email?.state).toBe("sent");
    expect(await runWorkerPass()).toMatchObject({ busy: false, reminders: { claimed: 0 }, delivery: { claimed: 0 } });
  });

  it("runs only the steps it is given", async () => {
    await dueReminder();
    const pass = await runWorkerPass({ steps: ["delivery"] });
    expect(pass.reminders).toBeUndefined();
    expect(pass.delivery?.claimed).toBe(0);
    expect((await runWorkerPass({ steps: ["reminders"] })).reminders?.sent).toBe(1);
  });

  it("still delivers when the reminders step fails, and reports the failure", async () => {
    await dueReminder();
    const failure = vi.spyOn(dueReminders, "processDueReminders").mockRejectedValueOnce(new Error("database restarting"));
    const deliver = vi.spyOn(delivery, "deliverDueEmails");
    const pass = await runWorkerPass();
    expect(pass.failures.map(({ step }) => step)).toEqual(["reminders"]);
    expect(deliver).toHaveBeenCalledOnce();
    expect(pass.delivery).toBeDefined();
    failure.mockRestore();
    deliver.mockRestore();
  });

  it("logs each pass as one line: the counts, the oldest due message's age, and quiet passes below the default level", async () => {
    const logs = captureLogs();
    logs.install();
    try {
      await testDb.db.delete(emailOutbox);
      await seedDueEmails(testDb.db, 3, new Date(Date.now() - 90_000), "logged");
      await runWorkerPass({ steps: ["delivery"], delivery: { maxBatch: 2 } });
      await runWorkerPass({ steps: ["delivery"] });
      await runWorkerPass({ steps: ["delivery"] });
      const [first, second, idle] = logs.lines().filter((line) => line.msg === "worker pass");
      expect(first).toMatchObject({ level: "info", claimed: 2, sent: 2, failed: 0 });
      // One message still waits: it has been due for a minute and a half.
      expect(first!.oldestDueAgeMs).toBeGreaterThanOrEqual(90_000);
      expect(second).toMatchObject({ level: "info", claimed: 1, sent: 1, oldestDueAgeMs: null });
      expect(idle).toMatchObject({ level: "debug", claimed: 0 });
      expect(typeof first!.durationMs).toBe("number");
      expect(logs.raw.join("")).not.toContain("@example.com");
    } finally {
      logs.uninstall();
    }
  });
});
