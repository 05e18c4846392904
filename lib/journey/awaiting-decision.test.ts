import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applicationInput, createTwoCandidateWorld, interviewInput } from "@/test/fixtures";
import { applicationStageEvents, applications } from "@/lib/db/schema/journey";
import { listOwnAwaitingDecisions } from "@/lib/portal/dashboard";
import { createApplication, updateApplication } from "./applications";
import { createInterview } from "./interviews";
import { moveEndedApplicationsToAwaiting } from "./awaiting-decision";

// Interviews on Tuesday 10 November 2026, 10:00–11:00 London.
const created = new Date("2026-11-01T09:00:00Z");
const beforeEnd = new Date("2026-11-10T10:59:00Z");
const afterEnd = new Date("2026-11-10T11:01:00Z");
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, created);
});
afterAll(() => testDb.dispose());

async function applicationWithRounds(company: string, dates: string[]) {
  const applicationId = await createApplication(world.candidateB, applicationInput({ company, stage: "interviewing" }), created);
  for (const [index, date] of dates.entries()) {
    await createInterview(world.candidateB, interviewInput(applicationId, { date, round: String(index + 1) }), created);
  }
  return applicationId;
}
const stageOf = async (id: string) => (await testDb.db.select({ stage: applications.stage }).from(applications).where(eq(applications.id, id)))[0]?.stage;

describe("stages follow the data", () => {
  it("moves an open application to awaiting a decision once its last round has ended, with the change in its history", async () => {
    const id = await applicationWithRounds("Harbour Lane Foods", ["2026-11-10"]);
    expect(await moveEndedApplicationsToAwaiting(testDb.db, beforeEnd)).toBe(0);
    expect(await stageOf(id)).toBe("interviewing");
    expect(await moveEndedApplicationsToAwaiting(testDb.db, afterEnd)).toBe(1);
    expect(await stageOf(id)).toBe("awaiting_decision");
    const history = await testDb.db.select().from(applicationStageEvents).where(and(eq(applicationStageEvents.applicationId, id), eq(applicationStageEvents.toStage, "awaiting_decision")));
    expect(history).toMatchObject([{ fromStage: "interviewing", changedBy: null, changedAt: afterEnd }]);
    expect((await listOwnAwaitingDecisions(world.candidateB)).map((item) => item.company)).toContain("Harbour Lane Foods");
    // Nothing more to do on the next pass.
    expect(await moveEndedApplicationsToAwaiting(testDb.db, afterEnd)).toBe(0);
  });

  it("waits while another round is still to come", async () => {
    const id = await applicationWithRounds("Northgate Homes Trust", ["2026-11-10", "2026-11-17"]);
    await moveEndedApplicationsToAwaiting(testDb.db, afterEnd);
    expect(await stageOf(id)).toBe("interviewing");
  });

  it("does not overrule a person who moves it back, nor touch a closed application", async () => {
    const id = await applicationWithRounds("Kestrel Housing Partners", ["2026-11-10"]);
    await moveEndedApplicationsToAwaiting(testDb.db, afterEnd);
    const later = new Date(afterEnd.getTime() + 3_600_000);
    expect(await updateApplication(world.candidateB, id, applicationInput({ company: "Kestrel Housing Partners", stage: "interviewing" }), later)).toBe(true);
    expect(await moveEndedApplicationsToAwaiting(testDb.db, new Date(later.getTime() + 60_000))).toBe(0);
    expect(await stageOf(id)).toBe("interviewing");

    const closed = await applicationWithRounds("Ridgeway Forge", ["2026-11-10"]);
    await updateApplication(world.candidateB, closed, applicationInput({ company: "Ridgeway Forge", stage: "rejected" }), created);
    await moveEndedApplicationsToAwaiting(testDb.db, afterEnd);
    expect(await stageOf(closed)).toBe("rejected");
  });
});
