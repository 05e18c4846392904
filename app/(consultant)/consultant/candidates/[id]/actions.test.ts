import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { count, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { formData as form, testSession } from "@/test/fake-session";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { idleFormState } from "@/lib/actions/form-state";
import { clientFeedback, interviews } from "@/lib/db/schema/journey";
import { auditLog } from "@/lib/db/schema/privacy";

// The action as the form posts it; only the session and the cache are faked.
vi.mock("@/lib/auth/dal", async () => (await import("@/test/fake-session")).fakeDal);
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => revalidated.push(path) }));
const { recordClientFeedbackAction } = await import("./actions");

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
let interviewA: string;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date());
  interviewA = (await testDb.db.select({ id: interviews.id }).from(interviews).where(eq(interviews.applicationId, world.applicationA.id)))[0]!.id;
});
afterAll(() => testDb.dispose());

const written = async () => ({
  feedback: (await testDb.db.select({ n: count() }).from(clientFeedback))[0]!.n,
  audit: (await testDb.db.select({ n: count() }).from(auditLog))[0]!.n,
});

describe("recordClientFeedbackAction", () => {
  it("saves consultant A's note and refreshes both the staff page and the candidate's interview page", async () => {
    testSession.user = world.consultantA;
    const state = await recordClientFeedbackAction(idleFormState, form({ interviewId: interviewA, body: "  They liked the portfolio.  " }));
    expect(state).toMatchObject({ status: "success" });
    const [saved] = await testDb.db.select().from(clientFeedback).where(eq(clientFeedback.interviewId, interviewA));
    expect(saved).toMatchObject({ body: "They liked the portfolio.", consultantId: world.consultantA.id, candidateId: world.candidateA.id });
    expect(revalidated).toEqual([`/consultant/candidates/${world.candidateA.id}`, `/portal/interviews/${interviewA}`]);
  });

  it("gives field errors for an empty or overlong note, keeps what was typed and writes nothing", async () => {
    testSession.user = world.consultantA;
    const before = await written();
    const blank = await recordClientFeedbackAction(idleFormState, form({ interviewId: interviewA, body: "   " }));
    expect(blank).toMatchObject({ status: "error", fieldErrors: { body: ["Write down what the client said"] } });
    const long = await recordClientFeedbackAction(idleFormState, form({ interviewId: interviewA, body: "x".repeat(4001) }));
    expect(long).toMatchObject({ status: "error", fieldErrors: { body: ["Keep the feedback under 4,000 characters"] } });
    expect(long.values?.body).toHaveLength(4001);
    const missing = await recordClientFeedbackAction(idleFormState, form({ interviewId: interviewA }));
    expect(missing.fieldErrors?.body).toEqual(["Write down what the client said"]);
    expect(await written()).toEqual(before);
  });

  it("accepts exactly 4,000 characters", async () => {
    testSession.user = world.admin;
    expect(await recordClientFeedbackAction(idleFormState, form({ interviewId: interviewA, body: "y".repeat(4000) }))).toMatchObject({ status: "success" });
  });

  it("refuses consultant B, who cannot see the interview, in the same words as a missing one, and writes nothing", async () => {
    testSession.user = world.consultantB;
    const before = await written();
    const refused = await recordClientFeedbackAction(idleFormState, form({ interviewId: interviewA, body: "Sneaky" }));
    const missing = await recordClientFeedbackAction(idleFormState, form({ interviewId: "00000000-0000-4000-8000-000000000000", body: "Sneaky" }));
    expect(refused).toMatchObject({ status: "error", message: expect.stringContaining("could not be found") });
    expect(refused.message).toBe(missing.message);
    expect(await written()).toEqual(before);
  });

  it("refuses candidates before reading the form", async () => {
    testSession.user = world.candidateA;
    const before = await written();
    await expect(recordClientFeedbackAction(idleFormState, form({ interviewId: interviewA, body: "Self praise" }))).rejects.toThrow("refused by requireRole");
    expect(await written()).toEqual(before);
  });
});
