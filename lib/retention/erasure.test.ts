import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { allRows, rowsMentioning } from "@/test/database-walk";
import { createCandidateWithEveryRecord, createUnownedRows } from "@/test/privacy-fixtures";
import { users } from "@/lib/db/schema/auth";
import { applications, thankYouNotes } from "@/lib/db/schema/journey";
import { clientAnswers } from "@/lib/db/schema/client";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { retainedTables } from "@/lib/privacy/retained-tables";
import { eraseDueAccounts } from "./erasure";
import { pruneAll } from "./prune";

// The retention pass removes a candidate through the same path as their own request: the same
// walk of every table finds nothing of theirs afterwards, and everyone else's rows unchanged.

const now = new Date("2026-11-27T10:00:00Z");
let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.dispose());

describe("erasure by the retention pass", () => {
  it("leaves no row holding the candidate's id, address or name, mail whose text was pruned included, and touches nobody else's", async () => {
    const [consultant] = await testDb.db.insert(users).values({ email: "retention-consultant@privacy.test", role: "consultant" }).returning();
    const a = await createCandidateWithEveryRecord(testDb.db, { label: "a", consultantId: consultant!.id, now, offsetMinutes: 1 });
    const b = await createCandidateWithEveryRecord(testDb.db, { label: "b", consultantId: consultant!.id, now, offsetMinutes: 2 });
    await createUnownedRows(testDb.db, now);
    await testDb.db.update(applications).set({ stage: "rejected", updatedAt: new Date(now.getTime() - 60 * 86_400_000) }).where(eq(applications.candidateId, a.caller.id));
    // Staff mail naming A in its subject, written long ago: its body is pruned before A is erased.
    const [note] = await testDb.db.select({ id: thankYouNotes.id }).from(thankYouNotes).where(eq(thankYouNotes.candidateId, a.caller.id));
    const [answer] = await testDb.db.select({ id: clientAnswers.id }).from(clientAnswers).where(eq(clientAnswers.candidateId, a.caller.id));
    const longAgo = new Date(now.getTime() - 200 * 86_400_000);
    const staffMail = (key: string, subject: string) => ({
      idempotencyKey: key, userId: consultant!.id, recipient: consultant!.email, template: key.split(":")[0]!, subject,
      html: `<p><a href="https://x.test/consultant/candidates/${a.caller.id}">Open</a></p>`, text: "Open", state: "sent" as const, sentAt: longAgo, createdAt: longAgo,
    });
    await testDb.db.insert(emailOutbox).values([
      staffMail(`new-candidate:${a.caller.id}:${consultant!.id}:${longAgo.toISOString()}`, "Everything A is now your candidate"),
      staffMail(`thanks-to-pass-on:${note!.id}`, "Pass on thanks from Everything A"),
      staffMail(`client-answered:${answer!.id}`, "Jo Client answered about Everything A"),
    ]);
    expect((await pruneAll(testDb.db, now, 10)).messageBodies).toBeGreaterThanOrEqual(3);
    await testDb.db.update(users).set({ erasureDueAt: now, erasureReason: "withdrawn" }).where(eq(users.id, a.caller.id));
    const traces = (who: typeof a) => rowsMentioning(testDb.db, [who.caller.id, who.caller.email, who.caller.name!]);
    const otherBefore = await traces(b);
    const retainedBefore = await allRows(testDb.db, Object.keys(retainedTables));

    expect(await eraseDueAccounts(testDb.db, now, 10)).toEqual({ erase: 1, kept: 0, "search-open": 0, failed: 0 });

    expect(await traces(a)).toEqual({});
    expect(await traces(b)).toEqual(otherBefore);
    expect(await allRows(testDb.db, Object.keys(retainedTables))).toEqual(retainedBefore);
  });
});
