import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bodyTooLargeResponse, declaresOversizedBody, requestBodyLimitBytes, streamsUndeclaredBody } from "./body-limits";

describe("the request body limit", () => {
  it("is the figure next.config.mjs gives server actions", () => {
    const config = readFileSync(path.resolve(import.meta.dirname, "../../next.config.mjs"), "utf8");
    expect(config).toContain(`bodySizeLimit: "${requestBodyLimitBytes / 1024}kb"`);
  });

  it("refuses a declared length over the limit, and nothing at or under it", () => {
    const declaring = (length: string | null) => new Headers(length === null ? {} : { "content-length": length });
    expect(declaresOversizedBody(declaring(String(requestBodyLimitBytes + 1)))).toBe(true);
    expect(declaresOversizedBody(declaring(String(requestBodyLimitBytes)))).toBe(false);
    expect(declaresOversizedBody(declaring("0"))).toBe(false);
    expect(declaresOversizedBody(declaring(null))).toBe(false);
  });

  it("singles out a body streamed without a declared length", () => {
    expect(streamsUndeclaredBody(new Headers({ "transfer-encoding": "chunked" }))).toBe(true);
    expect(streamsUndeclaredBody(new Headers({ "transfer-encoding": "chunked", "content-length": "10" }))).toBe(false);
    expect(streamsUndeclaredBody(new Headers({ "content-length": "10" }))).toBe(false);
    expect(streamsUndeclaredBody(new Headers())).toBe(false);
  });

  it("answers 413 in plain words, and says nothing was saved", async () => {
    const response = bodyTooLargeResponse();
    expect(response.status).toBe(413);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toMatch(/larger than this site accepts \(256 KB\), so nothing was saved/);
  });
});
