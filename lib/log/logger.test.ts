import { describe, expect, it } from "vitest";
import { captureLogs } from "@/test/logs/log-lines";
import { readableLine } from "./readable-line";
import { requestContextStorage } from "./request-context";

const address = "jo.bloggs+jobs@example.co.uk";
const token = "c2lnbi1pbi10b2tlbi10aGF0LW11c3Qtbm90LWxlYWs";
const signInLink = `https://nextsteps.example.co.uk/api/auth/callback/resend?callbackUrl=%2Fportal&token=${token}&email=${encodeURIComponent(address)}`;

describe("the logger", () => {
  it("writes one JSON line per event with the level as a word and an ISO time", () => {
    const logs = captureLogs();
    logs.logger.info({ userId: "u-1", durationMs: 12 }, "request");
    expect(logs.raw).toHaveLength(1);
    expect(logs.raw[0]!.endsWith("\n")).toBe(true);
    expect(logs.lines()[0]).toMatchObject({ level: "info", msg: "request", userId: "u-1", durationMs: 12 });
    expect(String(logs.lines()[0]!.time)).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("never writes an email address or a link's token, wherever it appears", () => {
    const logs = captureLogs();
    logs.logger.warn(`sending to ${address} failed: ${signInLink}`);
    logs.logger.info({ target: `/sign-in/check-email?email=${encodeURIComponent(address)}` }, "percent-encoded, as in a query");
    logs.logger.info({ email: address, token, recipient: address, headers: { cookie: `session=${token}` } }, "fields by name");
    logs.logger.error({ note: `quoted in free text: ${address} and ?token=${token}` }, "nested text");
    const cause = new Error(`insert failed with params ["${address}", "${signInLink}"]`);
    logs.logger.error({ err: new Error("query failed", { cause }) }, "with a stack and a cause");

    const written = logs.raw.join("");
    expect(logs.raw).toHaveLength(5);
    expect(written).not.toContain(address);
    expect(written).not.toContain(encodeURIComponent(address));
    expect(written).not.toContain("jo.bloggs");
    expect(written).not.toContain(token);
    expect(written).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    expect(logs.lines()[2]).toMatchObject({ email: "[redacted]", token: "[redacted]", recipient: "[redacted]", headers: { cookie: "[redacted]" } });
    expect(written).toContain("[email removed]");
    expect(written).toContain("[link removed]");
    // The error is still there to read: its message and where it came from.
    expect(written).toContain("query failed");
    expect(written).toContain("logger.test.ts");
  });

  it("tags whatever is logged while a request is handled with the request's id", () => {
    const logs = captureLogs();
    requestContextStorage().run({ requestId: "req-1234abcd" }, () => logs.logger.error("inside"));
    logs.logger.info("outside");
    expect(logs.lines().map((line) => line.reqId)).toEqual(["req-1234abcd", undefined]);
  });

  it("leaves out what is below LOG_LEVEL", () => {
    const logs = captureLogs({ level: "warn" });
    logs.logger.info("hidden");
    logs.logger.warn("shown");
    expect(logs.lines().map((line) => line.msg)).toEqual(["shown"]);
  });

  it("reads as one line of text in development, scrubbed the same way", () => {
    const logs = captureLogs({ format: "readable" });
    logs.logger.info({ route: "/portal", status: 200, to: address }, `hello ${address}`);
    expect(logs.raw[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO  hello \[email removed\] {2}route=\/portal status=200 to=\[redacted\]\n$/);
    expect(readableLine("not json")).toBe("not json");
  });
});
