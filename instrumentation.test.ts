import { afterEach, describe, expect, it, vi } from "vitest";
import { captureLogs } from "@/test/logs/log-lines";
import { onRequestError } from "./instrumentation";

// Called the way Next.js calls it (the shapes in next/dist/server/instrumentation/types.d.ts),
// with an error as a server component throws it: Next.js has given it a digest by then.

const logs = captureLogs();
afterEach(() => {
  logs.uninstall();
  logs.raw.splice(0);
  vi.unstubAllEnvs();
});

function renderError() {
  return Object.assign(new Error("relation \"applications\" does not exist, for jo@example.com"), { digest: "2817465309" });
}

describe("onRequestError", () => {
  it("logs the error once as a JSON line with the request's id, route and digest", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    logs.install();
    await onRequestError(
      renderError(),
      { path: "/portal/applications/5b0c6f4e-3a1d-4d8e-9c2b-0f6a7e8d9c1b?token=abc123", method: "GET", headers: { "x-request-id": "req-7f3a9c21", cookie: "authjs.session-token=secret" } },
      { routerKind: "App Router", routePath: "/portal/applications/[id]", routeType: "render", renderSource: "react-server-components", revalidateReason: undefined },
    );
    expect(logs.raw).toHaveLength(1);
    const line = logs.lines()[0]!;
    expect(line).toMatchObject({
      level: "error",
      msg: "unhandled error",
      reqId: "req-7f3a9c21",
      method: "GET",
      route: "/portal/applications/[id]",
      path: "/portal/applications/[id]",
      routeType: "render",
      digest: "2817465309",
    });
    expect((line.err as { message: string }).message).toContain("does not exist");
    expect(logs.raw[0]).not.toMatch(/jo@example\.com|abc123|secret/);
  });

  it("stays out of the edge runtime, where the logger cannot run", async () => {
    vi.stubEnv("NEXT_RUNTIME", "edge");
    logs.install();
    await onRequestError(renderError(), { path: "/", method: "GET", headers: {} }, { routerKind: "App Router", routePath: "/", routeType: "proxy", revalidateReason: undefined });
    expect(logs.raw).toHaveLength(0);
  });
});
