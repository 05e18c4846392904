// The production build's request log and request spans: `next start` with an OTLP endpoint set,
// behind one trusted proxy. Each request is one JSON line on stdout with its id (the proxy's,
// which comes back in X-Request-Id), route, status, duration and, once signed in, the user's id;
// Next.js's own request spans reach the collector with no token or address in them.
import { afterAll, beforeAll, expect, it } from "vitest";
import { startOtlpReceiver } from "@/test/telemetry/otlp-receiver";
import { sessionCookie, startBuiltApp, type BuiltApp, type World } from "./built-app";

let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
let app: BuiltApp;
let world: World;
beforeAll(async () => {
  receiver = await startOtlpReceiver();
  app = await startBuiltApp({ env: { TRUSTED_PROXY_HOPS: "1", OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, LOG_LEVEL: "info" } });
  world = await app.freshWorld();
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await receiver?.close();
});

function requestLines(): Record<string, unknown>[] {
  return app.server
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{") && line.includes('"msg":"request"'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return []; // the first line of the kept window may be cut
      }
    });
}

async function lineWithId(id: string) {
  for (let wait = 0; wait < 50; wait++) {
    const line = requestLines().find((entry) => entry.reqId === id);
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no request line for ${id}:\n${app.server.output().slice(-2000)}`);
}

it("logs a signed-in page view as one line with the proxy's request id, the route, the user's id and the duration", async () => {
  const id = "f3c2a9d0e1b24c7a9d0e1b24c7a9d0e1";
  const response = await fetch(`${app.server.origin}/portal/applications/${world.applicationA.id}`, {
    headers: { cookie: sessionCookie(world, "candidateA"), "x-request-id": id, "x-forwarded-for": "192.0.2.10" },
    redirect: "manual",
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("x-request-id")).toBe(id);
  const line = await lineWithId(id);
  expect(line).toMatchObject({ level: "info", method: "GET", route: "/portal/applications/[id]", status: 200, userId: world.candidateA.id });
  expect(line.durationMs).toBeGreaterThan(0);
  expect(JSON.stringify(line)).not.toContain(world.candidateA.email);
});

it("keeps the sign-in link's token and address out of the logs and the traces", async () => {
  const token = "6f1d0c9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a";
  const response = await fetch(`${app.server.origin}/api/auth/callback/email?token=${token}&email=${encodeURIComponent(world.candidateA.email)}`, {
    redirect: "manual",
  });
  await response.text();
  const calendarToken = "q5JbM0xv2TnR8yZ1Lw4pK7sD3fG6hJ9kC0vB2nM5xQ8";
  await (await fetch(`${app.server.origin}/calendar/${calendarToken}`)).text();
  const id = response.headers.get("x-request-id")!;
  expect(await lineWithId(id)).toMatchObject({ route: "/api/auth/callback/email", method: "GET" });

  // Next.js's spans leave in batches, every few seconds.
  let spans = receiver.spans();
  for (let wait = 0; wait < 100 && !spans.some((span) => span.attributes["next.route"] === "/api/auth/[...nextauth]"); wait++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    spans = receiver.spans();
  }
  const requestSpan = spans.find((span) => span.attributes["next.route"] === "/portal/applications/[id]");
  expect(requestSpan, `spans seen: ${[...new Set(spans.map((span) => span.name))].join(", ")}`).toBeDefined();
  expect(spans.some((span) => span.attributes["next.route"] === "/api/auth/[...nextauth]")).toBe(true);
  expect(spans.some((span) => span.attributes["db.system.name"] === "postgresql" && span.traceId === requestSpan!.traceId)).toBe(true);
  const everything = receiver.bodies.join("") + app.server.output();
  expect(everything).not.toContain(token);
  expect(everything).not.toContain(calendarToken);
  expect(everything).not.toContain(world.candidateA.email);
  expect(everything).not.toContain(encodeURIComponent(world.candidateA.email));
});
