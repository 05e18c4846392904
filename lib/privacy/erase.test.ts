import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { allRows, rowsMentioning } from "@/test/database-walk";
import { createCandidateWithEveryRecord, createUnownedRows } from "@/test/privacy-fixtures";
import { AuthorizationError } from "@/lib/auth/errors";
import type { CurrentUser } from "@/lib/auth/dal";
import { recordListView } from "@/lib/audit/record";
import { accounts, sessions, users, verificationTokens } from "@/lib/db/schema/auth";
import { auditLog } from "@/lib/db/schema/privacy";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { eraseCandidate } from "./erase";
import { retainedTables } from "./retained-tables";

const now = new Date("2026-11-27T10:00:00Z");
let testDb: TestDatabase;
let a: Awaited<ReturnType<typeof createCandidateWithEveryRecord>>;
let b: Awaited<ReturnType<typeof createCandidateWithEveryRecord>>;
let consultant: CurrentUser;

beforeAll(async () => {
  testDb = await createTestDatabase();
  const [row] = await testDb.db.insert(users).values({ email: "erase-consultant@privacy.test", role: "consultant" }).returning();
  consultant = { id: row!.id, name: null, email: row!.email, role: "consultant" };
  a = await createCandidateWithEveryRecord(testDb.db, { label: "a", consultantId: consultant.id, now, offsetMinutes: 1 });
  b = await createCandidateWithEveryRecord(testDb.db, { label: "b", consultantId: consultant.id, now, offsetMinutes: 2 });
  await createUnownedRows(testDb.db, now);
  // Were A ever an actor (staff once, say), the log line stays with no name on it.
  await testDb.db.insert(auditLog).values({ actorId: a.caller.id, candidateId: null, action: "view", entity: "staff-erasure-probe" });
});
afterAll(() => testDb.dispose());

const traces = (who: typeof a) => rowsMentioning(testDb.db, [who.caller.id, who.caller.email]);
const adapter = () => DrizzleAdapter(testDb.db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens });

describe("eraseCandidate", () => {
  it("deletes nothing unless the account's address is typed", async () => {
    const before = await traces(a);
    expect(await eraseCandidate(a.caller, "everything-b@privacy.test")).toBe("not-confirmed");
    expect(await eraseCandidate(a.caller, "everything-a")).toBe("not-confirmed");
    expect(await traces(a)).toEqual(before);
  });

  it("is for candidates only", async () => {
    await expect(eraseCandidate(consultant, consultant.email)).rejects.toThrow(AuthorizationError);
    await expect(eraseCandidate({ ...consultant, role: "candidate" }, consultant.email)).resolves.toBe("gone");
    expect(await testDb.db.select().from(users).where(eq(users.id, consultant.id))).toHaveLength(1);
  });

  it("leaves no row holding the candidate's id or address, in any table, and touches nobody else's", async () => {
    expect(Object.keys(await traces(a)).length).toBeGreaterThan(15);
    const otherBefore = await traces(b);
    const retainedBefore = await allRows(testDb.db, Object.keys(retainedTables));
    expect(Object.values(retainedBefore).every((rows) => rows.length > 0)).toBe(true);
    expect(await adapter().getSessionAndUser!(a.sessionToken)).not.toBeNull();

    // Typed as people do: spaces around it, capitals.
    expect(await eraseCandidate(a.caller, "  Everything-A@Privacy.test ")).toBe("erased");

    expect(await traces(a)).toEqual({});
    expect(await traces(b)).toEqual(otherBefore);
    expect(await allRows(testDb.db, Object.keys(retainedTables))).toEqual(retainedBefore);
    const [probe] = await testDb.db.select().from(auditLog).where(eq(auditLog.entity, "staff-erasure-probe"));
    expect(probe).toMatchObject({ actorId: null });
  });

  it("takes mail that names them without their id or address: their client's feedback request, an admin's alert", async () => {
    const named = (label: string) =>
      testDb.db.select({ key: emailOutbox.idempotencyKey }).from(emailOutbox).where(eq(emailOutbox.subject, `Candidate ${label}'s interview`));
    expect(await named("a")).toEqual([]);
    expect(await named("b")).toHaveLength(2);
  });

  it("leaves the old session cookie pointing at nothing", async () => {
    expect(await testDb.db.select().from(sessions).where(eq(sessions.sessionToken, a.sessionToken))).toEqual([]);
    expect(await adapter().getSessionAndUser!(a.sessionToken)).toBeNull();
    expect(await adapter().getSessionAndUser!(b.sessionToken)).not.toBeNull();
  });

  it("answers a second attempt with the account gone", async () => {
    expect(await eraseCandidate(a.caller, a.caller.email)).toBe("gone");
  });
});

describe("eraseCandidate and the staff lists that showed them", () => {
  it("takes their id out of a list's audit line, which stays for the others it showed", async () => {
    const c = await createCandidateWithEveryRecord(testDb.db, { label: "c", consultantId: consultant.id, now, offsetMinutes: 3 });
    const d = await createCandidateWithEveryRecord(testDb.db, { label: "d", consultantId: consultant.id, now, offsetMinutes: 4 });
    await recordListView(testDb.db, consultant, [c.caller.id, d.caller.id], "pipeline", now);
    expect(await eraseCandidate(c.caller, c.caller.email)).toBe("erased");
    expect(await traces(c)).toEqual({});
    expect(await testDb.db.select().from(auditLog).where(eq(auditLog.entity, "pipeline"))).toEqual([
      expect.objectContaining({ actorId: consultant.id, candidateId: null, details: { candidateIds: [d.caller.id] } }),
    ]);
  });
});
