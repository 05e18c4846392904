import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { applicationStageEvents, applications, interviews } from "@/lib/db/schema/journey";
import type { ApplicationStage } from "@/lib/domain/values";
import { consultantMetrics, monthLabel, monthWindowStart } from "./metrics";

const now = new Date("2026-11-27T12:00:00Z");
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;

async function application(source: "agency" | "direct", company: string, rounds: string[], events: [ApplicationStage, string][]) {
  const [row] = await testDb.db
    .insert(applications)
    .values({ candidateId: world.candidateA.id, company, role: "Analyst", source, consultantId: source === "agency" ? world.consultantA.id : null, stage: "interviewing" })
    .returning();
  for (const startsAt of rounds) {
    await testDb.db.insert(interviews).values({ applicationId: row!.id, candidateId: world.candidateA.id, startsAt: new Date(startsAt), format: "video" });
  }
  for (const [toStage, at] of events) {
    await testDb.db.insert(applicationStageEvents).values({ applicationId: row!.id, candidateId: world.candidateA.id, toStage, changedAt: new Date(at) });
  }
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date("2026-08-01T09:00:00Z"));
  // The fixture's two interviews are on 2 August, before the window below.
  await application("agency", "Offer Co", ["2026-10-20T09:00:00Z", "2026-11-10T09:00:00Z"], [["offer", "2026-11-20T09:00:00Z"], ["accepted", "2026-11-25T09:00:00Z"]]);
  await application("agency", "Reject Co", ["2026-11-12T09:00:00Z"], [["rejected", "2026-11-15T09:00:00Z"]]);
  // A private direct application counts for nobody.
  await application("direct", "Private Co", ["2026-11-05T09:00:00Z"], [["offer", "2026-11-06T09:00:00Z"]]);
});
afterAll(() => testDb.dispose());

describe("consultant metrics", () => {
  it("counts a consultant's interviews, offers and placements per month, with the rate and the median days to a decision", async () => {
    const rows = await consultantMetrics(world.consultantA, { now, months: 3 });
    expect(rows.map(({ consultantId: _id, ...rest }) => rest)).toEqual([
      { consultantName: "Consultant A", month: "2026-11", interviews: 2, offers: 1, placements: 1, interviewToOfferRate: 0.5, medianDaysToDecision: 6.5 },
      { consultantName: "Consultant A", month: "2026-10", interviews: 1, offers: 0, placements: 0, interviewToOfferRate: 0, medianDaysToDecision: null },
    ]);
  });

  it("shows a consultant only their own figures and an admin everyone's", async () => {
    expect(await consultantMetrics(world.consultantB, { now, months: 3 })).toEqual([]);
    const admin = await consultantMetrics(world.admin, { now, months: 3 });
    expect(admin.map((row) => [row.consultantName, row.month])).toEqual([["Consultant A", "2026-11"], ["Consultant A", "2026-10"]]);
  });

  it("refuses a candidate", async () => {
    await expect(consultantMetrics(world.candidateA, { now })).rejects.toThrow();
  });

  it("starts the window on the first of the month in the agency's zone", () => {
    expect(monthWindowStart(now, 2, "Europe/London").toISOString()).toBe("2026-08-31T23:00:00.000Z");
    expect(monthWindowStart(new Date("2026-01-15T12:00:00Z"), 1, "Europe/London").toISOString()).toBe("2025-12-01T00:00:00.000Z");
    expect(monthWindowStart(new Date("2026-07-15T12:00:00Z"), 0, "Europe/London").toISOString()).toBe("2026-06-30T23:00:00.000Z");
    expect(monthLabel("2026-11")).toBe("November 2026");
  });
});
