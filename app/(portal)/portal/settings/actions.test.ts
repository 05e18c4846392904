import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { formData as form, testSession } from "@/test/fake-session";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { idleFormState } from "@/lib/actions/form-state";
import { users } from "@/lib/db/schema/auth";
import { calendarFeeds } from "@/lib/db/schema/privacy";

// The actions as a form posts them; only the session and the cache are faked.
vi.mock("@/lib/auth/dal", async () => (await import("@/test/fake-session")).fakeDal);
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { calendarFeedAction, updateSettingsAction } = await import("./actions");

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date());
});
afterAll(() => testDb.dispose());

const row = async (id: string) => (await testDb.db.select().from(users).where(eq(users.id, id)))[0]!;

describe("updateSettingsAction", () => {
  it("saves the caller's settings and ignores fields the form does not have", async () => {
    testSession.user = world.candidateA;
    const state = await updateSettingsAction(
      idleFormState,
      form({ name: "Alex", timeZone: "Europe/Dublin", digestEnabled: "on", role: "admin", email: "x@example.com", id: world.candidateB.id }),
    );
    expect(state).toMatchObject({ status: "success", message: "Your settings are saved." });
    const saved = await row(world.candidateA.id);
    expect(saved).toMatchObject({ name: "Alex", timeZone: "Europe/Dublin", remindersEnabled: false, digestEnabled: true, role: "candidate", email: "candidate-a@world.test" });
    expect((await row(world.candidateB.id)).name).toBe("Candidate B");
  });

  it("gives field errors, keeps what was typed and changes nothing", async () => {
    testSession.user = world.candidateA;
    const before = await row(world.candidateA.id);
    const state = await updateSettingsAction(idleFormState, form({ name: "y".repeat(121), timeZone: "Atlantis/Capital" }));
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toEqual({
      name: ["Keep your name under 120 characters"],
      timeZone: ["Choose a time zone from the list"],
    });
    expect(state.values?.timeZone).toBe("Atlantis/Capital");
    expect(await row(world.candidateA.id)).toEqual(before);
  });

  it("saves a zone written as the time-zone field shows it, in the spelling Intl uses", async () => {
    testSession.user = world.candidateA;
    const state = await updateSettingsAction(idleFormState, form({ name: "Alex", timeZone: "america/new york" }));
    expect(state.status).toBe("success");
    expect((await row(world.candidateA.id)).timeZone).toBe("America/New_York");
  });

  it("refuses a zone not in the list, saving nothing else from the form either", async () => {
    testSession.user = world.candidateA;
    const before = await row(world.candidateA.id);
    const state = await updateSettingsAction(idleFormState, form({ name: "Someone Else", timeZone: "London", remindersEnabled: "on" }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { timeZone: ["Choose a time zone from the list"] } });
    expect(await row(world.candidateA.id)).toEqual(before);
  });

  it("refuses staff before reading the form", async () => {
    testSession.user = world.consultantA;
    await expect(updateSettingsAction(idleFormState, form({ name: "Staff", timeZone: "Europe/London" }))).rejects.toThrow("refused by requireRole");
    expect((await row(world.consultantA.id)).name).toBe("Consultant A");
  });
});

describe("calendarFeedAction", () => {
  it("shows a new link once and turns it off again", async () => {
    testSession.user = world.candidateB;
    const created = await calendarFeedAction(idleFormState, form({ intent: "create" }));
    expect(created.status).toBe("success");
    expect(created.feedUrl).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}$/);
    const revoked = await calendarFeedAction(idleFormState, form({ intent: "revoke" }));
    expect(revoked).toMatchObject({ status: "success", message: expect.stringContaining("turned off") });
    expect(revoked.feedUrl).toBeUndefined();
    const feeds = await testDb.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, world.candidateB.id));
    expect(feeds.map((feed) => feed.revokedAt === null)).toEqual([false]);
  });

  it("refuses an unknown intent", async () => {
    testSession.user = world.candidateB;
    expect((await calendarFeedAction(idleFormState, form({ intent: "steal" }))).status).toBe("error");
  });
});
