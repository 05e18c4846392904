import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applicationInput, createTwoCandidateWorld, interviewInput } from "@/test/fixtures";
import { createApplication, updateApplication } from "@/lib/journey/applications";
import { createInterview } from "@/lib/journey/interviews";
import { reflectionInputSchema } from "@/lib/journey/reflection-schema";
import { saveReflection } from "@/lib/journey/reflections";
import { getCandidateDetail } from "./candidate-detail";
import { listNeedsAttention } from "./needs-attention";

// The consultant hears about the candidate's moves: a debrief shared, an outcome recorded.
const now = new Date("2026-11-11T15:00:00Z");
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
});
afterAll(() => testDb.dispose());

const reasonsFor = async (consultant: typeof world.consultantA, at: Date) =>
  (await listNeedsAttention(testDb.db, { id: consultant.id, role: consultant.role, timeZone: "Europe/London" }, at)).map((item) => `${item.reason} (${item.company})`);
const debrief = reflectionInputSchema.parse({ rapport: "4", wentWell: "Good rapport with the panel", shareWithConsultant: "on" });

describe("moves the candidate makes", () => {
  it("puts a shared debrief on their consultant's list until they open the candidate's page", async () => {
    const applicationId = await createApplication(world.candidateA, applicationInput({ source: "agency", company: "Northgate Homes Trust" }), now);
    const interviewId = (await createInterview(world.candidateA, interviewInput(applicationId), now))!;
    expect(await saveReflection(world.candidateA, interviewId, debrief, now)).toBe(true);
    const later = new Date(now.getTime() + 60_000);
    expect(await reasonsFor(world.consultantA, later)).toContain("Read Candidate A’s debrief (Northgate Homes Trust)");
    expect(await reasonsFor(world.consultantB, later)).not.toContain("Read Candidate A’s debrief (Northgate Homes Trust)");

    await getCandidateDetail(world.consultantA, world.candidateA.id, later);
    expect(await reasonsFor(world.consultantA, new Date(later.getTime() + 60_000))).not.toContain("Read Candidate A’s debrief (Northgate Homes Trust)");

    // An outcome recorded afterwards is news again.
    const decided = new Date(later.getTime() + 3_600_000);
    expect(await updateApplication(world.candidateA, applicationId, applicationInput({ source: "agency", company: "Northgate Homes Trust", stage: "offer" }), decided)).toBe(true);
    expect(await reasonsFor(world.consultantA, new Date(decided.getTime() + 60_000))).toContain("Candidate A recorded an outcome: Offer (Northgate Homes Trust)");
  });
});
