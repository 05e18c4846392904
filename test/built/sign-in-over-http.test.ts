// Asking for a sign-in link, over HTTP against the production build, with
// Auth.js behind the real route handler and the real sign-in page's action:
// the address the limit charges is the address that gets the link, the
// staff-invitation endpoint is limited like the others and tells a stranger
// nothing, no header skips the body limit, and the client address is the
// connection's (TRUSTED_PROXY_HOPS unset), not what X-Forwarded-For claims.
import { request } from "node:http";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { idleFormState } from "@/lib/actions/form-state";
import { staffInvitations, verificationTokens } from "@/lib/db/schema/auth";
import { emailOutbox, rateLimits } from "@/lib/db/schema/delivery";
import { staffInvitationLifetimeMs } from "@/lib/auth/staff-invitations";
import { requestBodyLimitBytes } from "@/lib/security/body-limits";
import { formData } from "@/test/fake-session";
import { encodeActionCall } from "@/test/server-action-http";
import { builtActions, startBuiltApp, type BuiltApp, type World } from "./built-app";

let app: BuiltApp;
let world: World;
beforeAll(async () => {
  app = await startBuiltApp();
  world = await app.freshWorld();
}, 120_000);
afterAll(() => app?.stop());
// Every case starts with its allowances unspent.
beforeEach(() => app.db.delete(rateLimits));

const mailTo = async (email: string) => (await app.db.select({ n: count() }).from(emailOutbox).where(eq(emailOutbox.recipient, email)))[0]!.n;
const tokensFor = async (email: string) => (await app.db.select({ n: count() }).from(verificationTokens).where(eq(verificationTokens.identifier, email)))[0]!.n;

/** A CSRF token and its cookie, as Auth.js hands them to a sign-in form. */
async function csrf() {
  const response = await fetch(`${app.server.origin}/api/auth/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { csrfToken, cookie: response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ") };
}

/** POSTs a form to /api/auth/signin/<provider>; `fields` may repeat a name. */
async function postSignIn(provider: string, fields: [string, string][], headers: Record<string, string> = {}) {
  const { csrfToken, cookie } = await csrf();
  const body = new URLSearchParams([["csrfToken", csrfToken], ...fields]);
  return fetch(`${app.server.origin}/api/auth/signin/${provider}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...headers },
    body,
    redirect: "manual",
  });
}

describe("the address charged is the address mailed", () => {
  for (const provider of ["email", "staff-invitation"]) {
    it(`signin/${provider}: a repeated email field is refused with 400 before Auth.js sees it`, async () => {
      const response = await postSignIn(provider, [["email", "attacker@world.test"], ["email", "victim@world.test"]]);
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/one email address, and no other fields/);
      expect([await mailTo("victim@world.test"), await tokensFor("victim@world.test"), await mailTo("attacker@world.test")]).toEqual([0, 0, 0]);
      expect(await app.db.select().from(rateLimits)).toEqual([]);
    });

    it(`signin/${provider}: a field the sign-in form does not have is refused with 400`, async () => {
      for (const extra of [["redirect", "false"], ["emailAddress", "x@world.test"], ["csrfToken", "again"]] as [string, string][]) {
        const response = await postSignIn(provider, [["email", "someone@world.test"], extra]);
        expect(response.status, extra[0]).toBe(400);
      }
      expect(await mailTo("someone@world.test")).toBe(0);
    });
  }

  it("signin/email: a JSON body, which Auth.js would read by another parser, is refused", async () => {
    const { csrfToken, cookie } = await csrf();
    const response = await fetch(`${app.server.origin}/api/auth/signin/email`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ csrfToken, email: "json@world.test" }),
      redirect: "manual",
    });
    expect(response.status).toBe(400);
    expect(await mailTo("json@world.test")).toBe(0);
  });

  it("the sign-in page's action refuses a repeated email field, and mails no one", async () => {
    const action = builtActions().find((candidate) => candidate.exportedName === "requestSignInLinkAction")!;
    const form = formData({ email: "first@world.test" });
    form.append("email", "second@world.test");
    const { headers, body } = await encodeActionCall(action.id, [idleFormState, form]);
    const response = await fetch(`${app.server.origin}/sign-in`, { method: "POST", headers: { ...headers, origin: app.server.origin }, body, redirect: "manual" });
    expect(await response.text()).toMatch(/Something was added to the form/);
    expect([await mailTo("first@world.test"), await mailTo("second@world.test")]).toEqual([0, 0]);
    // The same action with the form as the page sends it does send a link.
    const honest = await encodeActionCall(action.id, [idleFormState, formData({ email: "first@world.test" })]);
    await fetch(`${app.server.origin}/sign-in`, { method: "POST", headers: { ...honest.headers, origin: app.server.origin }, body: honest.body, redirect: "manual" });
    expect(await mailTo("first@world.test")).toBe(1);
  });
});

describe("the staff-invitation endpoint", () => {
  it("is limited like the others: five links an address in 15 minutes", async () => {
    await app.db.insert(staffInvitations).values({
      email: "invitee@world.test",
      role: "consultant",
      invitedBy: world.admin.id,
      expiresAt: new Date(Date.now() + staffInvitationLifetimeMs),
    });
    const statuses = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await postSignIn("staff-invitation", [["email", "invitee@world.test"]])).status);
    expect(statuses).toEqual([302, 302, 302, 302, 302, 429]);
    expect(await mailTo("invitee@world.test")).toBe(5);
  });

  it("answers the same whether or not the address has an open invitation", async () => {
    await app.db.insert(staffInvitations).values({
      email: "invited@world.test",
      role: "admin",
      invitedBy: world.admin.id,
      expiresAt: new Date(Date.now() + staffInvitationLifetimeMs),
    });
    const answer = async (email: string, headers: Record<string, string> = {}) => {
      const response = await postSignIn("staff-invitation", [["email", email], ["callbackUrl", "/consultant"]], headers);
      return { status: response.status, location: response.headers.get("location"), cookies: response.headers.getSetCookie(), body: await response.text() };
    };
    const invited = await answer("invited@world.test");
    const stranger = await answer("stranger@world.test");
    expect(stranger).toEqual(invited);
    expect(invited.location).toBe(`${app.server.origin}/api/auth/verify-request?provider=staff-invitation&type=email`);
    // As Auth.js's own client asks (X-Auth-Return-Redirect: JSON, not a redirect).
    expect(await answer("stranger@world.test", { "x-auth-return-redirect": "1" })).toEqual(await answer("invited@world.test", { "x-auth-return-redirect": "1" }));
    expect([await mailTo("invited@world.test"), await mailTo("stranger@world.test")]).toEqual([2, 0]);
  });
});

describe("request bodies, whatever the headers", () => {
  const prefetchHeaders: Record<string, string>[] = [{ "next-router-prefetch": "1" }, { purpose: "prefetch" }, { Purpose: "Prefetch" }];

  it("a body declared over the limit is refused with 413 even as a prefetch", async () => {
    for (const headers of prefetchHeaders) {
      const response = await fetch(`${app.server.origin}/api/auth/signin/email`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
        body: `email=big%40world.test&callbackUrl=${"x".repeat(requestBodyLimitBytes)}`,
        redirect: "manual",
      });
      expect(response.status, JSON.stringify(headers)).toBe(413);
    }
    expect(await mailTo("big@world.test")).toBe(0);
  });

  it("a body of undeclared length is refused with 411 even as a prefetch", async () => {
    for (const headers of prefetchHeaders) {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("email=streamed%40world.test"));
          controller.close();
        },
      });
      const response = await fetch(`${app.server.origin}/api/auth/signout`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
        body: stream,
        redirect: "manual",
        duplex: "half",
      } as RequestInit & { duplex: "half" });
      expect(response.status, JSON.stringify(headers)).toBe(411);
    }
  });
});

describe("the client address, with no trusted proxy", () => {
  it("is the connection's: X-Forwarded-For does not escape the 20-a-client sign-in limit", async () => {
    const statuses = [];
    for (let i = 1; i <= 21; i += 1) {
      const response = await postSignIn("email", [["email", `client${i}@world.test`]], { "x-forwarded-for": `198.51.100.${i}`, "x-next-steps-peer": `203.0.113.${i}` });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(302));
    expect(statuses[20]).toBe(429);
    // Another connection's address is another client: the count above was the socket's, not everyone's.
    expect(await postSignInFrom("127.0.0.2", "other-socket@world.test")).toBe(302);
  });
});

/** The same request from another loopback address (all of 127/8 is this machine). */
async function postSignInFrom(localAddress: string, email: string): Promise<number> {
  const { csrfToken, cookie } = await csrf();
  const body = new URLSearchParams({ csrfToken, email }).toString();
  return new Promise((resolve, reject) => {
    const outgoing = request(`${app.server.origin.replace("localhost", "127.0.0.1")}/api/auth/signin/email`, {
      method: "POST",
      localAddress,
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body), cookie, host: new URL(app.server.origin).host },
    }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}
