import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { formData as form, testSession } from "@/test/fake-session";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { idleFormState } from "@/lib/actions/form-state";
import { staffInvitations, users } from "@/lib/db/schema/auth";
import { rateLimits } from "@/lib/db/schema/delivery";
import { auditLog } from "@/lib/db/schema/privacy";
import { recordLogs } from "@/test/logs/log-lines";

// The actions as a form posts them. Faked: the session, the cache, and
// Auth.js's signIn (lib/auth/staff-invitations.test.ts drives the real one).
const auth = vi.hoisted(() => ({ signIn: vi.fn(async (..._args: unknown[]) => "http://localhost:3000/api/auth/verify-request") }));
vi.mock("@/lib/auth/dal", async () => (await import("@/test/fake-session")).fakeDal);
vi.mock("@/lib/auth/auth", () => auth);
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { inviteStaffAction, resendInvitationAction, revokeInvitationAction } = await import("./actions");

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date());
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  testSession.user = world.admin;
  auth.signIn.mockClear();
  await testDb.db.delete(rateLimits);
});

const invitationsTo = (email: string) => testDb.db.select().from(staffInvitations).where(eq(staffInvitations.email, email));
const invitationEmailSent = (email: string) => ["staff-invitation", { email, redirect: false, redirectTo: "/consultant" }];

describe("inviteStaffAction", () => {
  it("stores the invitation and has Auth.js send its link", async () => {
    const state = await inviteStaffAction(idleFormState, form({ email: " Sam.Okoro@World.test ", role: "admin" }));
    expect(state).toMatchObject({ status: "success", message: "Invitation sent to sam.okoro@world.test. Their link works for 7 days." });
    expect(await invitationsTo("sam.okoro@world.test")).toEqual([expect.objectContaining({ role: "admin", invitedBy: world.admin.id })]);
    expect(auth.signIn.mock.calls).toEqual([invitationEmailSent("sam.okoro@world.test")]);
  });

  it("gives field errors for a bad address or role, keeping what was typed", async () => {
    const state = await inviteStaffAction(idleFormState, form({ email: "not-an-address", role: "owner" }));
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toEqual({
      email: ["Enter an email address in the right format, like name@example.com"],
      role: ["Choose whether they join as a consultant or an admin"],
    });
    expect(state.values).toMatchObject({ email: "not-an-address" });
    expect(auth.signIn).not.toHaveBeenCalled();
  });

  it("refuses staff and candidate addresses with a reason on the field", async () => {
    const staff = await inviteStaffAction(idleFormState, form({ email: "consultant-b@world.test", role: "admin" }));
    expect(staff.fieldErrors?.email).toEqual(["This address already belongs to a consultant on the team."]);
    const candidate = await inviteStaffAction(idleFormState, form({ email: "candidate-b@world.test", role: "consultant" }));
    expect(candidate.fieldErrors?.email?.[0]).toMatch(/^This address belongs to a candidate's account, so it cannot be invited as staff/);
    expect(await invitationsTo("candidate-b@world.test")).toEqual([]);
    expect((await testDb.db.select().from(users).where(eq(users.id, world.candidateB.id)))[0]!.role).toBe("candidate");
    expect(auth.signIn).not.toHaveBeenCalled();
  });

  it("offers to resend an invitation already waiting, and resending sends a fresh link", async () => {
    await inviteStaffAction(idleFormState, form({ email: "twice@world.test", role: "consultant" }));
    const [first] = await invitationsTo("twice@world.test");
    const again = await inviteStaffAction(idleFormState, form({ email: "twice@world.test", role: "consultant" }));
    expect(again).toMatchObject({ status: "error", pendingInvitationId: first!.id });
    expect(again.fieldErrors?.email?.[0]).toMatch(/^An invitation to this address is already waiting \(as a consultant, until .+\)\. You can resend it instead\.$/);

    const resent = await resendInvitationAction(idleFormState, form({ invitationId: first!.id }));
    expect(resent).toMatchObject({ status: "success", message: expect.stringContaining("twice@world.test") });
    expect(await invitationsTo("twice@world.test")).toHaveLength(1);
    expect(auth.signIn.mock.calls).toEqual([invitationEmailSent("twice@world.test"), invitationEmailSent("twice@world.test")]);
  });

  it("keeps the invitation when the email fails, and says to resend", async () => {
    auth.signIn.mockRejectedValueOnce(new Error("transport down"));
    const recording = recordLogs();
    const state = await inviteStaffAction(idleFormState, form({ email: "unlucky@world.test", role: "consultant" })).finally(recording.stop);
    expect(state).toMatchObject({ status: "error", message: expect.stringContaining('is saved, but its email could not be sent just now. Use "Resend"') });
    expect(await invitationsTo("unlucky@world.test")).toHaveLength(1);
  });
});

describe("resendInvitationAction and revokeInvitationAction", () => {
  it("revokes once; a revoked invitation can be neither revoked nor resent", async () => {
    await inviteStaffAction(idleFormState, form({ email: "gone@world.test", role: "consultant" }));
    const [invitation] = await invitationsTo("gone@world.test");
    auth.signIn.mockClear();
    expect(await revokeInvitationAction(idleFormState, form({ invitationId: invitation!.id }))).toMatchObject({ status: "success" });
    expect((await invitationsTo("gone@world.test"))[0]!.revokedAt).toBeInstanceOf(Date);
    expect((await revokeInvitationAction(idleFormState, form({ invitationId: invitation!.id }))).status).toBe("error");
    expect((await resendInvitationAction(idleFormState, form({ invitationId: invitation!.id }))).status).toBe("error");
    expect(auth.signIn).not.toHaveBeenCalled();
  });

  it("limits how often one invitation is resent", async () => {
    await inviteStaffAction(idleFormState, form({ email: "often@world.test", role: "consultant" }));
    const [invitation] = await invitationsTo("often@world.test");
    const states = [];
    for (let i = 0; i < 4; i++) states.push(await resendInvitationAction(idleFormState, form({ invitationId: invitation!.id })));
    expect(states.map((s) => s.status)).toEqual(["success", "success", "success", "error"]);
    expect(states[3]!.message).toMatch(/^Too many invitations just now\. Please wait \d+ minutes? and try again\.$/);
  });

  it("refuses an id that is not one", async () => {
    expect((await revokeInvitationAction(idleFormState, form({ invitationId: "1 or 1=1" }))).fieldErrors).toEqual({
      invitationId: ["Choose an invitation from the list"],
    });
  });
});

describe("non-admins", () => {
  it("a consultant and a candidate are refused by every action and nothing changes", async () => {
    await inviteStaffAction(idleFormState, form({ email: "target@world.test", role: "consultant" }));
    const [invitation] = await invitationsTo("target@world.test");
    auth.signIn.mockClear();
    const snapshot = async () => [
      await testDb.db.select().from(staffInvitations).orderBy(staffInvitations.id),
      await testDb.db.select().from(auditLog).orderBy(auditLog.id),
      await testDb.db.select().from(rateLimits),
    ];
    const before = await snapshot();
    for (const user of [world.consultantA, world.candidateA]) {
      testSession.user = user;
      await expect(inviteStaffAction(idleFormState, form({ email: "sneaky@world.test", role: "admin" }))).rejects.toThrow("refused by requireRole");
      await expect(resendInvitationAction(idleFormState, form({ invitationId: invitation!.id }))).rejects.toThrow("refused by requireRole");
      await expect(revokeInvitationAction(idleFormState, form({ invitationId: invitation!.id }))).rejects.toThrow("refused by requireRole");
    }
    expect(await snapshot()).toEqual(before);
    expect(auth.signIn).not.toHaveBeenCalled();
  });
});
