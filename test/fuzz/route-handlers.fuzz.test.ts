// Every route handler in app/, called directly with hostile requests
// (hostile-requests.ts) by whoever is signed in, or nobody, against the real
// data layer. Whatever arrives, the answer must be below 500, nothing may be
// logged as an error, and a refusal (4xx) must say something and leave every
// table as it was. Route files are found on disk: a new one fails the first
// test until it is given a case here or a reason to be skipped.
import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { listTables } from "@/test/database-walk";
import { newWebhookSecret, signedHeaders } from "@/test/resend-webhooks";
import { changedTables, fingerprint } from "@/test/authorization/database-fingerprint";
import { emptyTables } from "./empty-tables";
import { answerTally, fuzzParameters } from "./fuzz-settings";
import { headerSafe, hostileRequest, type HostileRequest } from "./hostile-requests";
import { fakeSession } from "@/test/next-fakes";
import { createRouteWorld, resolver, type RouteWorld } from "./route-world";
import { recordLogs } from "@/test/logs/log-lines";

vi.mock("@/lib/auth/auth", async () => (await import("@/test/next-fakes")).authModule);
vi.mock("next/navigation", async () => (await import("@/test/next-fakes")).navigationModule);
vi.mock("next/cache", async () => (await import("@/test/next-fakes")).cacheModule);
vi.mock("next/headers", async () => (await import("@/test/next-fakes")).headersModule);

const runsPerRoute = 100;
/** A handler that reads nothing of the request varies only by who is signed in. */
const runsWithoutInput = 10;

/** Route files not fuzzed here, and why. Empty: Auth.js's catch-all is fuzzed with Auth.js's own handlers stubbed (next-fakes.ts), so only our wrapper around them is tried. */
const skipped: Record<string, string> = {};

const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
type Handler = (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> | Response;

const appDir = path.resolve(import.meta.dirname, "../../app");
const routeFiles = readdirSync(appDir, { recursive: true, encoding: "utf8" })
  .filter((file) => /^route\.tsx?$/.test(path.basename(file)))
  .sort();
const routes: { file: string; urlPath: string[]; handlers: [string, Handler][] }[] = [];
for (const file of routeFiles) {
  if (file in skipped) continue;
  const exported: Record<string, unknown> = await import(/* @vite-ignore */ path.join(appDir, file));
  const handlers = methods.flatMap((method) => (typeof exported[method] === "function" ? [[method, exported[method] as Handler] as [string, Handler]] : []));
  // Next answers HEAD with GET's handler when there is no HEAD of its own (and 405 for a method not exported).
  const get = handlers.find(([method]) => method === "GET");
  if (get && !handlers.some(([method]) => method === "HEAD")) handlers.push(["HEAD", get[1]]);
  // The URL's segments: route groups "(portal)" are not in it.
  const urlPath = path.dirname(file).split(path.sep).filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment));
  routes.push({ file, urlPath, handlers });
}

const sessions = ["signedOut", "candidateA", "candidateB", "consultantA", "admin"] as const;
const webhookSecret = newWebhookSecret();
const cronSecret = "fuzz-cron-secret-never-sent";

let testDb: TestDatabase;
let tables: string[];
let world: RouteWorld;
let dirty = true;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tables = await listTables(testDb.db);
});
afterAll(() => testDb?.dispose());
beforeEach(() => {
  vi.stubEnv("RESEND_WEBHOOK_SECRET", webhookSecret);
  vi.stubEnv("CRON_SECRET", cronSecret);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

async function freshWorld() {
  await emptyTables(testDb.db, tables);
  world = await createRouteWorld(testDb.db, cronSecret);
  dirty = false;
}

/** The request as a client could send it, and the context Next gives the handler. */
function build(route: (typeof routes)[number], hostile: HostileRequest) {
  const [method, handler] = route.handlers[hostile.handler % route.handlers.length]!;
  const resolve = resolver(world.refs, route.file);
  const params: Record<string, string | string[]> = {};
  let next = 0;
  const segments = route.urlPath.map((segment) => {
    const name = /^\[(?:\.\.\.)?(\w+)\]$/.exec(segment)?.[1];
    if (!name) return segment;
    // A URL carries UTF-8, so a lone surrogate arrives as U+FFFD, as it would from a client.
    const value = Buffer.from(resolver(world.refs, route.file, name)(hostile.params[next++ % hostile.params.length]!)).toString();
    // A catch-all's segments, as Next splits them.
    params[name] = segment.startsWith("[...") ? value.split("/") : value;
    return segment.startsWith("[...") ? value.split("/").map(encodeURIComponent).join("/") : encodeURIComponent(value);
  });
  const url = new URL(`http://localhost:3000/${segments.join("/")}`);
  for (const [key, value] of hostile.query) url.searchParams.append(resolve(key), resolve(value));

  const headers = new Headers();
  for (const [name, value] of hostile.headers) headers.append(name, headerSafe(resolve(value)));
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  if (method !== "GET" && method !== "HEAD") {
    const given = hostile.body;
    body =
      given.kind === "none" ? undefined
      : given.kind === "text" ? given.text
      : given.kind === "bytes" ? new Uint8Array(given.bytes)
      : given.kind === "huge" ? "x".repeat(given.size)
      : JSON.stringify(given.event);
    if (hostile.signed && typeof body === "string") {
      for (const [name, value] of Object.entries(signedHeaders(body, { secret: webhookSecret }))) headers.set(name, value);
    }
  }
  if (hostile.contentType !== null) headers.set("content-type", hostile.contentType);
  const request = new NextRequest(url, { method, headers, body });
  return { method, handler, request, context: { params: Promise.resolve(params) } };
}

it("fuzzes every route handler in app/, or says why not", () => {
  expect(routeFiles.length).toBeGreaterThan(0);
  const unaccounted = routes.filter((route) => route.handlers.length === 0).map((route) => route.file);
  const stale = Object.keys(skipped).filter((file) => !routeFiles.includes(file));
  expect({ unaccounted, stale }).toEqual({ unaccounted: [], stale: [] });
});

/** The status of the last answer, for the regression cases. */
let lastStatus: number | undefined;

/** Null when the answer is acceptable; otherwise what went wrong. */
async function tryRequest(route: (typeof routes)[number], hostile: HostileRequest): Promise<string | null> {
  if (dirty) await freshWorld();
  const { db } = testDb;
  await emptyTables(db, ["rate_limits", "delivery_throttle"]);
  const who = sessions[hostile.session % sessions.length]!;
  fakeSession.user = who === "signedOut" ? null : world[who];
  lastStatus = undefined;
  const { method, handler, request, context } = build(route, hostile);
  const before = await fingerprint(db, tables);

  const logged: string[] = [];
  const recording = recordLogs((text) => logged.push(text));
  let response: Response;
  try {
    response = await handler(request, context);
  } catch (error) {
    return `${method} ${request.nextUrl.pathname} as ${who} threw ${error instanceof Error ? error.stack : String(error)}`;
  } finally {
    recording.stop();
  }
  const text = await response.text();
  lastStatus = response.status;
  const changed = changedTables(before, await fingerprint(db, tables));
  if (changed.length > 0) dirty = true;
  const outcome = `${method} ${request.nextUrl.pathname}${request.nextUrl.search.slice(0, 200)} as ${who}: ${response.status} ${JSON.stringify(text.slice(0, 200))}`;
  if (logged.length > 0) return `logged an error (${logged.join(" | ").slice(0, 1500)}); ${outcome}`;
  tally(route.file, `${method} ${response.status}`);
  if (response.status >= 500) return `answered ${response.status}; ${outcome}`;
  if (response.status >= 400) {
    if (changed.length > 0) return `refused, but changed ${changed.join(", ")}; ${outcome}`;
    if (!text.trim()) return `refused without a word; ${outcome}`;
  }
  return null;
}

/** How each target answered, printed under FUZZ_STATS=1. */
const tally = answerTally();

for (const route of routes) {
  const readsRequest = route.handlers.some(([, handler]) => handler.length > 0);
  it(`app/${route.file}: hostile requests get an answer below 500, and a refusal changes nothing`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileRequest, async (hostile) => {
        const problem = await tryRequest(route, hostile);
        if (problem) throw new Error(problem);
      }),
      fuzzParameters(readsRequest ? runsPerRoute : runsWithoutInput),
    );
  }, 120_000);
}

// Counterexamples fast-check found, kept as plain cases. A correctly signed
// event with a NUL character in a field we store or look up reached Postgres,
// which refused it: the route answered 503, so Resend would retry it for
// ever. Now it is malformed (400) and changes nothing.
const webhookRegressions: Record<string, Record<string, unknown>> = {
  "its type": { type: "a\u0000b", created_at: "2026-11-26T10:00:06.000Z", data: { email_id: "re_email_1" } },
  "its message id": { type: "email.delivered", created_at: "2026-11-26T10:00:06.000Z", data: { email_id: "re_\u0000" } },
  "a recipient": {
    type: "email.bounced",
    created_at: "2026-11-26T10:00:06.000Z",
    data: { email_id: "re_email_1", to: ["jo@example.com\u0000"], bounce: { type: "Permanent" } },
  },
};

for (const [where, event] of Object.entries(webhookRegressions)) {
  it(`a signed Resend event with a NUL character in ${where} is refused as malformed, not retried for ever`, async () => {
    const route = routes.find((candidate) => candidate.file === path.join("api", "webhooks", "resend", "route.ts"))!;
    const hostile: HostileRequest = { handler: 0, session: 0, params: [], query: [], headers: [], contentType: "application/json", body: { kind: "event", event }, signed: true };
    expect(await tryRequest(route, hostile)).toBeNull();
    expect(lastStatus).toBe(400);
  });
}
