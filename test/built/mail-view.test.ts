// The admin's mail page on the production build: it renders for an admin
// with the world's failed message and suppressed address, shows neither the
// message's text nor its full address, and is refused to everyone else.
import { afterAll, beforeAll, expect, it } from "vitest";
import { sessionCookie, startBuiltApp, type BuiltApp, type World } from "./built-app";

let app: BuiltApp;
let world: World;
beforeAll(async () => {
  app = await startBuiltApp();
  world = await app.freshWorld();
}, 120_000);
afterAll(() => app?.stop());

const get = (principal: "admin" | "consultantA" | "candidateA" | null) =>
  fetch(`${app.server.origin}/admin/mail`, { headers: principal ? { cookie: sessionCookie(world, principal) } : {}, redirect: "manual" });

it("renders for an admin: counts, the failure with its reason and a retry button, the suppression with a lift button", async () => {
  const response = await get("admin");
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(html).toContain("<h1");
  expect(html).toMatch(/<dt[^>]*>Failed<\/dt><dd[^>]*>1<\/dd>/);
  expect(html).toContain("422 validation_error");
  expect(html).toContain("c…@world.test");
  expect(html).toContain("Send again");
  expect(html).toContain(world.suppressedHash);
  expect(html).toContain("Hard bounce");
  expect(html).toContain('href="/admin/mail"');
  // Neither the body nor the address of the failed message.
  expect(html).not.toContain("Good luck");
  expect(html).not.toContain(world.candidateA.email);
});

it("is refused to staff who are not admins, to candidates and to visitors", async () => {
  expect((await get("consultantA")).status).toBe(403);
  expect((await get("candidateA")).status).toBe(403);
  const visitor = await get(null);
  expect(visitor.status).toBe(307);
  expect(visitor.headers.get("location")).toContain("/sign-in");
});
