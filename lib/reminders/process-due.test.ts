import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { authSecret } from "@/lib/security/secret";
import { brand } from "@/lib/config/brand";
import { users } from "@/lib/db/schema/auth";
import { emailOutbox, reminders } from "@/lib/db/schema/delivery";
import { applications, interviewers, interviews, planSteps } from "@/lib/db/schema/journey";
import type { ApplicationStage } from "@/lib/domain/values";
import { verifyUnsubscribeToken } from "@/lib/email/unsubscribe";
import { claimDueReminders, processDueReminders, processReminder } from "./process-due";

const now = new Date("2026-11-10T13:05:00Z");
const hour = 3_600_000;
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
});
afterAll(() => testDb.dispose());

type Setup = { source?: "direct" | "agency"; stage?: ApplicationStage; startsAt?: Date; welcomes?: boolean };

/** Candidate A's application with one interview (10:00 to 11:00 UTC on 10 November unless told), interviewed by Jo Evans. */
async function interviewFor({ source = "direct", stage = "interviewing", startsAt = new Date("2026-11-10T10:00:00Z"), welcomes = false }: Setup = {}) {
  const candidateId = world.candidateA.id;
  const [application] = await testDb.db
    .insert(applications)
    .values({
      candidateId,
      company: "Harbour Lane Foods",
      role: "Data Analyst",
      source,
      consultantId: source === "agency" ? world.consultantA.id : null,
      stage,
      clientWelcomesDirectNotes: welcomes,
    })
    .returning();
  const [interview] = await testDb.db
    .insert(interviews)
    .values({ applicationId: application!.id, candidateId, startsAt, format: "video", meetingUrl: "https://meet.example/abc" })
    .returning();
  await testDb.db.insert(interviewers).values({ interviewId: interview!.id, candidateId, name: "Jo Evans", title: "Head of Data", email: "jo@example.com" });
  return { applicationId: application!.id, interviewId: interview!.id };
}

async function reminderFor(interviewId: string, kind: "post_interview" | "follow_up" | "interview_tomorrow", dueAt: Date) {
  const [row] = await testDb.db.insert(reminders).values({ kind, userId: world.candidateA.id, interviewId, dueAt }).returning();
  return row!;
}

const reminderRow = async (id: string) => (await testDb.db.select().from(reminders).where(eq(reminders.id, id)))[0]!;
const outboxFor = (id: string) => testDb.db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, `reminder:${id}`));
const postInterviewDue = new Date("2026-11-10T13:00:00Z");

describe("the post-interview email", () => {
  it("becomes one outbox row for a direct application: the thank-you drafts, unsubscribe headers, reminder marked sent", async () => {
    const { interviewId } = await interviewFor();
    const reminder = await reminderFor(interviewId, "post_interview", postInterviewDue);
    await processDueReminders(testDb.db, now);

    const [email, ...others] = await outboxFor(reminder.id);
    expect(others).toHaveLength(0);
    expect(email).toMatchObject({ recipient: "candidate-a@world.test", userId: world.candidateA.id, template: "post-interview", state: "pending" });
    expect(email!.subject).toBe("How did it go at Harbour Lane Foods? Your thank-you notes are ready");
    expect(email!.html).toContain(`/portal/interviews/${interviewId}/thank-you`);
    expect(email!.text).toMatch(/Thank your interviewers/i);
    expect(email!.text).toContain("Jo Evans");
    expect(email!.text).not.toMatch(/Debrief/i);
    expect(email!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const link = /^<(.+)>$/.exec(email!.headers["List-Unsubscribe"] ?? "")?.[1];
    expect(link).toMatch(/\/api\/unsubscribe\?token=/);
    expect(verifyUnsubscribeToken(new URL(link!).searchParams.get("token"), authSecret())).toEqual({ userId: world.candidateA.id, list: "reminders" });

    expect(await reminderRow(reminder.id)).toMatchObject({ state: "sent", outboxId: email!.id, attempts: 1, lockedUntil: null, lastError: null });
  });

  it("asks an agency candidate to debrief their consultant", async () => {
    const { interviewId } = await interviewFor({ source: "agency" });
    const reminder = await reminderFor(interviewId, "post_interview", postInterviewDue);
    await processDueReminders(testDb.db, now);
    const [email] = await outboxFor(reminder.id);
    expect(email!.subject).toBe("How did it go at Harbour Lane Foods? Time to debrief Consultant A");
    expect(email!.text).toMatch(/Debrief Consultant A/i);
    expect(email!.text).toContain(`Call Consultant A on ${brand.phone.display}`);
    expect(email!.text).not.toMatch(/Thank your interviewers/i);
    expect((await reminderRow(reminder.id)).state).toBe("sent");
  });

  it("is cancelled, not sent, more than 48 hours late", async () => {
    const { interviewId } = await interviewFor();
    const reminder = await reminderFor(interviewId, "post_interview", new Date(now.getTime() - 49 * hour));
    await processDueReminders(testDb.db, now);
    expect(await outboxFor(reminder.id)).toHaveLength(0);
    expect(await reminderRow(reminder.id)).toMatchObject({ state: "cancelled", lastError: "too late", outboxId: null });
  });
});

describe("the other interview reminders", () => {
  it("sends the follow-up nudge while its step is pending, with who to contact", async () => {
    const { interviewId } = await interviewFor();
    const dueAt = new Date("2026-11-10T09:00:00Z");
    await testDb.db.insert(planSteps).values({ interviewId, candidateId: world.candidateA.id, kind: "follow_up_1", dueAt });
    const reminder = await reminderFor(interviewId, "follow_up", dueAt);
    await processDueReminders(testDb.db, now);
    const [email] = await outboxFor(reminder.id);
    expect(email).toMatchObject({ template: "follow-up-reminder", subject: "Time to follow up with Harbour Lane Foods" });
    expect(email!.text).toContain("Jo Evans (jo@example.com)");
    expect((await reminderRow(reminder.id)).state).toBe("sent");
  });

  it("sends the day-before email with the interview's calendar file attached, on its own (not batched)", async () => {
    const { interviewId } = await interviewFor({ startsAt: new Date("2026-11-11T10:00:00Z") });
    const reminder = await reminderFor(interviewId, "interview_tomorrow", new Date("2026-11-10T09:00:00Z"));
    await processDueReminders(testDb.db, now);
    const [email] = await outboxFor(reminder.id);
    expect(email).toMatchObject({ template: "interview-tomorrow", subject: "Tomorrow at 10:00: your interview with Harbour Lane Foods" });
    expect(email!.text).toContain("The calendar file is attached");
    expect(email!.deliverAlone).toBe(true);
    const [file, ...more] = email!.attachments;
    expect(more).toHaveLength(0);
    expect(file).toMatchObject({ filename: expect.stringMatching(/\.ics$/), contentType: expect.stringContaining("text/calendar") });
    const ics = Buffer.from(file!.contentBase64, "base64").toString("utf8");
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toContain(`UID:interview-${interviewId}@next-steps`);
    expect(ics).toContain("DTSTART");
  });

  it("cancels the day-before email once the interview has started", async () => {
    const { interviewId } = await interviewFor({ startsAt: new Date("2026-11-10T13:00:00Z") });
    const reminder = await reminderFor(interviewId, "interview_tomorrow", new Date("2026-11-09T09:00:00Z"));
    await processDueReminders(testDb.db, now);
    expect(await outboxFor(reminder.id)).toHaveLength(0);
    expect(await reminderRow(reminder.id)).toMatchObject({ state: "cancelled", lastError: "interview already started" });
  });
});

describe("a reminder whose reason has gone is cancelled and sends nothing", () => {
  it("when the application was rejected after the reminder was scheduled", async () => {
    const { applicationId, interviewId } = await interviewFor();
    const reminder = await reminderFor(interviewId, "post_interview", postInterviewDue);
    await testDb.db.update(applications).set({ stage: "rejected" }).where(eq(applications.id, applicationId));
    await processDueReminders(testDb.db, now);
    expect(await outboxFor(reminder.id)).toHaveLength(0);
    expect(await reminderRow(reminder.id)).toMatchObject({ state: "cancelled", lastError: "application closed (rejected)", outboxId: null });
  });

  it("when the candidate switched reminders off", async () => {
    const { interviewId } = await interviewFor();
    const reminder = await reminderFor(interviewId, "post_interview", postInterviewDue);
    await testDb.db.update(users).set({ remindersEnabled: false }).where(eq(users.id, world.candidateA.id));
    try {
      await processDueReminders(testDb.db, now);
    } finally {
      await testDb.db.update(users).set({ remindersEnabled: true }).where(eq(users.id, world.candidateA.id));
    }
    expect(await outboxFor(reminder.id)).toHaveLength(0);
    expect(await reminderRow(reminder.id)).toMatchObject({ state: "cancelled", lastError: "reminders switched off" });
  });

  it("when the follow-up it nudges about is done", async () => {
    const { interviewId } = await interviewFor();
    const dueAt = new Date("2026-11-10T09:00:00Z");
    await testDb.db.insert(planSteps).values({ interviewId, candidateId: world.candidateA.id, kind: "follow_up_1", dueAt, state: "done", completedAt: now });
    const reminder = await reminderFor(interviewId, "follow_up", dueAt);
    await processDueReminders(testDb.db, now);
    expect(await outboxFor(reminder.id)).toHaveLength(0);
    expect(await reminderRow(reminder.id)).toMatchObject({ state: "cancelled", lastError: "follow-up no longer pending" });
  });
});

describe("claiming", () => {
  it("sends once however often and however concurrently it is processed", async () => {
    const { interviewId } = await interviewFor();
    const reminder = await reminderFor(interviewId, "post_interview", postInterviewDue);
    await Promise.all([processDueReminders(testDb.db, now), processDueReminders(testDb.db, now)]);
    await processDueReminders(testDb.db, new Date(now.getTime() + 10 * 60_000));
    // A worker whose lease ran out finishing late finds the row already sent.
    expect(await processReminder(testDb.db, reminder, now)).toBe("skipped");
    expect(await outboxFor(reminder.id)).toHaveLength(1);
    expect((await reminderRow(reminder.id)).state).toBe("sent");
  });

  it("lets exactly one of two workers holding the same row send it", async () => {
    const { interviewId } = await interviewFor();
    const reminder = await reminderFor(interviewId, "post_interview", postInterviewDue);
    const outcomes = await Promise.all([processReminder(testDb.db, reminder, now), processReminder(testDb.db, reminder, now)]);
    expect(outcomes.sort()).toEqual(["sent", "skipped"]);
    expect(await outboxFor(reminder.id)).toHaveLength(1);
  });

  it("leaves a reminder that is not yet due alone", async () => {
    const { interviewId } = await interviewFor();
    const reminder = await reminderFor(interviewId, "post_interview", new Date("2030-01-01T12:00:00Z"));
    await processDueReminders(testDb.db, now);
    expect(await reminderRow(reminder.id)).toMatchObject({ state: "scheduled", attempts: 0, lockedUntil: null, outboxId: null });
    expect(await outboxFor(reminder.id)).toHaveLength(0);
  });

  it("picks a claimed row up again once its lease has run out", async () => {
    const { interviewId } = await interviewFor();
    const reminder = await reminderFor(interviewId, "post_interview", postInterviewDue);
    const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    // A worker claims it and crashes before processing it.
    const first = await claimDueReminders(testDb.db, { now, limit: 100 });
    expect(first.map((row) => row.id)).toContain(reminder.id);
    expect(await reminderRow(reminder.id)).toMatchObject({ state: "scheduled", attempts: 1, lockedUntil: later(2) });
    // Within the lease nobody else takes it.
    expect((await claimDueReminders(testDb.db, { now: later(1), limit: 100 })).map((row) => row.id)).not.toContain(reminder.id);
    // After it, the next pass does, and sends it.
    await processDueReminders(testDb.db, later(3));
    expect(await reminderRow(reminder.id)).toMatchObject({ state: "sent", attempts: 2 });
    expect(await outboxFor(reminder.id)).toHaveLength(1);
  });
});
