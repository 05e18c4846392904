import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { users } from "@/lib/db/schema/auth";
import { auditLog } from "@/lib/db/schema/privacy";
import { countVisibleCandidates, listVisibleCandidates } from "./candidates";

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date("2026-11-09T12:00:00Z"));
  // Twelve more of consultant A's candidates, and one whose name has a LIKE wildcard in it.
  await testDb.db.insert(users).values([
    ...Array.from({ length: 12 }, (_, index) => ({
      email: `bulk-${String(index).padStart(2, "0")}@world.test`,
      name: `Bulk Candidate ${String(index).padStart(2, "0")}`,
      consultantId: world.consultantA.id,
    })),
    { email: "percent@world.test", name: "100% Keen", consultantId: world.consultantB.id },
  ]);
});
afterAll(() => testDb.dispose());

const emails = (rows: { email: string }[]) => rows.map((row) => row.email);

describe("listVisibleCandidates with a search", () => {
  it("matches part of a name or an email, in any case, among the caller's own candidates only", async () => {
    expect(emails(await listVisibleCandidates(world.consultantA, { search: "candidate a" }))).toEqual(["candidate-a@world.test"]);
    expect(emails(await listVisibleCandidates(world.consultantA, { search: "CANDIDATE-B@" }))).toEqual([]);
    expect(emails(await listVisibleCandidates(world.admin, { search: "CANDIDATE-B@" }))).toEqual(["candidate-b@world.test"]);
    expect(await countVisibleCandidates(world.consultantA, "bulk")).toBe(12);
    expect(await countVisibleCandidates(world.consultantB, "bulk")).toBe(0);
  });

  it("takes % and _ literally", async () => {
    expect(emails(await listVisibleCandidates(world.admin, { search: "100%" }))).toEqual(["percent@world.test"]);
    expect(await countVisibleCandidates(world.admin, "%")).toBe(1);
    expect(await countVisibleCandidates(world.admin, "_")).toBe(0);
  });

  it("pages through the list by name, and counts it whole", async () => {
    const first = await listVisibleCandidates(world.consultantA, { search: "bulk", limit: 5, offset: 0 });
    const third = await listVisibleCandidates(world.consultantA, { search: "bulk", limit: 5, offset: 10 });
    expect(first.map((row) => row.name)).toEqual(["Bulk Candidate 00", "Bulk Candidate 01", "Bulk Candidate 02", "Bulk Candidate 03", "Bulk Candidate 04"]);
    expect(third.map((row) => row.name)).toEqual(["Bulk Candidate 10", "Bulk Candidate 11"]);
    expect(await countVisibleCandidates(world.admin)).toBe(15);
  });

  it("returns no more than the page asked for", async () => {
    expect(await listVisibleCandidates(world.admin, { limit: 3 })).toHaveLength(3);
  });
});

describe("auditing the candidate list", () => {
  it("writes one view line per page read, naming the candidates on that page, without any page calling it", async () => {
    const views = () => testDb.db.select().from(auditLog).where(eq(auditLog.actorId, world.consultantB.id)).orderBy(auditLog.id);
    const before = (await views()).length;
    const shown = await listVisibleCandidates(world.consultantB);
    expect(shown.length).toBeGreaterThan(1);
    expect((await views()).slice(before)).toEqual([
      expect.objectContaining({ candidateId: null, action: "view", entity: "candidate_list", details: { candidateIds: shown.map((row) => row.id) } }),
    ]);
    expect(await listVisibleCandidates(world.consultantB, { search: "nobody at all" })).toEqual([]);
    expect(await views()).toHaveLength(before + 1);
  });
});
