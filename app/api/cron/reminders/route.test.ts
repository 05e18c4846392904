import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { emailOutbox, reminders } from "@/lib/db/schema/delivery";
import { interviews } from "@/lib/db/schema/journey";
import { POST } from "./route";

const secret = "cron-test-secret";
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date());
});
afterAll(() => testDb.dispose());
afterEach(() => {
  delete process.env.CRON_SECRET;
});

const call = (authorization?: string) =>
  POST(new Request("http://localhost/api/cron/reminders", { method: "POST", headers: authorization ? { authorization } : {} }));

describe("POST /api/cron/reminders", () => {
  it("refuses a call without the cron secret and touches nothing", async () => {
    process.env.CRON_SECRET = secret;
    const response = await call("Bearer wrong");
    expect(response.status).toBe(401);
    expect(await testDb.db.select().from(emailOutbox)).toHaveLength(0);
  });

  it("turns a due reminder into an email and delivers it in the same call", async () => {
    process.env.CRON_SECRET = secret;
    const [interview] = await testDb.db.select().from(interviews).where(eq(interviews.candidateId, world.candidateA.id));
    // The fixture's interview is tomorrow: its day-before email is due now.
    const [reminder] = await testDb.db
      .insert(reminders)
      .values({ kind: "interview_tomorrow", userId: world.candidateA.id, interviewId: interview!.id, dueAt: new Date(Date.now() - 60_000) })
      .returning();
    const response = await call(`Bearer ${secret}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { reminders: { sent: number }; outbox: { sent: number } };
    expect(body.reminders.sent).toBe(1);
    expect(body.outbox.sent).toBe(1);
    const [row] = await testDb.db.select().from(reminders).where(eq(reminders.id, reminder!.id));
    const [email] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.id, row!.outboxId!));
    expect(email).toMatchObject({ state: "sent", recipient: "candidate-a@world.test", template: "interview-tomorrow" });
  });
});
