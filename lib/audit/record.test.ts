import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { auditLog } from "@/lib/db/schema/privacy";
import { recordListView } from "./record";

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date());
});
afterAll(() => testDb.dispose());

describe("recordListView", () => {
  it("writes one view line per list shown, naming each candidate once, and nothing for an empty list or a candidate's own view", async () => {
    await testDb.db.delete(auditLog);
    const at = new Date("2026-11-27T09:00:00Z");
    await recordListView(testDb.db, world.consultantA, [world.candidateA.id, world.candidateA.id, world.candidateB.id], "pipeline", at);
    await recordListView(testDb.db, world.consultantA, [], "pipeline", at);
    await recordListView(testDb.db, world.candidateA, [world.candidateA.id], "pipeline", at);
    const rows = await testDb.db.select().from(auditLog);
    expect(rows).toEqual([
      expect.objectContaining({
        actorId: world.consultantA.id,
        candidateId: null,
        action: "view",
        entity: "pipeline",
        entityId: null,
        details: { candidateIds: [world.candidateA.id, world.candidateB.id] },
        at,
      }),
    ]);
  });
});
