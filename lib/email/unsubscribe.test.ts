import { createHmac } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { users } from "@/lib/db/schema/auth";
import { reminders } from "@/lib/db/schema/delivery";
import {
  applyUnsubscribe,
  createUnsubscribeToken,
  getUnsubscribeStatus,
  unsubscribeHeaders,
  unsubscribeUrl,
  verifyUnsubscribeToken,
  type UnsubscribePayload,
} from "./unsubscribe";

const secret = "test-secret-for-unsubscribe-tokens";
const payload: UnsubscribePayload = { userId: "8f14e45f-ceea-4f6b-9a3e-1c2d3e4f5a6b", list: "reminders" };

describe("unsubscribe tokens", () => {
  it("round-trips the user and the list, in a URL-safe token", () => {
    for (const list of ["reminders", "digest"] as const) {
      const token = createUnsubscribeToken({ ...payload, list }, secret);
      expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
      expect(encodeURIComponent(token)).toBe(token);
      expect(verifyUnsubscribeToken(token, secret)).toEqual({ ...payload, list });
    }
  });

  it("refuses a token signed with another secret", () => {
    const token = createUnsubscribeToken(payload, secret);
    expect(verifyUnsubscribeToken(token, "another-secret")).toBeNull();
  });

  it("refuses a tampered payload or signature", () => {
    const token = createUnsubscribeToken(payload, secret);
    const [body, signature] = token.split(".") as [string, string];
    const otherUser = Buffer.from(JSON.stringify({ ...payload, userId: "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" })).toString("base64url");
    const otherList = Buffer.from(JSON.stringify({ ...payload, list: "digest" })).toString("base64url");
    expect(verifyUnsubscribeToken(`${otherUser}.${signature}`, secret)).toBeNull();
    expect(verifyUnsubscribeToken(`${otherList}.${signature}`, secret)).toBeNull();
    const flipped = signature.slice(0, -2) + (signature.at(-2) === "A" ? "B" : "A") + signature.at(-1);
    expect(verifyUnsubscribeToken(`${body}.${flipped}`, secret)).toBeNull();
    expect(verifyUnsubscribeToken(`${body}.${signature}x`, secret)).toBeNull();
  });

  it("refuses malformed tokens without throwing", () => {
    const token = createUnsubscribeToken(payload, secret);
    for (const bad of [null, undefined, "", ".", "abc", `${token}.extra`, token.replace(".", ""), `${token} `, "a".repeat(5000), "é.é"]) {
      expect(verifyUnsubscribeToken(bad, secret)).toBeNull();
    }
  });

  it("refuses a correctly signed payload that is not a valid one", () => {
    // Signed with the real key, so only the payload check can stop these.
    const forge = (value: unknown) => {
      const body = Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
      const signature = createHmac("sha256", secret).update(`next-steps/unsubscribe/v1.${body}`).digest("base64url");
      return `${body}.${signature}`;
    };
    expect(verifyUnsubscribeToken(forge(payload), secret)).toEqual(payload);
    expect(verifyUnsubscribeToken(forge({ ...payload, list: "marketing" }), secret)).toBeNull();
    expect(verifyUnsubscribeToken(forge({ ...payload, userId: "not-a-uuid" }), secret)).toBeNull();
    expect(verifyUnsubscribeToken(forge({ ...payload, admin: true }), secret)).toBeNull();
    expect(verifyUnsubscribeToken(forge("{not json"), secret)).toBeNull();
  });

  it("will not sign a payload it would later refuse", () => {
    expect(() => createUnsubscribeToken({ userId: "nope", list: "reminders" }, secret)).toThrow();
  });

  it("builds the one-click headers around the link", () => {
    const url = unsubscribeUrl("abc.def");
    expect(url).toMatch(/\/api\/unsubscribe\?token=abc\.def$/);
    expect(unsubscribeHeaders(url)).toEqual({
      "List-Unsubscribe": `<${url}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });
});

describe("applying an unsubscribe", () => {
  const now = new Date("2026-11-20T08:00:00Z");
  const due = new Date("2026-11-21T09:00:00Z");
  let testDb: TestDatabase;
  let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    world = await createTwoCandidateWorld(testDb.db, now);
  });
  afterAll(() => testDb.dispose());
  beforeEach(async () => {
    await testDb.db.delete(reminders);
    await testDb.db.update(users).set({ remindersEnabled: true, digestEnabled: true });
    const a = world.candidateA.id;
    const b = world.candidateB.id;
    await testDb.db.insert(reminders).values([
      { userId: a, kind: "post_interview", dueAt: due },
      { userId: a, kind: "follow_up", dueAt: due },
      { userId: a, kind: "follow_up", dueAt: due, state: "sent" },
      { userId: a, kind: "candidate_digest", dueAt: due },
      { userId: b, kind: "follow_up", dueAt: due },
      { userId: b, kind: "candidate_digest", dueAt: due },
    ]);
  });

  const flags = async (userId: string) =>
    (await testDb.db.select({ r: users.remindersEnabled, d: users.digestEnabled }).from(users).where(eq(users.id, userId)))[0];
  const rowsOf = async (userId: string) =>
    (await testDb.db.select({ kind: reminders.kind, state: reminders.state }).from(reminders).where(eq(reminders.userId, userId)))
      .map((row) => `${row.kind}:${row.state}`)
      .sort();

  it("turns reminders off and cancels that user's scheduled reminders, and nobody else's", async () => {
    const bBefore = await rowsOf(world.candidateB.id);
    expect(await applyUnsubscribe({ userId: world.candidateA.id, list: "reminders" }, now)).toEqual({
      list: "reminders",
      role: "candidate",
    });
    expect(await flags(world.candidateA.id)).toEqual({ r: false, d: true });
    expect(await rowsOf(world.candidateA.id)).toEqual([
      "candidate_digest:scheduled",
      "follow_up:cancelled",
      "follow_up:sent",
      "post_interview:cancelled",
    ]);
    expect(await flags(world.candidateB.id)).toEqual({ r: true, d: true });
    expect(await rowsOf(world.candidateB.id)).toEqual(bBefore);
  });

  it("turns the digest off and cancels only the scheduled digest", async () => {
    await applyUnsubscribe({ userId: world.candidateA.id, list: "digest" }, now);
    expect(await flags(world.candidateA.id)).toEqual({ r: true, d: false });
    expect(await rowsOf(world.candidateA.id)).toEqual([
      "candidate_digest:cancelled",
      "follow_up:scheduled",
      "follow_up:sent",
      "post_interview:scheduled",
    ]);
    expect(await rowsOf(world.candidateB.id)).toContain("candidate_digest:scheduled");
  });

  it("is idempotent, and reports what the confirmation page shows", async () => {
    const target = { userId: world.candidateA.id, list: "reminders" } as const;
    expect(await getUnsubscribeStatus(target)).toEqual({ list: "reminders", role: "candidate", subscribed: true });
    await applyUnsubscribe(target, now);
    await applyUnsubscribe(target, now);
    expect(await flags(world.candidateA.id)).toEqual({ r: false, d: true });
    expect(await getUnsubscribeStatus(target)).toEqual({ list: "reminders", role: "candidate", subscribed: false });
  });

  it("answers null for an account that no longer exists, and changes nothing", async () => {
    const before = await testDb.db.select().from(reminders);
    const ghost = { userId: "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", list: "reminders" } as const;
    expect(await applyUnsubscribe(ghost, now)).toBeNull();
    expect(await getUnsubscribeStatus(ghost)).toBeNull();
    expect(await testDb.db.select().from(reminders)).toEqual(before);
  });
});
