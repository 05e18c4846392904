import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applicationInput, createTwoCandidateWorld, interviewInput } from "@/test/fixtures";
import { applicationStageEvents } from "@/lib/db/schema/journey";
import { createApplication, updateApplication } from "./applications";
import { createInterview } from "./interviews";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.dispose());

describe("application stage history", () => {
  it("records each stage an application moves to, by whom, in the change's transaction", async () => {
    const now = new Date("2026-11-02T09:00:00Z");
    const { candidateA } = await createTwoCandidateWorld(testDb.db, now);
    const id = await createApplication(candidateA, applicationInput(), now);
    await createInterview(candidateA, interviewInput(id), new Date("2026-11-03T09:00:00Z"));
    await updateApplication(candidateA, id, applicationInput({ stage: "offer" }), new Date("2026-11-20T09:00:00Z"));
    // Saving without a stage change adds nothing.
    await updateApplication(candidateA, id, applicationInput({ stage: "offer", role: "Senior Data Analyst" }), new Date("2026-11-21T09:00:00Z"));

    const events = await testDb.db
      .select()
      .from(applicationStageEvents)
      .where(eq(applicationStageEvents.applicationId, id))
      .orderBy(asc(applicationStageEvents.changedAt));
    expect(events.map((event) => [event.fromStage, event.toStage, event.changedAt.toISOString(), event.changedBy])).toEqual([
      [null, "applied", "2026-11-02T09:00:00.000Z", candidateA.id],
      ["applied", "interviewing", "2026-11-03T09:00:00.000Z", candidateA.id],
      ["interviewing", "offer", "2026-11-20T09:00:00.000Z", candidateA.id],
    ]);
  });
});
