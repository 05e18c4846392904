import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { staffInvitations, users } from "@/lib/db/schema/auth";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { auditLog } from "@/lib/db/schema/privacy";
import { acceptStaffInvitation, staffInvitationLifetimeMs } from "./staff-invitations";

// The invitee's side, against the real database, and then through Auth.js
// itself: the route handler this app serves at /api/auth, so the link in
// the email is the one a browser would follow.

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date());
});
afterAll(() => testDb.dispose());

const day = 86_400_000;

async function invite(email: string, role: "consultant" | "admin" = "consultant", now = new Date()) {
  const [row] = await testDb.db
    .insert(staffInvitations)
    .values({ email, role, invitedBy: world.admin.id, expiresAt: new Date(now.getTime() + staffInvitationLifetimeMs) })
    .returning();
  return row!;
}
async function newUser(email: string) {
  const [row] = await testDb.db.insert(users).values({ email }).returning();
  return row!;
}
const userRow = async (id: string) => (await testDb.db.select().from(users).where(eq(users.id, id)))[0]!;
const invitationRow = async (id: string) => (await testDb.db.select().from(staffInvitations).where(eq(staffInvitations.id, id)))[0]!;
const auditFor = (invitationId: string) =>
  testDb.db.select().from(auditLog).where(and(eq(auditLog.entity, "staff_role"), eq(auditLog.entityId, invitationId)));

describe("acceptStaffInvitation", () => {
  it("grants the role once, marks the invitation accepted and audits it with no candidate", async () => {
    const invitation = await invite("new.consultant@world.test");
    const user = await newUser("new.consultant@world.test");
    const results = await Promise.all([acceptStaffInvitation(testDb.db, user.id), acceptStaffInvitation(testDb.db, user.id)]);
    expect(results.filter(Boolean)).toEqual([{ invitationId: invitation.id, role: "consultant" }]);
    expect((await userRow(user.id)).role).toBe("consultant");
    expect((await invitationRow(invitation.id)).acceptedAt).toBeInstanceOf(Date);
    expect(await auditFor(invitation.id)).toEqual([
      expect.objectContaining({ actorId: user.id, candidateId: null, action: "update", entity: "staff_role" }),
    ]);
    // Signing in again later grants nothing more.
    expect(await acceptStaffInvitation(testDb.db, user.id)).toBeNull();
    expect(await auditFor(invitation.id)).toHaveLength(1);
  });

  it("grants nothing for an expired invitation", async () => {
    const invitation = await invite("late@world.test");
    const user = await newUser("late@world.test");
    expect(await acceptStaffInvitation(testDb.db, user.id, new Date(Date.now() + 8 * day))).toBeNull();
    expect((await userRow(user.id)).role).toBe("candidate");
    expect((await invitationRow(invitation.id)).acceptedAt).toBeNull();
  });

  it("grants nothing for a revoked invitation", async () => {
    const invitation = await invite("revoked@world.test", "admin");
    await testDb.db.update(staffInvitations).set({ revokedAt: new Date() }).where(eq(staffInvitations.id, invitation.id));
    const user = await newUser("revoked@world.test");
    expect(await acceptStaffInvitation(testDb.db, user.id)).toBeNull();
    expect((await userRow(user.id)).role).toBe("candidate");
    expect(await auditFor(invitation.id)).toHaveLength(0);
  });

  it("never turns a candidate who was here before the invitation into staff", async () => {
    const invitation = await invite(world.candidateA.email);
    expect(await acceptStaffInvitation(testDb.db, world.candidateA.id)).toBeNull();
    const candidate = await userRow(world.candidateA.id);
    expect(candidate).toMatchObject({ role: "candidate", consultantId: world.consultantA.id });
    expect((await invitationRow(invitation.id)).acceptedAt).toBeNull();
    await testDb.db.update(staffInvitations).set({ revokedAt: new Date() }).where(eq(staffInvitations.id, invitation.id));
  });
});

describe("an invitation through Auth.js", async () => {
  const { handlers } = await import("./auth");
  const origin = "http://localhost:3000";

  /** A CSRF token and its cookie, as the sign-in page would have them. */
  async function csrf() {
    const response = await handlers.GET(new NextRequest(`${origin}/api/auth/csrf`));
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
    return { csrfToken, cookie };
  }
  async function requestLink(provider: string, email: string) {
    const { csrfToken, cookie } = await csrf();
    return handlers.POST(
      new NextRequest(`${origin}/api/auth/signin/${provider}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
        body: new URLSearchParams({ csrfToken, email, callbackUrl: "/consultant" }),
      }),
    );
  }
  const emailsTo = (email: string) => testDb.db.select().from(emailOutbox).where(eq(emailOutbox.recipient, email));
  const linkIn = (text: string) => text.match(/http:\/\/localhost:3000\/api\/auth\/callback\/[^\s\]]+/)?.[0];
  const follow = (link: string) => handlers.GET(new NextRequest(link));

  it("mails an invitation-worded link that signs the invitee in and grants the role, once", async () => {
    const invitation = await invite("priya@world.test", "admin");
    const requested = await requestLink("staff-invitation", "priya@world.test");
    expect(requested.headers.get("location")).toContain("/api/auth/verify-request?provider=staff-invitation");

    const [email] = await emailsTo("priya@world.test");
    expect(email).toMatchObject({ template: "staff-invitation", subject: "You are invited to join Connections Recruitment on Next Steps" });
    expect(email!.text).toContain("Admin has invited you to join Next Steps as an admin.");
    const link = linkIn(email!.text)!;
    expect(link).toContain("/api/auth/callback/staff-invitation?");

    const signedIn = await follow(link);
    expect(signedIn.headers.get("location")).toBe(`${origin}/consultant`);
    expect(signedIn.headers.getSetCookie().some((line) => line.startsWith("authjs.session-token="))).toBe(true);
    const [user] = await testDb.db.select().from(users).where(eq(users.email, "priya@world.test"));
    expect(user!.role).toBe("admin");
    expect((await invitationRow(invitation.id)).acceptedAt).toBeInstanceOf(Date);
    expect(await auditFor(invitation.id)).toHaveLength(1);

    // The link is single-use, and an accepted invitation sends no more.
    expect((await follow(link)).headers.get("location")).toContain("/auth-error?error=Verification");
    expect((await requestLink("staff-invitation", "priya@world.test")).headers.get("location")).toContain("error=AccessDenied");
    expect(await emailsTo("priya@world.test")).toHaveLength(1);
    expect(await auditFor(invitation.id)).toHaveLength(1);
  });

  it("sends no invitation link to an address without an open invitation", async () => {
    const response = await requestLink("staff-invitation", "stranger@world.test");
    expect(response.headers.get("location")).toContain("/auth-error?error=AccessDenied");
    expect(await emailsTo("stranger@world.test")).toHaveLength(0);
  });

  it("refuses a link already sent once its invitation is revoked, and grants nothing", async () => {
    const invitation = await invite("tom@world.test");
    await requestLink("staff-invitation", "tom@world.test");
    const link = linkIn((await emailsTo("tom@world.test"))[0]!.text)!;
    await testDb.db.update(staffInvitations).set({ revokedAt: new Date() }).where(eq(staffInvitations.id, invitation.id));
    expect((await follow(link)).headers.get("location")).toContain("/auth-error?error=AccessDenied");
    expect(await testDb.db.select().from(users).where(eq(users.email, "tom@world.test"))).toEqual([]);
  });

  it("grants the role on an ordinary sign-in while the invitation is open", async () => {
    const invitation = await invite("grace@world.test");
    await requestLink("email", "grace@world.test");
    const [email] = await emailsTo("grace@world.test");
    expect(email!.template).toBe("sign-in-link");
    await follow(linkIn(email!.text)!);
    const [user] = await testDb.db.select().from(users).where(eq(users.email, "grace@world.test"));
    expect(user!.role).toBe("consultant");
    expect((await invitationRow(invitation.id)).acceptedAt).toBeInstanceOf(Date);
  });
});
