// Staff invitations and offboarding through the real Auth.js route handlers of the production
// build: links are requested and followed over HTTP, and what they did is read from the database.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, desc, eq, sql } from "drizzle-orm";
import { idleFormState } from "@/lib/actions/form-state";
import { getDb } from "@/lib/db/client";
import { sessions, users, verificationTokens } from "@/lib/db/schema/auth";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { formData } from "@/test/fake-session";
import { builtActions, sessionCookie, startBuiltApp, type BuiltApp, type World } from "./built-app";

const authSecret = "built-tests-only-secret-5c1d7a9e3b";
const invited = "pending@world.test";
const action = (name: string) => builtActions().find((candidate) => candidate.exportedName === name)!;

let app: BuiltApp;
let world: World;
beforeAll(async () => {
  app = await startBuiltApp();
}, 120_000);
afterAll(() => app?.stop());
beforeEach(async () => {
  world = await app.freshWorld();
});

const db = () => getDb();

/** Asks Auth.js for a link as the sign-in page's form would, and reads it from the outbox (the local mailbox). */
async function requestLink(provider: "email" | "staff-invitation", email: string): Promise<string | null> {
  const csrf = await fetch(`${app.server.origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((entry) => entry.split(";")[0]).join("; ");
  const before = await db().select({ id: emailOutbox.id }).from(emailOutbox);
  const response = await fetch(`${app.server.origin}/api/auth/signin/${provider}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: app.server.origin },
    body: new URLSearchParams({ email, csrfToken, callbackUrl: "/consultant" }),
    redirect: "manual",
  });
  expect(response.status, await response.text()).toBe(302);
  const [message] = await db().select().from(emailOutbox).where(eq(emailOutbox.recipient, email)).orderBy(desc(emailOutbox.createdAt)).limit(1);
  if (!message || before.some((row) => row.id === message.id)) return null;
  return message.text.match(/https?:\/\/\S+token=\S+/)![0];
}

/** Follows a link as the browser would; the session token it set, if it signed anyone in. */
async function follow(link: string): Promise<{ location: string; sessionToken: string | null }> {
  const response = await fetch(link, { redirect: "manual" });
  const token = response.headers
    .getSetCookie()
    .map((entry) => entry.split(";")[0]!)
    .find((entry) => entry.startsWith("authjs.session-token=") && entry.length > "authjs.session-token=".length);
  return { location: response.headers.get("location") ?? "", sessionToken: token?.split("=")[1] ?? null };
}

const onCallback = (link: string, provider: string) => link.replace(/\/callback\/[^?]+/, `/callback/${provider}`);
const tokensFor = (email: string) => db().select().from(verificationTokens).where(eq(verificationTokens.identifier, email));
const sessionsOf = async (email: string) =>
  db().select({ token: sessions.sessionToken }).from(sessions).innerJoin(users, eq(users.id, sessions.userId)).where(eq(users.email, email));

describe("staff invitation links", () => {
  it("work only on the invitation's own callback, and an ordinary sign-in link only on the email callback", async () => {
    const invitation = (await requestLink("staff-invitation", invited))!;
    expect(invitation).toContain("/callback/staff-invitation");
    const swapped = await follow(onCallback(invitation, "email"));
    expect(swapped.sessionToken).toBeNull();
    expect(swapped.location).toContain("error=Verification");

    const ordinary = (await requestLink("email", invited))!;
    const ordinaryOnInvitation = await follow(onCallback(ordinary, "staff-invitation"));
    expect(ordinaryOnInvitation.sessionToken).toBeNull();
    expect(await sessionsOf(invited)).toEqual([]);

    // The refusals were the callbacks' doing: the same link on its own callback signs in and grants the role.
    const accepted = await follow(invitation);
    expect(accepted.sessionToken).not.toBeNull();
    const [member] = await db().select({ role: users.role }).from(users).where(eq(users.email, invited));
    expect(member?.role).toBe("consultant");
  });

  it("stop working when the invitation is revoked: their tokens are deleted and neither callback signs in", async () => {
    const invitation = (await requestLink("staff-invitation", invited))!;
    expect(await tokensFor(invited)).toHaveLength(1);
    const revoked = await app.callAction(action("revokeInvitationAction"), [idleFormState, formData({ invitationId: world.invitationId })], world, "admin", app.server.origin);
    expect(revoked.changed).toContain("staff_invitations");
    expect(await tokensFor(invited)).toEqual([]);
    for (const link of [invitation, onCallback(invitation, "email")]) {
      expect((await follow(link)).sessionToken).toBeNull();
    }
    expect(await db().select().from(users).where(eq(users.email, invited))).toEqual([]);
  });

  it("after one is accepted, every other invitation link for the address is dead on every callback", async () => {
    const first = (await requestLink("staff-invitation", invited))!;
    const resent = await app.callAction(action("resendInvitationAction"), [idleFormState, formData({ invitationId: world.invitationId })], world, "admin", app.server.origin);
    expect(resent.status).toBeLessThan(400);
    const second = (await requestLink("staff-invitation", invited))!;
    expect(second).not.toBe(first);
    expect(await tokensFor(invited)).toHaveLength(3);

    expect((await follow(second)).sessionToken).not.toBeNull();
    expect(await tokensFor(invited)).toEqual([]);
    await db().delete(sessions);
    for (const link of [first, onCallback(first, "email")]) {
      expect((await follow(link)).sessionToken).toBeNull();
    }
    expect(await db().select().from(sessions)).toEqual([]);
  });
});

describe("a deactivated member of staff", () => {
  it("is signed out everywhere at once, gets no link, and cannot sign in with one made before or after", async () => {
    const consultant = world.consultantA;
    const before = await fetch(`${app.server.origin}/consultant`, { headers: { cookie: sessionCookie(world, "consultantA") }, redirect: "manual" });
    expect(before.status).toBe(200);
    const earlier = (await requestLink("email", consultant.email))!;

    const outcome = await app.callAction(
      action("deactivateStaffAction"),
      [idleFormState, formData({ staffId: consultant.id, successorId: world.consultantB.id })],
      world,
      "admin",
      app.server.origin,
    );
    expect(outcome.changed).toEqual(expect.arrayContaining(["sessions", "users", "audit_log"]));

    const after = await fetch(`${app.server.origin}/consultant`, { headers: { cookie: sessionCookie(world, "consultantA") }, redirect: "manual" });
    expect([302, 303, 307]).toContain(after.status);
    expect(after.headers.get("location")).toContain("/sign-in");
    expect((await follow(earlier)).sessionToken).toBeNull();

    // Asking answers as it would for anyone, and sends nothing.
    expect(await requestLink("email", consultant.email)).toBeNull();

    // A link or a session that exists despite all that (made in a race, say) still lets no one in.
    const raw = "f".repeat(64);
    await db().insert(verificationTokens).values({
      identifier: consultant.email,
      token: createHash("sha256").update(`${raw}${authSecret}`).digest("hex"),
      expires: new Date(Date.now() + 600_000),
    });
    const forged = `${app.server.origin}/api/auth/callback/email?${new URLSearchParams({ callbackUrl: "/consultant", token: raw, email: consultant.email })}`;
    const refused = await follow(forged);
    expect(refused.sessionToken).toBeNull();
    expect(refused.location).toContain("error=AccessDenied");

    await db().execute(sql`insert into sessions (session_token, user_id, expires) values ('left-behind', ${consultant.id}, now() + interval '1 day')`);
    const leftBehind = await fetch(`${app.server.origin}/consultant`, { headers: { cookie: "authjs.session-token=left-behind" }, redirect: "manual" });
    expect(leftBehind.headers.get("location")).toContain("/sign-in");
    const session = await fetch(`${app.server.origin}/api/auth/session`, { headers: { cookie: "authjs.session-token=left-behind" } });
    expect((await session.json()) as object).not.toHaveProperty("user.id");
    expect(await db().select().from(users).where(and(eq(users.id, consultant.id), sql`${users.deactivatedAt} is not null`))).toHaveLength(1);
  });
});
