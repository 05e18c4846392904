import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { emailSuppressions } from "@/lib/db/schema/delivery";
import { hashAddress, suppressAddress, suppressedAddresses } from "./suppression";

const now = new Date("2026-11-26T10:00:00Z");

describe("hashAddress", () => {
  it("is the SHA-256 hex of the trimmed, lower-cased address", () => {
    const expected = createHash("sha256").update("jo.evans@example.com").digest("hex");
    expect(hashAddress("jo.evans@example.com")).toBe(expected);
    expect(hashAddress("  Jo.Evans@EXAMPLE.com\n")).toBe(expected);
    expect(hashAddress("jo.evans@example.org")).not.toBe(expected);
  });
});

describe("the suppression list", () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb.dispose());
  beforeEach(async () => {
    await testDb.db.delete(emailSuppressions);
  });

  it("stores a hash, never the address", async () => {
    expect(await suppressAddress(testDb.db, { address: "Jo@Example.com", reason: "bounced", providerEventId: "msg_1", now })).toBe(true);
    const rows = await testDb.db.select().from(emailSuppressions);
    expect(rows).toEqual([{ addressHash: hashAddress("jo@example.com"), reason: "bounced", providerEventId: "msg_1", createdAt: now }]);
    expect(JSON.stringify(rows).toLowerCase()).not.toContain("jo@example.com");
  });

  it("is idempotent: a second report keeps the first reason and event", async () => {
    await suppressAddress(testDb.db, { address: "jo@example.com", reason: "bounced", providerEventId: "msg_1", now });
    const again = await suppressAddress(testDb.db, {
      address: " JO@example.com ",
      reason: "complained",
      providerEventId: "msg_2",
      now: new Date(now.getTime() + 60_000),
    });
    expect(again).toBe(false);
    expect(await testDb.db.select().from(emailSuppressions)).toEqual([
      { addressHash: hashAddress("jo@example.com"), reason: "bounced", providerEventId: "msg_1", createdAt: now },
    ]);
  });

  it("answers which of a batch's addresses are suppressed, spelt as the batch spells them", async () => {
    await suppressAddress(testDb.db, { address: "bounced@example.com", reason: "bounced", providerEventId: null, now });
    await suppressAddress(testDb.db, { address: "complained@example.com", reason: "complained", providerEventId: null, now });
    const batch = ["Bounced@Example.com", "fine@example.com", "complained@example.com", "bounced@example.com ", "other@example.com"];
    expect(await suppressedAddresses(testDb.db, batch)).toEqual(
      new Set(["Bounced@Example.com", "complained@example.com", "bounced@example.com "]),
    );
  });

  it("answers an empty set for an empty batch or a clean one", async () => {
    await suppressAddress(testDb.db, { address: "bounced@example.com", reason: "bounced", providerEventId: null, now });
    expect(await suppressedAddresses(testDb.db, [])).toEqual(new Set());
    expect(await suppressedAddresses(testDb.db, ["fine@example.com"])).toEqual(new Set());
  });
});
