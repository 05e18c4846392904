import { afterEach, describe, expect, it, vi } from "vitest";
import { attempt } from "./attempt";
import { refusedForm } from "./form-state";

afterEach(() => vi.restoreAllMocks());

describe("attempt", () => {
  it("passes a write's value through and logs nothing", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await attempt("[test] save failed", async () => "row-1")).toEqual({ ok: true, value: "row-1" });
    expect(await attempt("[test] save failed", async () => null)).toEqual({ ok: true, value: null });
    expect(logged).not.toHaveBeenCalled();
  });

  it("turns a thrown failure into a refusal, logging its cause once under the label", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const cause = new Error("connection terminated");
    const write = vi.fn(async () => {
      throw cause;
    });
    const result = await attempt("[test] save failed", write);
    expect(result).toEqual({ ok: false });
    expect(write).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalledWith("[test] save failed", expect.stringContaining("Error: connection terminated"));
  });

  it("logs a failure that quotes a sign-in link without the link's token", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const link = "https://next-steps.example/api/auth/callback/email?callbackUrl=%2Fportal&token=0f3c9a77d1e2&email=a%40b.test";
    // What a driver says when an insert of the email fails: the query and its parameters, the body among them.
    const failure = new Error(`Failed query: insert into "email_outbox" ... params: <a href="${link.replaceAll("&", "&amp;")}">Sign in</a>,Sign in: ${link}`, {
      cause: new Error(`connection lost while sending ${link}`),
    });
    await attempt("[test] send failed", () => Promise.reject(failure));
    const written = logged.mock.calls.flat().map(String).join("\n");
    expect(written).toContain("Failed query");
    expect(written).toContain("connection lost");
    expect(written).not.toContain("0f3c9a77d1e2");
  });

  it("catches a write that throws before it returns a promise", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const write = (): Promise<string> => {
      throw new TypeError("not a function");
    };
    expect(await attempt("[test] save failed", write)).toEqual({ ok: false });
  });

  it("leaves the refusal to the action: its message, and what was typed, with nothing of the cause", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
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
