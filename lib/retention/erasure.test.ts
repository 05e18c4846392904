import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { allRows, rowsMentioning } from "@/test/database-walk";
import { createCandidateWithEveryRecord, createUnownedRows } from "@/test/privacy-fixtures";
import { users } from "@/lib/db/schema/auth";
import { applications } from "@/lib/db/schema/journey";
import { retainedTables } from "@/lib/privacy/retained-tables";
import { eraseDueAccounts } from "./erasure";

// The retention pass removes a candidate through the same path as their own request: the same
// walk of every table finds nothing of theirs afterwards, and everyone else's rows unchanged.

const now = new Date("2026-11-27T10:00:00Z");
let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.dispose());

describe("erasure by the retention pass", () => {
  it("leaves no row holding the candidate's id or address, and touches nobody else's", async () => {
    const [consultant] = await testDb.db.insert(users).values({ email: "retention-consultant@privacy.test", role: "consultant" }).returning();
    const a = await createCandidateWithEveryRecord(testDb.db, { label: "a", consultantId: consultant!.id, now, offsetMinutes: 1 });
    const b = await createCandidateWithEveryRecord(testDb.db, { label: "b", consultantId: consultant!.id, now, offsetMinutes: 2 });
    await createUnownedRows(testDb.db, now);
    await testDb.db.update(applications).set({ stage: "rejected" }).where(eq(applications.candidateId, a.caller.id));
    await testDb.db.update(users).set({ erasureDueAt: now, erasureReason: "withdrawn" }).where(eq(users.id, a.caller.id));
    const traces = (who: typeof a) => rowsMentioning(testDb.db, [who.caller.id, who.caller.email]);
    const otherBefore = await traces(b);
    const retainedBefore = await allRows(testDb.db, Object.keys(retainedTables));

    expect(await eraseDueAccounts(testDb.db, now, 10)).toEqual({ erase: 1, kept: 0, "search-open": 0 });

    expect(await traces(a)).toEqual({});
    expect(await traces(b)).toEqual(otherBefore);
    expect(await allRows(testDb.db, Object.keys(retainedTables))).toEqual(retainedBefore);
  });
});
