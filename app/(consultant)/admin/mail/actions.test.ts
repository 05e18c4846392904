import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { formData as form, testSession } from "@/test/fake-session";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { idleFormState } from "@/lib/actions/form-state";
import { emailOutbox, emailSuppressions } from "@/lib/db/schema/delivery";
import { auditLog } from "@/lib/db/schema/privacy";
import { hashAddress, suppressAddress } from "@/lib/email/suppression";

// The actions as the mail page's forms post them; the session and the cache are faked.
vi.mock("@/lib/auth/dal", async () => (await import("@/test/fake-session")).fakeDal);
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { liftSuppressionAction, retryEmailAction } = await import("./actions");

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date());
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  testSession.user = world.admin;
  await testDb.db.delete(emailOutbox);
  await testDb.db.delete(emailSuppressions);
  await testDb.db.delete(auditLog);
});

const failedEmail = async (template = "interview-reminder", createdAt = new Date()) =>
  (
    await testDb.db
      .insert(emailOutbox)
      .values({ idempotencyKey: `action-${Math.random()}`, recipient: "a@example.test", template, subject: "S", html: "h", text: "t", state: "failed", createdAt })
      .returning()
  )[0]!;

describe("retryEmailAction", () => {
  it("queues a failed message again and says when it will go", async () => {
    const row = await failedEmail();
    const state = await retryEmailAction(idleFormState, form({ emailId: row.id }));
    expect(state).toEqual({ status: "success", message: "Queued to go again: the worker will send it within a minute or two." });
    expect(await testDb.db.select().from(emailOutbox)).toHaveLength(2);
  });

  it("explains why a link message cannot go again", async () => {
    const row = await failedEmail("sign-in-link", new Date(Date.now() - 60 * 60_000));
    const state = await retryEmailAction(idleFormState, form({ emailId: row.id }));
    expect(state.status).toBe("error");
    expect(state.message).toMatch(/^That message carried a sign-in or invitation link that has been removed or has expired/);
    expect(await testDb.db.select().from(emailOutbox)).toHaveLength(1);
  });

  it("gives a field error for an id that is not one", async () => {
    const state = await retryEmailAction(idleFormState, form({ emailId: "42" }));
    expect(state.fieldErrors).toEqual({ emailId: ["Choose a failed message from the list"] });
  });

  it("refuses a consultant and a candidate before touching anything", async () => {
    const row = await failedEmail();
    for (const user of [world.consultantA, world.candidateA]) {
      testSession.user = user;
      await expect(retryEmailAction(idleFormState, form({ emailId: row.id }))).rejects.toThrow("refused by requireRole");
    }
    expect(await testDb.db.select().from(emailOutbox)).toHaveLength(1);
    expect(await testDb.db.select().from(auditLog)).toEqual([]);
  });
});

describe("liftSuppressionAction", () => {
  it("lifts a suppression by its hash, in any case", async () => {
    await suppressAddress(testDb.db, { address: "b@example.test", reason: "bounced", providerEventId: null, now: new Date() });
    const state = await liftSuppressionAction(idleFormState, form({ addressHash: hashAddress("b@example.test").toUpperCase() }));
    expect(state).toMatchObject({ status: "success" });
    expect(await testDb.db.select().from(emailSuppressions)).toEqual([]);
    const again = await liftSuppressionAction(idleFormState, form({ addressHash: hashAddress("b@example.test") }));
    expect(again.message).toBe("That address is no longer suppressed. Reload the page to see the current list.");
  });

  it("refuses something that is not a hash, and anyone but an admin", async () => {
    expect((await liftSuppressionAction(idleFormState, form({ addressHash: "b@example.test" }))).fieldErrors).toEqual({
      addressHash: ["Choose a suppressed address from the list"],
    });
    await suppressAddress(testDb.db, { address: "c@example.test", reason: "complained", providerEventId: null, now: new Date() });
    testSession.user = world.consultantB;
    await expect(liftSuppressionAction(idleFormState, form({ addressHash: hashAddress("c@example.test") }))).rejects.toThrow("refused by requireRole");
    expect(await testDb.db.select().from(emailSuppressions)).toHaveLength(1);
  });
});
