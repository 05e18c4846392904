import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { formData as form, testSession } from "@/test/fake-session";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { idleFormState } from "@/lib/actions/form-state";
import { sessions, users } from "@/lib/db/schema/auth";
import { consents } from "@/lib/db/schema/privacy";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { applications } from "@/lib/db/schema/journey";
import { formatDate } from "@/lib/domain/format";
import type { CurrentUser } from "@/lib/auth/dal";
import { recordLogs } from "@/test/logs/log-lines";

// The actions as a form posts them; only the session, signing out and the cache are faked.
const session = vi.hoisted(() => ({ signedOutTo: [] as string[] }));
vi.mock("@/lib/auth/dal", async () => (await import("@/test/fake-session")).fakeDal);
vi.mock("@/lib/auth/auth", () => ({
  signOut: async ({ redirectTo }: { redirectTo: string }) => {
    session.signedOutTo.push(redirectTo);
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// The retention email queued with a "no": made to fail, to show the answer is not saved without it.
const failures = vi.hoisted(() => ({ notice: false }));
vi.mock("@/lib/retention/notices", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/retention/notices")>();
  return {
    ...real,
    queueRetentionNotice: async (...args: Parameters<typeof real.queueRetentionNotice>) => {
      if (failures.notice) throw new Error("the outbox is unavailable");
      return real.queueRetentionNotice(...args);
    },
  };
});
const { eraseAccountAction, saveConsentAction } = await import("./actions");

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

const userRow = async (id: string) => testDb.db.select().from(users).where(eq(users.id, id));
const mailTo = (email: string) => testDb.db.select().from(emailOutbox).where(eq(emailOutbox.recipient, email));
/** A candidate whose only application has closed: a "no" to keeping their details schedules erasure. */
async function candidateWithNothingOpen(label: string): Promise<CurrentUser> {
  const [row] = await testDb.db.insert(users).values({ email: `${label}@privacy.test`, name: label }).returning();
  await testDb.db.insert(applications).values({ candidateId: row!.id, company: "Closed Ltd", role: "Clerk", source: "direct", stage: "rejected" });
  return { id: row!.id, name: row!.name, email: row!.email, role: "candidate" };
}

const consentRows = async (userId: string) => testDb.db.select().from(consents).where(eq(consents.userId, userId));
const answerTo = (purpose: string, answer: string, extra: Record<string, string> = {}) => form({ purpose, answer, ...extra });

describe("saveConsentAction", () => {
  it("records one purpose per save, for the caller only, whatever else the request carries", async () => {
    testSession.user = world.candidateA;
    const first = await saveConsentAction(
      idleFormState,
      answerTo("marketing_email", "yes", { marketing_sms: "yes", data_retention: "no", userId: world.candidateB.id }),
    );
    expect(first).toMatchObject({ status: "success", message: "Saved: you answered yes to “News and new roles by email”." });
    expect((await consentRows(world.candidateA.id)).map((row) => [row.purpose, row.granted, row.source])).toEqual([["marketing_email", true, "portal"]]);

    const again = await saveConsentAction(idleFormState, answerTo("marketing_email", "yes"));
    expect(again).toMatchObject({ status: "success", message: "Nothing has changed: your answer to “News and new roles by email” was already yes." });
    const withdrawn = await saveConsentAction(idleFormState, answerTo("marketing_email", "no"));
    expect(withdrawn.message).toBe("Saved: you answered no to “News and new roles by email”.");
    expect((await consentRows(world.candidateA.id)).map((row) => row.granted).sort()).toEqual([false, true]);
    expect(await consentRows(world.candidateB.id)).toHaveLength(1);
  });

  it("says what a 'no' to keeping details means while an application is open, and schedules nothing", async () => {
    testSession.user = world.candidateA;
    const state = await saveConsentAction(idleFormState, answerTo("data_retention", "no"));
    expect(state.message).toBe(
      "Saved: you answered no to “Keep my details between job searches”. We keep your details while an application is open; 30 days after the last one closes we delete them, and email you first.",
    );
    expect((await userRow(world.candidateA.id))[0]!.erasureDueAt).toBeNull();
  });

  it("gives the erasure date for a 'no' with nothing open, and 'yes' cancels it", async () => {
    const leaver = await candidateWithNothingOpen("leaver");
    testSession.user = leaver;
    const state = await saveConsentAction(idleFormState, answerTo("data_retention", "no"));
    const due = (await userRow(leaver.id))[0]!.erasureDueAt;
    expect(due).not.toBeNull();
    expect(state.message).toContain(`we will delete your account and data on ${formatDate(due!, "Europe/London")}, and we have emailed you to say so`);
    expect(await mailTo(leaver.email)).toHaveLength(1);

    const kept = await saveConsentAction(idleFormState, answerTo("data_retention", "yes"));
    expect(kept.message).toBe("Saved: you answered yes to “Keep my details between job searches”.");
    expect((await userRow(leaver.id))[0]!.erasureDueAt).toBeNull();
  });

  it("writes nothing when the erasure that goes with a 'no' cannot be scheduled", async () => {
    const leaver = await candidateWithNothingOpen("unlucky");
    testSession.user = leaver;
    failures.notice = true;
    const logged: string[] = [];
    const recording = recordLogs((text) => logged.push(text));
    const state = await saveConsentAction(idleFormState, answerTo("data_retention", "no")).finally(() => {
      failures.notice = false;
      recording.stop();
    });
    expect(logged).toEqual([expect.stringContaining("[privacy] consent update failed")]);
    expect(state).toMatchObject({ status: "error", message: "Nothing has been saved: something went wrong on our side. Please try again." });
    expect(await consentRows(leaver.id)).toEqual([]);
    expect((await userRow(leaver.id))[0]!.erasureDueAt).toBeNull();
  });

  it("gives a field error for a missing or unknown answer, and refuses an unknown purpose, writing nothing", async () => {
    testSession.user = world.candidateB;
    const missing = await saveConsentAction(idleFormState, form({ purpose: "marketing_sms" }));
    expect(missing).toMatchObject({ status: "error", message: "Nothing has been saved: choose yes or no first.", fieldErrors: { answer: ["Choose yes or no"] } });
    const maybe = await saveConsentAction(idleFormState, answerTo("marketing_sms", "maybe"));
    expect(maybe.fieldErrors).toEqual({ answer: ["Choose yes or no"] });
    expect(maybe.values?.answer).toBe("maybe");
    const unknown = await saveConsentAction(idleFormState, answerTo("carrier_pigeon", "yes"));
    expect(unknown.status).toBe("error");
    expect(unknown.message).toMatch(/We could not tell which choice this was/);
    // All five answers at once, the old form's shape, is not a save of any of them.
    const allFive = await saveConsentAction(
      idleFormState,
      form({ data_retention: "yes", representation: "yes", marketing_email: "yes", marketing_sms: "yes", marketing_phone: "yes" }),
    );
    expect(allFive.status).toBe("error");
    expect(await consentRows(world.candidateB.id)).toHaveLength(1);
  });

  it("refuses staff before reading the form", async () => {
    testSession.user = world.consultantA;
    await expect(saveConsentAction(idleFormState, answerTo("marketing_email", "yes"))).rejects.toThrow("refused by requireRole");
    testSession.user = world.admin;
    await expect(saveConsentAction(idleFormState, answerTo("marketing_email", "yes"))).rejects.toThrow("refused by requireRole");
    expect(await consentRows(world.consultantA.id)).toEqual([]);
    expect(await consentRows(world.admin.id)).toEqual([]);
  });
});

describe("eraseAccountAction", () => {

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
