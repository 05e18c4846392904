import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applicationInput, createTwoCandidateWorld } from "@/test/fixtures";
import { users } from "@/lib/db/schema/auth";
import { emailOutbox } from "@/lib/db/schema/delivery";
import type { CurrentUser } from "@/lib/auth/dal";
import { countCandidatesWaitingForConsultant, assignCandidate } from "@/lib/admin/assignments";
import { getIntakeSetting, setIntakeConsultant } from "@/lib/admin/intake";
import { createApplication, getOwnApplication, updateApplication } from "./applications";

const now = new Date("2026-11-10T15:00:00Z");
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
});
afterAll(() => testDb.dispose());

let sequence = 0;
async function newCandidate(): Promise<CurrentUser> {
  sequence += 1;
  const [row] = await testDb.db.insert(users).values({ email: `new-${sequence}@world.test`, name: `New Candidate ${sequence}` }).returning();
  return { id: row!.id, name: row!.name, email: row!.email, role: "candidate" };
}
const mailTo = (template: string, recipient: string) =>
  testDb.db.select().from(emailOutbox).where(and(eq(emailOutbox.template, template), eq(emailOutbox.recipient, recipient)));
const consultantOf = async (candidate: CurrentUser) =>
  (await testDb.db.select({ consultantId: users.consultantId }).from(users).where(eq(users.id, candidate.id)))[0]!.consultantId;

describe("every agency application has a consultant", () => {
  it("without an intake consultant, goes to the consultant with the fewest candidates in progress, who is emailed", async () => {
    // Consultant A has candidate A's agency application in progress; consultant B has nobody in progress.
    const candidate = await newCandidate();
    const id = await createApplication(candidate, applicationInput({ source: "agency", company: "Northgate Homes Trust", role: "Housing Officer" }), now);
    expect(await consultantOf(candidate)).toBe(world.consultantB.id);
    const application = await getOwnApplication(candidate, id);
    expect(application?.consultant).toEqual({ name: "Consultant B", email: "consultant-b@world.test" });
    const mail = await mailTo("new-candidate", "consultant-b@world.test");
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe(`${candidate.name} is now your candidate`);
    expect(mail[0]!.text).toContain("for Housing Officer at Northgate Homes Trust through the agency");
  });

  it("goes to the intake consultant the admin chose, and a second application changes nothing", async () => {
    expect(await setIntakeConsultant(world.admin, world.consultantA.id, now)).toEqual({ status: "saved", consultantName: "Consultant A" });
    expect(await getIntakeSetting(world.admin)).toEqual({ intakeConsultantId: world.consultantA.id, next: { name: "Consultant A" } });
    const candidate = await newCandidate();
    await createApplication(candidate, applicationInput({ source: "agency" }), now);
    await createApplication(candidate, applicationInput({ source: "agency", company: "Second Ltd" }), now);
    expect(await consultantOf(candidate)).toBe(world.consultantA.id);
    expect(await mailTo("new-candidate", "consultant-a@world.test")).toHaveLength(1);
  });

  it("keeps the candidate's own consultant and assigns nobody for a direct application", async () => {
    const before = (await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.template, "new-candidate"))).length;
    await createApplication(world.candidateB, applicationInput({ source: "agency" }), now);
    expect(await consultantOf(world.candidateB)).toBe(world.consultantB.id);
    const direct = await newCandidate();
    const id = await createApplication(direct, applicationInput({ source: "direct" }), now);
    expect(await consultantOf(direct)).toBeNull();
    expect((await getOwnApplication(direct, id))?.consultant).toBeNull();
    // Becoming an agency application later assigns one.
    await updateApplication(direct, id, applicationInput({ source: "agency" }), now);
    expect(await consultantOf(direct)).toBe(world.consultantA.id);
    expect((await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.template, "new-candidate"))).length).toBe(before + 1);
  });

  it("refuses an intake consultant who is not an active consultant, and passes over deactivated ones", async () => {
    expect(await setIntakeConsultant(world.admin, world.admin.id, now)).toEqual({ status: "not-consultant" });
    await testDb.db.update(users).set({ deactivatedAt: now }).where(eq(users.id, world.consultantA.id));
    expect(await setIntakeConsultant(world.admin, world.consultantA.id, now)).toEqual({ status: "not-consultant" });
    const candidate = await newCandidate();
    await createApplication(candidate, applicationInput({ source: "agency" }), now);
    expect(await consultantOf(candidate)).toBe(world.consultantB.id);
  });

  it("with no active consultant, saves the application, tells every admin at once and shows the candidate as waiting", async () => {
    await testDb.db.update(users).set({ deactivatedAt: now }).where(eq(users.id, world.consultantB.id));
    expect(await countCandidatesWaitingForConsultant(world.admin)).toBe(0);
    const candidate = await newCandidate();
    const id = await createApplication(candidate, applicationInput({ source: "agency", company: "Lonely Ltd", role: "Clerk" }), now);
    expect(await consultantOf(candidate)).toBeNull();
    expect((await getOwnApplication(candidate, id))?.consultant).toBeNull();
    const alert = await mailTo("no-consultant", "admin@world.test");
    expect(alert).toHaveLength(1);
    expect(alert[0]!.subject).toBe(`${candidate.name} has no consultant`);
    expect(alert[0]!.text).toContain("has applied for Clerk at Lonely Ltd through the agency");
    expect(await countCandidatesWaitingForConsultant(world.admin)).toBe(1);
    expect(await getIntakeSetting(world.admin)).toMatchObject({ next: null });

    // An admin assigning them by hand emails that consultant too, naming the applications that moved.
    await testDb.db.update(users).set({ deactivatedAt: null }).where(eq(users.id, world.consultantB.id));
    expect(await assignCandidate(world.admin, { candidateId: candidate.id, consultantId: world.consultantB.id }, now)).toMatchObject({ status: "assigned" });
    const told = (await mailTo("new-candidate", "consultant-b@world.test")).filter((mail) => mail.subject.startsWith(candidate.name!));
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toContain("Clerk at Lonely Ltd");
    expect(await countCandidatesWaitingForConsultant(world.admin)).toBe(0);
  });
});
