import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { formData as form, testSession } from "@/test/fake-session";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { idleFormState } from "@/lib/actions/form-state";
import { users } from "@/lib/db/schema/auth";
import { applications } from "@/lib/db/schema/journey";
import { auditLog } from "@/lib/db/schema/privacy";

vi.mock("@/lib/auth/dal", async () => (await import("@/test/fake-session")).fakeDal);
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { assignCandidateAction } = await import("./actions");

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date());
});
afterAll(() => testDb.dispose());
beforeEach(() => {
  testSession.user = world.admin;
});

const snapshot = async () => [
  await testDb.db.select({ id: users.id, consultantId: users.consultantId }).from(users).orderBy(users.email),
  await testDb.db.select({ id: applications.id, consultantId: applications.consultantId }).from(applications).orderBy(applications.company),
  await testDb.db.select().from(auditLog).orderBy(auditLog.id),
];

describe("assignCandidateAction", () => {
  it("reassigns, says what moved, and audits it once", async () => {
    const state = await assignCandidateAction(idleFormState, form({ candidateId: world.candidateA.id, consultantId: world.consultantB.id }));
    expect(state).toEqual({ status: "success", message: "Candidate A is now assigned to Consultant B. 1 open agency application moved with them." });
    const [candidate] = await testDb.db.select().from(users).where(eq(users.id, world.candidateA.id));
    expect(candidate!.consultantId).toBe(world.consultantB.id);
    expect(await testDb.db.select().from(auditLog).where(eq(auditLog.candidateId, world.candidateA.id))).toHaveLength(1);
  });

  it("unassigns with the empty choice", async () => {
    const state = await assignCandidateAction(idleFormState, form({ candidateId: world.candidateA.id, consultantId: "" }));
    expect(state.message).toBe("Candidate A is no longer assigned to a consultant. 1 open agency application moved with them.");
  });

  it("refuses a target who is not a consultant, and malformed ids, changing nothing", async () => {
    const before = await snapshot();
    const admin = await assignCandidateAction(idleFormState, form({ candidateId: world.candidateB.id, consultantId: world.admin.id }));
    expect(admin).toMatchObject({ status: "error", message: "Candidates can only be assigned to a consultant. Choose one from the list." });
    const malformed = await assignCandidateAction(idleFormState, form({ candidateId: "x", consultantId: "y" }));
    expect(malformed.fieldErrors).toEqual({
      candidateId: ["Choose a candidate from the list"],
      consultantId: ["Choose a consultant from the list"],
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a consultant and a candidate before reading the form, changing nothing", async () => {
    const before = await snapshot();
    for (const user of [world.consultantB, world.candidateB]) {
      testSession.user = user;
      await expect(
        assignCandidateAction(idleFormState, form({ candidateId: world.candidateB.id, consultantId: world.consultantA.id })),
      ).rejects.toThrow("refused by requireRole");
    }
    expect(await snapshot()).toEqual(before);
  });
});
