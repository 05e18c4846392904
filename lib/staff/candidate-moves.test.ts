import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applicationInput, createTwoCandidateWorld, interviewInput } from "@/test/fixtures";
import { createApplication, updateApplication } from "@/lib/journey/applications";
import { createInterview } from "@/lib/journey/interviews";
import { reflectionInputSchema } from "@/lib/journey/reflection-schema";
import { saveReflection } from "@/lib/journey/reflections";
import { getCandidateDetail } from "./candidate-detail";
import { createPerson } from "@/test/journey-fixtures";
import { listNeedsAttention, readAttentionSection } from "./needs-attention";

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

describe("the news section of the page", () => {
  it("merges debriefs and outcomes oldest first, and pages through both without repeating or skipping one", async () => {
    const consultant = await createPerson(testDb.db, { role: "consultant" });
    const person = await createPerson(testDb.db, { name: "Robin News", consultantId: consultant.id });
    const candidate = { id: person.id, name: person.name, email: person.email, role: "candidate" as const };
    const hour = (n: number) => new Date(now.getTime() + n * 3_600_000);
    // Debriefs at hours 1 and 3, outcomes at hours 2 and 4.
    for (const [index, company] of ["First Debrief", "First Outcome", "Second Debrief", "Second Outcome"].entries()) {
      const input = applicationInput({ source: "agency", company });
      const applicationId = await createApplication(candidate, input, now);
      const interviewId = (await createInterview(candidate, interviewInput(applicationId), now))!;
      if (company.endsWith("Debrief")) expect(await saveReflection(candidate, interviewId, debrief, hour(index + 1))).toBe(true);
      else expect(await updateApplication(candidate, applicationId, { ...input, stage: "rejected" }, hour(index + 1))).toBe(true);
    }
    const viewer = { id: consultant.id, role: "consultant" as const, timeZone: "Europe/London" };
    const read = (offset: number, limit: number) => readAttentionSection(testDb.db, viewer, "news", hour(5), { offset, limit });
    const companies = (found: Awaited<ReturnType<typeof read>>) => found.items.map((item) => item.company);

    expect(companies(await read(0, 10))).toEqual(["First Debrief", "First Outcome", "Second Debrief", "Second Outcome"]);
    const middle = await read(1, 2);
    expect(companies(middle)).toEqual(["First Outcome", "Second Debrief"]);
    expect(middle.total).toBe(4);
    expect(companies(await read(3, 2))).toEqual(["Second Outcome"]);
  });
});
