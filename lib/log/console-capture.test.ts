import { afterAll, expect, it } from "vitest";
import { captureLogs } from "@/test/logs/log-lines";
import { routeConsoleToLogger } from "./console-capture";

// What Next.js prints for an unhandled error: the driver's message, parameters included.
const original = { ...console };
const logs = captureLogs();
afterAll(() => {
  Object.assign(console, original);
  logs.uninstall();
});

it("turns a library's console output into scrubbed log lines at the matching level", () => {
  logs.install();
  routeConsoleToLogger();
  const failure = new Error('Failed query: insert into "email_outbox" ...\nparams: jo@example.com,https://nextsteps.example/api/auth/callback/email?token=9f8e7d6c5b4a');
  console.error(" ⨯", failure);
  console.warn("slow: %d ms", 1200);
  console.log("ready");
  expect(logs.lines().map((line) => [line.level, line.source])).toEqual([
    ["error", "console"],
    ["warn", "console"],
    ["info", "console"],
  ]);
  expect(logs.lines()[0]!.msg).toContain("Failed query");
  expect(logs.lines()[1]!.msg).toBe("slow: 1200 ms");
  expect(logs.raw.join("")).not.toMatch(/jo@example\.com|9f8e7d6c5b4a/);
});
