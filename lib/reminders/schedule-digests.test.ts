import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createPerson } from "@/test/journey-fixtures";
import { users } from "@/lib/db/schema/auth";
import { reminders } from "@/lib/db/schema/delivery";
import { scheduleDigests, scheduleNextDigest } from "./schedule-digests";

// Tuesday 10 November 2026, 13:05 in London.
const now = new Date("2026-11-10T13:05:00Z");
let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.dispose());

const digestsOf = (userId: string) =>
  testDb.db
    .select({ kind: reminders.kind, dueAt: reminders.dueAt, state: reminders.state })
    .from(reminders)
    .where(eq(reminders.userId, userId));

describe("scheduleDigests", () => {
  it("gives candidates Monday's digest and consultants tomorrow morning's, each in their own zone", async () => {
    const candidate = await createPerson(testDb.db);
    const consultant = await createPerson(testDb.db, { role: "consultant" });
    const inNewYork = await createPerson(testDb.db, { timeZone: "America/New_York" });
    await scheduleDigests(testDb.db, now);
    expect(await digestsOf(candidate.id)).toEqual([{ kind: "candidate_digest", dueAt: new Date("2026-11-16T08:00:00Z"), state: "scheduled" }]);
    expect(await digestsOf(consultant.id)).toEqual([{ kind: "consultant_digest", dueAt: new Date("2026-11-11T07:30:00Z"), state: "scheduled" }]);
    expect(await digestsOf(inNewYork.id)).toEqual([{ kind: "candidate_digest", dueAt: new Date("2026-11-16T13:00:00Z"), state: "scheduled" }]);
  });

  it("schedules nothing for someone who switched digests off, or for an admin", async () => {
    const quiet = await createPerson(testDb.db, { digestEnabled: false });
    const admin = await createPerson(testDb.db, { role: "admin" });
    await scheduleDigests(testDb.db, now);
    expect(await digestsOf(quiet.id)).toEqual([]);
    expect(await digestsOf(admin.id)).toEqual([]);
  });

  it("leaves an existing scheduled digest alone, however often it runs", async () => {
    const candidate = await createPerson(testDb.db);
    await scheduleDigests(testDb.db, now);
    await scheduleDigests(testDb.db, new Date("2026-11-12T09:00:00Z"));
    expect(await digestsOf(candidate.id)).toHaveLength(1);
  });

  it("creates one row when two workers schedule at the same moment", async () => {
    const candidate = await createPerson(testDb.db);
    const consultant = await createPerson(testDb.db, { role: "consultant" });
    await Promise.all([scheduleDigests(testDb.db, now), scheduleDigests(testDb.db, now), scheduleDigests(testDb.db, now)]);
    expect(await digestsOf(candidate.id)).toHaveLength(1);
    expect(await digestsOf(consultant.id)).toHaveLength(1);
  });

  it("lets the database refuse a second scheduled digest quietly, whoever tries to add it", async () => {
    const candidate = await createPerson(testDb.db);
    await scheduleDigests(testDb.db, now);
    await scheduleNextDigest(testDb.db, { userId: candidate.id, kind: "candidate_digest", dueAt: new Date("2026-11-23T08:00:00Z") }, now);
    expect(await digestsOf(candidate.id)).toEqual([{ kind: "candidate_digest", dueAt: new Date("2026-11-16T08:00:00Z"), state: "scheduled" }]);
  });

  it("works through a backlog a chunk per pass", async () => {
    const many = await Promise.all(Array.from({ length: 5 }, () => createPerson(testDb.db, { timeZone: "Europe/Paris" })));
    const first = await scheduleDigests(testDb.db, now, undefined, 3);
    expect(first.candidate_digest).toBe(3);
    await scheduleDigests(testDb.db, now, undefined, 3);
    for (const person of many) expect(await digestsOf(person.id)).toHaveLength(1);
  });

  it("gives a candidate who became a consultant the morning digest too (the weekly one is cancelled when it falls due)", async () => {
    const person = await createPerson(testDb.db);
    await scheduleDigests(testDb.db, now);
    await testDb.db.update(users).set({ role: "consultant" }).where(eq(users.id, person.id));
    await scheduleDigests(testDb.db, now);
    const scheduled = await testDb.db
      .select({ kind: reminders.kind })
      .from(reminders)
      .where(and(eq(reminders.userId, person.id), eq(reminders.state, "scheduled")));
    expect(scheduled.map((row) => row.kind).sort()).toEqual(["candidate_digest", "consultant_digest"]);
  });
});
