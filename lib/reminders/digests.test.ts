import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createApplication, createPerson } from "@/test/journey-fixtures";
import { authSecret } from "@/lib/security/secret";
import { users } from "@/lib/db/schema/auth";
import { emailOutbox, reminders } from "@/lib/db/schema/delivery";
import { verifyUnsubscribeToken } from "@/lib/email/unsubscribe";
import { scheduleDigests } from "./schedule-digests";
import { processDueReminders, processReminder } from "./process-due";

// The weekly and morning digests end to end: scheduled, claimed by the
// worker, checked again and sent (or skipped) once.

const sunday = new Date("2026-11-15T12:00:00Z");
const mondayMorning = new Date("2026-11-16T08:01:00Z"); // both digests are due: 07:30 and 08:00 London
const daysBefore = (days: number) => new Date(mondayMorning.getTime() - days * 86_400_000);
const daysAfter = (days: number) => new Date(mondayMorning.getTime() + days * 86_400_000);

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.dispose());

const digestRows = (userId: string) =>
  testDb.db
    .select()
    .from(reminders)
    .where(and(eq(reminders.userId, userId), inArray(reminders.kind, ["candidate_digest", "consultant_digest"])))
    .orderBy(reminders.dueAt);
const emailsTo = (userId: string) => testDb.db.select().from(emailOutbox).where(eq(emailOutbox.userId, userId));

/** Sunday the scheduler runs; on Monday morning the worker's pass finds the digests due. */
async function runUntilMonday() {
  await scheduleDigests(testDb.db, sunday);
  return processDueReminders(testDb.db, mondayMorning, 500);
}

function unsubscribeLinkIn(headers: Record<string, string>) {
  expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  const link = /^<(.+)>$/.exec(headers["List-Unsubscribe"] ?? "")?.[1];
  return verifyUnsubscribeToken(new URL(link!).searchParams.get("token"), authSecret());
}

describe("the weekly candidate digest", () => {
  it("sends a candidate with open applications one digest: what stands, what is due, and the way out", async () => {
    const candidate = await createPerson(testDb.db, { name: "Sam Taylor" });
    await createApplication(testDb.db, candidate.id, {
      company: "Harbour Lane Foods",
      stage: "awaiting_decision",
      steps: [
        { kind: "follow_up_1", dueAt: daysAfter(2) },
        { kind: "follow_up_2", dueAt: daysAfter(9) },
        { kind: "reflect", dueAt: daysAfter(1), state: "done" },
      ],
    });
    await createApplication(testDb.db, candidate.id, { company: "Closed plc", stage: "rejected", steps: [{ kind: "follow_up_1", dueAt: daysAfter(3) }] });

    await runUntilMonday();
    const [email, ...more] = await emailsTo(candidate.id);
    expect(more).toHaveLength(0);
    expect(email).toMatchObject({ template: "candidate-digest", subject: "Your week: 1 open application, 1 thing due", recipient: candidate.email });
    expect(email!.text).toContain("Awaiting decision");
    expect(email!.text).toContain("Harbour Lane Foods");
    expect(email!.text).toContain("18 November 2026, Harbour Lane Foods");
    expect(email!.text).toContain("Follow up if you have not heard");
    expect(email!.text).not.toContain("Second and last follow-up");
    expect(email!.text).not.toContain("Closed plc");
    expect(unsubscribeLinkIn(email!.headers)).toEqual({ userId: candidate.id, list: "digest" });

    const [sent, next] = await digestRows(candidate.id);
    expect(sent).toMatchObject({ state: "sent", outboxId: email!.id, dueAt: new Date("2026-11-16T08:00:00Z") });
    expect(next).toMatchObject({ state: "scheduled", dueAt: new Date("2026-11-23T08:00:00Z") });
  });

  it("is never sent empty: with no open application it is skipped and next week's is scheduled", async () => {
    const candidate = await createPerson(testDb.db);
    await createApplication(testDb.db, candidate.id, { company: "Done Ltd", stage: "accepted" });
    await runUntilMonday();
    expect(await emailsTo(candidate.id)).toHaveLength(0);
    const [skipped, next, ...none] = await digestRows(candidate.id);
    expect(skipped).toMatchObject({ state: "cancelled", lastError: "nothing to report", outboxId: null });
    expect(next).toMatchObject({ state: "scheduled", dueAt: new Date("2026-11-23T08:00:00Z") });
    expect(none).toHaveLength(0);
  });

  it("is cancelled, and not rescheduled, once the candidate switches digests off", async () => {
    const candidate = await createPerson(testDb.db);
    await createApplication(testDb.db, candidate.id, { company: "Harbour Lane Foods" });
    await scheduleDigests(testDb.db, sunday);
    await testDb.db.update(users).set({ digestEnabled: false }).where(eq(users.id, candidate.id));
    await processDueReminders(testDb.db, mondayMorning, 500);
    expect(await emailsTo(candidate.id)).toHaveLength(0);
    expect(await digestRows(candidate.id)).toMatchObject([{ state: "cancelled", lastError: "digest switched off" }]);
  });

  it("is skipped when more than 12 hours late, and the next one is scheduled", async () => {
    const candidate = await createPerson(testDb.db);
    await createApplication(testDb.db, candidate.id, { company: "Harbour Lane Foods" });
    await scheduleDigests(testDb.db, sunday);
    // The worker was down from Sunday until Monday evening.
    await processDueReminders(testDb.db, new Date("2026-11-16T20:00:01Z"), 500);
    expect(await emailsTo(candidate.id)).toHaveLength(0);
    const [late, next] = await digestRows(candidate.id);
    expect(late).toMatchObject({ state: "cancelled", lastError: "too late" });
    expect(next).toMatchObject({ state: "scheduled", dueAt: new Date("2026-11-23T08:00:00Z") });
  });

  it("names its successor in the transaction that sends it, or skips it, with no scheduler pass between", async () => {
    const busy = await createPerson(testDb.db);
    await createApplication(testDb.db, busy.id, { company: "Harbour Lane Foods" });
    const idle = await createPerson(testDb.db);
    const dueAt = new Date("2026-11-16T08:00:00Z");
    const rows = await testDb.db
      .insert(reminders)
      .values([busy, idle].map((person) => ({ kind: "candidate_digest" as const, userId: person.id, dueAt })))
      .returning();
    expect(await Promise.all(rows.map((row) => processReminder(testDb.db, row, mondayMorning)))).toEqual(["sent", "cancelled"]);
    for (const person of [busy, idle]) {
      expect((await digestRows(person.id)).at(-1)).toMatchObject({ state: "scheduled", dueAt: new Date("2026-11-23T08:00:00Z") });
    }
  });

  it("goes out once however many passes, and workers, run", async () => {
    const candidate = await createPerson(testDb.db);
    await createApplication(testDb.db, candidate.id, { company: "Harbour Lane Foods" });
    await scheduleDigests(testDb.db, sunday);
    await Promise.all([processDueReminders(testDb.db, mondayMorning, 500), processDueReminders(testDb.db, mondayMorning, 500)]);
    await processDueReminders(testDb.db, new Date(mondayMorning.getTime() + 10 * 60_000), 500);
    expect(await emailsTo(candidate.id)).toHaveLength(1);
    expect((await digestRows(candidate.id)).map((row) => row.state)).toEqual(["sent", "scheduled"]);
  });
});

describe("the consultant morning digest", () => {
  it("lists only the consultant's own candidates' items, oldest first", async () => {
    const consultant = await createPerson(testDb.db, { role: "consultant", name: "Priya Shah" });
    const other = await createPerson(testDb.db, { role: "consultant" });
    const sam = await createPerson(testDb.db, { name: "Sam Taylor", consultantId: consultant.id });
    const jordan = await createPerson(testDb.db, { name: "Jordan Lee", consultantId: other.id });
    await createApplication(testDb.db, sam.id, {
      company: "Harbour Lane Foods",
      source: "agency",
      steps: [
        { kind: "thanks", dueAt: daysBefore(1) },
        { kind: "debrief", dueAt: daysBefore(3) },
      ],
    });
    await createApplication(testDb.db, jordan.id, { company: "Elsewhere Ltd", source: "agency", steps: [{ kind: "debrief", dueAt: daysBefore(2) }] });

    await runUntilMonday();
    const [email, ...more] = await emailsTo(consultant.id);
    expect(more).toHaveLength(0);
    expect(email).toMatchObject({ template: "consultant-digest", subject: "1 candidate needs your attention today" });
    expect(email!.text).toMatch(/Sam Taylor, Data Analyst at Harbour Lane Foods: Debrief not done \(for 3 days\)[\s\S]*Thank-you note overdue \(for 1 day\)/);
    expect(email!.text).not.toContain("Jordan Lee");
    expect(unsubscribeLinkIn(email!.headers)).toEqual({ userId: consultant.id, list: "digest" });
    expect((await emailsTo(other.id))[0]!.text).toContain("Jordan Lee");

    const [sent, next] = await digestRows(consultant.id);
    expect(sent).toMatchObject({ state: "sent", dueAt: new Date("2026-11-16T07:30:00Z") });
    expect(next).toMatchObject({ state: "scheduled", dueAt: new Date("2026-11-17T07:30:00Z") });
  });

  it("is skipped on a morning with nothing to do, and tomorrow's is scheduled", async () => {
    const consultant = await createPerson(testDb.db, { role: "consultant" });
    const candidate = await createPerson(testDb.db, { consultantId: consultant.id });
    await createApplication(testDb.db, candidate.id, { company: "Calm Co", source: "agency", steps: [{ kind: "follow_up_1", dueAt: daysAfter(5) }] });
    await runUntilMonday();
    expect(await emailsTo(consultant.id)).toHaveLength(0);
    expect(await digestRows(consultant.id)).toMatchObject([
      { state: "cancelled", lastError: "nothing to report" },
      { state: "scheduled", dueAt: new Date("2026-11-17T07:30:00Z") },
    ]);
  });

  it("is cancelled for someone who is no longer a consultant", async () => {
    const consultant = await createPerson(testDb.db, { role: "consultant" });
    const candidate = await createPerson(testDb.db, { consultantId: consultant.id });
    await createApplication(testDb.db, candidate.id, { company: "Harbour Lane Foods", source: "agency", steps: [{ kind: "debrief", dueAt: daysBefore(1) }] });
    await scheduleDigests(testDb.db, sunday);
    await testDb.db.update(users).set({ role: "admin" }).where(eq(users.id, consultant.id));
    await processDueReminders(testDb.db, mondayMorning, 500);
    expect(await emailsTo(consultant.id)).toHaveLength(0);
    expect(await digestRows(consultant.id)).toMatchObject([{ state: "cancelled", lastError: "no longer a consultant" }]);
  });
});
