import { afterEach, describe, expect, it, vi } from "vitest";
import { recordLogs } from "@/test/logs/log-lines";
import { attempt } from "./attempt";
import { refusedForm } from "./form-state";

let recording: ReturnType<typeof recordLogs> | undefined;
/** The error lines logged from here on, instead of printed. */
function errorLines() {
  recording = recordLogs();
  return () => recording!.lines.filter((line) => line.level === "error");
}
afterEach(() => {
  recording?.stop();
  vi.restoreAllMocks();
});

describe("attempt", () => {
  it("passes a write's value through and logs nothing", async () => {
    const logged = errorLines();
    expect(await attempt("[test] save failed", async () => "row-1")).toEqual({ ok: true, value: "row-1" });
    expect(await attempt("[test] save failed", async () => null)).toEqual({ ok: true, value: null });
    expect(logged()).toEqual([]);
  });

  it("turns a thrown failure into a refusal, logging its cause once under the label", async () => {
    const logged = errorLines();
    const cause = new Error("connection terminated");
    const write = vi.fn(async () => {
      throw cause;
    });
    const result = await attempt("[test] save failed", write);
    expect(result).toEqual({ ok: false });
    expect(write).toHaveBeenCalledTimes(1);
    expect(logged()).toHaveLength(1);
    expect(logged()[0]).toMatchObject({ msg: "[test] save failed", err: { message: "connection terminated", stack: expect.stringContaining("Error: connection terminated") } });
  });

  it("logs a failure that quotes a sign-in link without the link's token", async () => {
    const logged = errorLines();
    const link = "https://next-steps.example/api/auth/callback/email?callbackUrl=%2Fportal&token=0f3c9a77d1e2&email=a%40b.test";
    // What a driver says when an insert of the email fails: the query and its parameters, the body among them.
    const failure = new Error(`Failed query: insert into "email_outbox" ... params: <a href="${link.replaceAll("&", "&amp;")}">Sign in</a>,Sign in: ${link}`, {
      cause: new Error(`connection lost while sending ${link}`),
    });
    await attempt("[test] send failed", () => Promise.reject(failure));
    const written = JSON.stringify(logged());
    expect(written).toContain("Failed query");
    expect(written).toContain("connection lost");
    expect(written).not.toContain("0f3c9a77d1e2");
  });

  it("catches a write that throws before it returns a promise", async () => {
    errorLines();
    const write = (): Promise<string> => {
      throw new TypeError("not a function");
    };
    expect(await attempt("[test] save failed", write)).toEqual({ ok: false });
  });

  it("leaves the refusal to the action: its message, and what was typed, with nothing of the cause", async () => {
    errorLines();
    const form = new FormData();
    form.set("company", "Harbour Lane Foods");
    const saved = await attempt("[test] save failed", () => Promise.reject(new Error("duplicate key value violates unique constraint")));
    const state = saved.ok ? { status: "success" as const } : refusedForm("We could not save that just now. Please try again.", form);
    expect(state).toEqual({
      status: "error",
      message: "We could not save that just now. Please try again.",
      values: { company: "Harbour Lane Foods" },
    });
    expect(JSON.stringify(state)).not.toContain("duplicate key");
  });
});
