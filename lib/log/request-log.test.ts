import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { captureLogs } from "@/test/logs/log-lines";
import { noteRequestUser } from "./request-context";
import { installRequestLog } from "./request-log";
import { requestIdFor } from "./request-id";
import { routeOf } from "./route-of";

// A plain Node server stands in for `next start`: the hook sits on the server's request event,
// below Next.js, so the same hook runs there. The handler plays a page that reads the session.

const logs = captureLogs();
let server: Server;
let origin: string;

beforeAll(async () => {
  installRequestLog(0);
  server = createServer((request, response) => {
    if (request.url?.startsWith("/portal")) noteRequestUser("0b7c-user-id");
    setTimeout(() => {
      response.statusCode = request.url?.startsWith("/broken") ? 500 : 200;
      response.end(`id seen by the handler: ${request.headers["x-request-id"]}`);
    }, 30);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  logs.install();
});
afterAll(async () => {
  logs.uninstall();
  server.close();
});
afterEach(() => void logs.raw.splice(0));

async function lineFor(response: Response) {
  await response.text();
  for (let wait = 0; wait < 50 && logs.raw.length === 0; wait++) await new Promise((resolve) => setTimeout(resolve, 10));
  return logs.lines().at(-1)!;
}

describe("the request log", () => {
  it("writes one line per request with its id, route, status, duration and the user's id", async () => {
    const response = await fetch(`${origin}/portal/applications/5b0c6f4e-3a1d-4d8e-9c2b-0f6a7e8d9c1b?token=secret-value&email=a%40b.com`);
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[\da-f-]{36}$/);
    const line = await lineFor(response);
    expect(line).toMatchObject({ level: "info", msg: "request", reqId: id, method: "GET", route: "/portal/applications/[id]", status: 200, userId: "0b7c-user-id" });
    expect(line.durationMs).toBeGreaterThanOrEqual(25);
    expect(logs.raw.join("")).not.toMatch(/secret-value|a%40b/);
  });

  it("gives the handler the same id it sends back, and ignores a client's own when no proxy is trusted", async () => {
    const response = await fetch(`${origin}/about`, { headers: { "X-Request-Id": "chosen-by-the-client" } });
    const id = response.headers.get("x-request-id");
    expect(id).not.toBe("chosen-by-the-client");
    expect(await response.text()).toBe(`id seen by the handler: ${id}`);
  });

  it("says 5xx answers louder and names no user where none signed in", async () => {
    const line = await lineFor(await fetch(`${origin}/broken`));
    expect(line).toMatchObject({ level: "warn", status: 500, route: "/broken" });
    expect(line).not.toHaveProperty("userId");
  });
});

describe("request ids and routes", () => {
  it("keeps a proxy's id only behind trusted proxies, and only a well-formed one", () => {
    expect(requestIdFor("f3c2a9d0e1b24c7a9d0e1b24c7a9d0e1", 1)).toBe("f3c2a9d0e1b24c7a9d0e1b24c7a9d0e1");
    expect(requestIdFor("f3c2a9d0e1b24c7a9d0e1b24c7a9d0e1", 0)).not.toBe("f3c2a9d0e1b24c7a9d0e1b24c7a9d0e1");
    expect(requestIdFor("<script>alert(1)</script>", 1)).toMatch(/^[\da-f-]{36}$/);
    expect(requestIdFor(undefined, 2)).toMatch(/^[\da-f-]{36}$/);
  });

  it("shows ids and tokens in a path as placeholders, never the query, and keeps article slugs", () => {
    expect(routeOf("/calendar/q5JbM0xv2TnR8yZ1Lw4pK7sD3fG6hJ9kC0vB2nM5xQ8.ics?x=1")).toBe("/calendar/[token]");
    expect(routeOf("/client/feedback/0f4a8c1e9b2d4f6a8c0e1b3d5f7a9c2e")).toBe("/client/feedback/[token]");
    expect(routeOf("/advice/second-interviews-and-assessment-centres")).toBe("/advice/second-interviews-and-assessment-centres");
    expect(routeOf("/dev/mailbox/12/attachments/0")).toBe("/dev/mailbox/[n]/attachments/[n]");
    expect(routeOf("/_next/static/chunks/abc.js")).toBe("/_next/static/…");
  });
});
