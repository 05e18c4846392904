// The client address behind one trusted proxy (TRUSTED_PROXY_HOPS=1), over
// HTTP against the production build, through the real sign-in route and
// Auth.js: the per-address limit holds whatever client asks, an IPv6 client
// is one /64, and entries a client adds to X-Forwarded-For change nothing.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { rateLimits } from "@/lib/db/schema/delivery";
import { startBuiltApp, type BuiltApp } from "./built-app";

let app: BuiltApp;
beforeAll(async () => {
  app = await startBuiltApp({ env: { TRUSTED_PROXY_HOPS: "1" } });
}, 120_000);
afterAll(() => app?.stop());
beforeEach(() => app.db.delete(rateLimits));

async function askForLink(email: string, forwardedFor: string): Promise<number> {
  const csrf = await fetch(`${app.server.origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  const response = await fetch(`${app.server.origin}/api/auth/signin/email`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": forwardedFor },
    body: new URLSearchParams({ csrfToken, email }),
    redirect: "manual",
  });
  return response.status;
}

it("holds the five-a-15-minutes limit on an address whatever client asks", async () => {
  const statuses = [];
  for (let i = 1; i <= 6; i += 1) statuses.push(await askForLink("target@world.test", `192.0.2.${i}`));
  expect(statuses).toEqual([302, 302, 302, 302, 302, 429]);
});

it("counts an IPv6 client's whole /64 as one client", async () => {
  const statuses = [];
  for (let i = 1; i <= 21; i += 1) statuses.push(await askForLink(`v6-${i}@world.test`, `2001:db8:7:8::${i.toString(16)}`));
  expect(statuses.slice(0, 20)).toEqual(Array(20).fill(302));
  expect(statuses[20]).toBe(429);
  // The next /64 is someone else.
  expect(await askForLink("v6-other@world.test", "2001:db8:7:9::1")).toBe(302);
});

it("takes the entry our proxy appended, whatever the client put before it", async () => {
  const statuses = [];
  for (let i = 1; i <= 21; i += 1) statuses.push(await askForLink(`spoof-${i}@world.test`, `10.9.8.${i}, 198.51.100.${i}, 203.0.113.77`));
  expect(statuses[20]).toBe(429);
});
