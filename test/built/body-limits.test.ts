// The site's body limit (lib/security/body-limits.ts) on the production
// build: a body over it is refused with a 413 that says so, a body of
// undeclared length with a 411, and nothing is saved; the largest honest form, written
// in three-byte characters, still goes through.
import { afterAll, beforeAll, expect, it } from "vitest";
import { idleFormState } from "@/lib/actions/form-state";
import { MAX_QUESTIONS } from "@/lib/journey/reflection-schema";
import { requestBodyLimitBytes } from "@/lib/security/body-limits";
import { formData } from "@/test/fake-session";
import { encodeActionCall } from "@/test/server-action-http";
import { builtActions, sessionCookie, startBuiltApp, type BuiltApp, type World } from "./built-app";

const saveReflection = builtActions().find((action) => action.exportedName === "saveReflectionAction")!;
const tooLarge = /larger than this site accepts \(256 KB\), so nothing was saved/;

let app: BuiltApp;
let world: World;
beforeAll(async () => {
  app = await startBuiltApp();
  world = await app.freshWorld();
}, 120_000);
afterAll(() => app?.stop());

/** Candidate A's reflection on their interview, from the site's own origin. */
async function reflectionRequest(fields: Record<string, string>, { declareLength = true } = {}) {
  const { headers, body } = await encodeActionCall(saveReflection.id, [world.interviewA, idleFormState, formData(fields)]);
  // Through a Response, a FormData becomes a stream with its multipart type and no length.
  const encoded = new Response(body);
  const bytes = new Uint8Array(await encoded.arrayBuffer());
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 16 * 1024) controller.enqueue(bytes.slice(at, at + 16 * 1024));
      controller.close();
    },
  });
  return {
    size: bytes.length,
    send: () =>
      fetch(`${app.server.origin}/portal/interviews/${world.interviewA}/reflection`, {
        method: "POST",
        headers: { ...headers, "content-type": encoded.headers.get("content-type")!, cookie: sessionCookie(world, "candidateA"), origin: app.server.origin },
        body: declareLength ? bytes : stream,
        redirect: "manual",
        duplex: "half",
      } as RequestInit & { duplex: "half" }),
  };
}

it("refuses an action whose body declares more than the limit, with a 413 that says nothing was saved", async () => {
  const request = await reflectionRequest({ wentWell: "x".repeat(requestBodyLimitBytes + 1) });
  const outcome = await app.whatChanged(request.send);
  expect(outcome.status).toBe(413);
  expect(outcome.body).toMatch(tooLarge);
  expect(outcome.changed).toEqual([]);
});

it("refuses a body streamed without a length, however small, and saves nothing", async () => {
  const request = await reflectionRequest({ wentWell: "Short and honest" }, { declareLength: false });
  const outcome = await app.whatChanged(request.send);
  expect(outcome.status).toBe(411);
  expect(outcome.body).toMatch(/Content-Length/);
  expect(outcome.changed).toEqual([]);
});

it("takes the largest honest reflection, every field full of three-byte characters", async () => {
  const full = (length: number) => "界".repeat(length);
  const fields: Record<string, string> = { rapport: "4", answers: "4", relevance: "5", wentWell: full(4000), toImprove: full(4000), stillWant: "yes" };
  for (let index = 0; index < MAX_QUESTIONS; index += 1) {
    Object.assign(fields, { [`questions.${index}.question`]: full(500), [`questions.${index}.howItWent`]: "3", [`questions.${index}.notes`]: full(1000) });
  }
  const request = await reflectionRequest(fields);
  expect(request.size).toBeGreaterThan(100 * 1024);
  const outcome = await app.whatChanged(request.send);
  expect(outcome.status, outcome.body).toBeLessThan(400);
  expect(outcome.changed).toContain("reflections");
});

it("refuses a route handler's oversized body before the handler reads it", async () => {
  const outcome = await app.whatChanged(() =>
    fetch(`${app.server.origin}/api/webhooks/resend`, { method: "POST", headers: { "content-type": "application/json" }, body: "x".repeat(requestBodyLimitBytes + 1) }),
  );
  expect(outcome.status).toBe(413);
  expect(outcome.body).toMatch(tooLarge);
  expect(outcome.changed).toEqual([]);
});

// A prerendered page is served without the proxy (test/built/static-pages.test.ts), except for the
// one body it takes, a server action (signing out from the header): that still meets the limit.
it("refuses an oversized action posted to a prerendered page, declared or streamed, and signs nobody out", async () => {
  const signOut = builtActions().find((action) => action.exportedName === "signOutAction")!;
  const { headers } = await encodeActionCall(signOut.id, []);
  const oversized = new TextEncoder().encode(JSON.stringify(["x".repeat(requestBodyLimitBytes + 1)]));
  for (const declareLength of [true, false]) {
    const body = declareLength
      ? oversized
      : new ReadableStream<Uint8Array>({
          start(controller) {
            for (let at = 0; at < oversized.length; at += 16 * 1024) controller.enqueue(oversized.slice(at, at + 16 * 1024));
            controller.close();
          },
        });
    const outcome = await app.whatChanged(() =>
      fetch(`${app.server.origin}/advice/what-to-do-after-a-job-interview`, {
        method: "POST",
        headers: { ...headers, cookie: sessionCookie(world, "candidateA"), origin: app.server.origin },
        body,
        redirect: "manual",
        duplex: "half",
      } as RequestInit & { duplex: "half" }),
    );
    expect(outcome.status, `length declared: ${declareLength}`).toBe(declareLength ? 413 : 411);
    expect(outcome.changed).toEqual([]);
  }
});
