import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { consumeRateLimit } from "./rate-limit";
import { consumeSignInAllowance } from "@/lib/auth/sign-in-limits";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.dispose());

const t0 = new Date("2026-11-26T10:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe("rate limits", () => {
  it("allows up to the limit in a window, then says how long to wait", async () => {
    const rule = { limit: 3, windowMs: 60_000 };
    for (let i = 0; i < 3; i++) expect(await consumeRateLimit("k", rule, at(i))).toEqual({ allowed: true });
    expect(await consumeRateLimit("k", rule, at(10))).toEqual({ allowed: false, retryAfterSeconds: 50 });
  });

  it("starts a new window once the old one has passed", async () => {
    const rule = { limit: 1, windowMs: 60_000 };
    expect((await consumeRateLimit("w", rule, at(0))).allowed).toBe(true);
    expect((await consumeRateLimit("w", rule, at(30))).allowed).toBe(false);
    expect((await consumeRateLimit("w", rule, at(61))).allowed).toBe(true);
  });

  it("counts concurrent requests exactly", async () => {
    const rule = { limit: 5, windowMs: 60_000 };
    const decisions = await Promise.all(Array.from({ length: 12 }, () => consumeRateLimit("burst", rule, at(0))));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
  });
});

describe("sign-in allowance", () => {
  it("limits one address whatever the client address", async () => {
    for (let i = 0; i < 5; i++) {
      expect((await consumeSignInAllowance("target@example.com", `10.0.0.${i}`, at(i))).allowed).toBe(true);
    }
    expect((await consumeSignInAllowance("target@example.com", "10.0.0.99", at(6))).allowed).toBe(false);
  });

  it("limits one client address across many email addresses", async () => {
    const results = [];
    for (let i = 0; i < 21; i++) results.push(await consumeSignInAllowance(`person${i}@example.com`, "192.0.2.7", at(i)));
    expect(results.slice(0, 20).every((decision) => decision.allowed)).toBe(true);
    expect(results[20]).toMatchObject({ allowed: false });
  });
});
