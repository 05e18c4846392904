import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { formData as form, testSession } from "@/test/fake-session";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { idleFormState } from "@/lib/actions/form-state";
import { sessions, users } from "@/lib/db/schema/auth";
import { consents } from "@/lib/db/schema/privacy";

// The actions as a form posts them; only the session, signing out and the cache are faked.
const session = vi.hoisted(() => ({ signedOutTo: [] as string[] }));
vi.mock("@/lib/auth/dal", async () => (await import("@/test/fake-session")).fakeDal);
vi.mock("@/lib/auth/auth", () => ({
  signOut: async ({ redirectTo }: { redirectTo: string }) => {
    session.signedOutTo.push(redirectTo);
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { eraseAccountAction, updateConsentsAction } = await import("./actions");

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date());
  await testDb.db.insert(consents).values({ userId: world.candidateB.id, purpose: "representation", granted: true, source: "seed" });
});
afterAll(() => testDb.dispose());
beforeEach(() => {
  session.signedOutTo = [];
});

const allYes = { data_retention: "yes", representation: "yes", marketing_email: "yes", marketing_sms: "yes", marketing_phone: "yes" };
const consentRows = async (userId: string) => testDb.db.select().from(consents).where(eq(consents.userId, userId));

describe("updateConsentsAction", () => {
  it("appends rows for changed answers only, for the caller only", async () => {
    testSession.user = world.candidateA;
    const first = await updateConsentsAction(idleFormState, form({ ...allYes, userId: world.candidateB.id }));
    expect(first).toEqual(expect.objectContaining({ status: "success", message: "Your choices are saved." }));
    expect(await consentRows(world.candidateA.id)).toHaveLength(5);

    const second = await updateConsentsAction(idleFormState, form({ ...allYes, data_retention: "no" }));
    expect(second.status).toBe("success");
    // Candidate A has an application open: nothing is scheduled until it closes.
    expect(second.message).toContain("We keep your details while an application is open; 30 days after the last one closes we delete them");
    const rows = await consentRows(world.candidateA.id);
    expect(rows).toHaveLength(6);
    expect(rows.filter((row) => row.purpose === "data_retention").map((row) => row.granted).sort()).toEqual([false, true]);

    const unchanged = await updateConsentsAction(idleFormState, form({ ...allYes, data_retention: "no" }));
    expect(unchanged.message).toBe("Nothing has changed: your choices were already saved.");
    expect(await consentRows(world.candidateA.id)).toHaveLength(6);
    expect(await consentRows(world.candidateB.id)).toHaveLength(1);
  });

  it("gives a field error for each missing or unknown answer and writes nothing", async () => {
    testSession.user = world.candidateB;
    const { marketing_phone: _phone, ...fourAnswers } = allYes;
    const state = await updateConsentsAction(idleFormState, form({ ...fourAnswers, marketing_sms: "maybe" }));
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toEqual({ marketing_sms: ["Choose yes or no"], marketing_phone: ["Choose yes or no"] });
    expect(state.values?.marketing_sms).toBe("maybe");
    expect(await consentRows(world.candidateB.id)).toHaveLength(1);
  });

  it("refuses staff before reading the form", async () => {
    testSession.user = world.consultantA;
    await expect(updateConsentsAction(idleFormState, form(allYes))).rejects.toThrow("refused by requireRole");
    expect(await consentRows(world.consultantA.id)).toEqual([]);
  });
});

describe("eraseAccountAction", () => {
  const userRow = async (id: string) => testDb.db.select().from(users).where(eq(users.id, id));

  it("deletes nothing and signs nobody out when the address typed is not the account's", async () => {
    testSession.user = world.candidateB;
    const wrong = await eraseAccountAction(idleFormState, form({ confirmation: world.candidateA.email }));
    expect(wrong).toMatchObject({ status: "error", message: "Nothing has been deleted." });
    expect(wrong.fieldErrors?.confirmation).toEqual(["Type the email address you sign in with, exactly as shown"]);
    const empty = await eraseAccountAction(idleFormState, form({ confirmation: "   " }));
    expect(empty.fieldErrors?.confirmation).toEqual(["Type your email address to confirm"]);
    expect(await userRow(world.candidateB.id)).toHaveLength(1);
    expect(await userRow(world.candidateA.id)).toHaveLength(1);
    expect(session.signedOutTo).toEqual([]);
  });

  it("erases the caller, their sessions with them, and signs them out to the confirmation page", async () => {
    testSession.user = world.candidateB;
    await testDb.db.insert(sessions).values({ sessionToken: "b-session", userId: world.candidateB.id, expires: new Date(Date.now() + 86_400_000) });
    await eraseAccountAction(idleFormState, form({ confirmation: "Candidate-B@World.test" }));
    expect(session.signedOutTo).toEqual(["/account-deleted"]);
    expect(await userRow(world.candidateB.id)).toEqual([]);
    expect(await testDb.db.select().from(sessions).where(eq(sessions.sessionToken, "b-session"))).toEqual([]);
    expect(await consentRows(world.candidateB.id)).toEqual([]);
    expect(await userRow(world.candidateA.id)).toHaveLength(1);
  });

  it("refuses staff, whatever they type", async () => {
    testSession.user = world.consultantA;
    await expect(eraseAccountAction(idleFormState, form({ confirmation: world.consultantA.email }))).rejects.toThrow("refused by requireRole");
    expect(await userRow(world.consultantA.id)).toHaveLength(1);
  });
});
