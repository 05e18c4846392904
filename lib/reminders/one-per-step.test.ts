import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applicationInput, createTwoCandidateWorld, interviewInput } from "@/test/fixtures";
import { emailOutbox, reminders } from "@/lib/db/schema/delivery";
import { planSteps } from "@/lib/db/schema/journey";
import { createApplication } from "@/lib/journey/applications";
import { createInterview, recordTimelineSlip, setPlanStepState, updateInterview } from "@/lib/journey/interviews";
import { processDueReminders } from "./process-due";

// The person's view of "never twice": count the follow-up emails queued for one interview.
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date("2026-11-01T00:00:00Z"));
});
afterAll(() => testDb.dispose());

const followUpEmails = async () =>
  (await testDb.db.select({ text: emailOutbox.text }).from(emailOutbox).where(eq(emailOutbox.template, "follow-up-reminder"))).length;
const at = (iso: string) => new Date(iso);
const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

async function stepDue(interviewId: string, kind: "follow_up_1" | "follow_up_2") {
  const [step] = await testDb.db.select().from(planSteps).where(and(eq(planSteps.interviewId, interviewId), eq(planSteps.kind, kind)));
  return step!;
}

describe("an interview logged three weeks late", () => {
  // Tuesday 10 November, "within four weeks": follow-ups planned for 1 and 8 December.
  const loggedAt = at("2026-12-10T10:00:00Z");
  let applicationId: string;
  let interviewId: string;

  it("sends exactly one follow-up email, due now, and plans the second a week later", async () => {
    applicationId = await createApplication(world.candidateA, applicationInput(), loggedAt);
    interviewId = (await createInterview(world.candidateA, interviewInput(applicationId), loggedAt))!;
    await processDueReminders(testDb.db, minutesAfter(loggedAt, 1));
    await processDueReminders(testDb.db, minutesAfter(loggedAt, 2));
    expect(await followUpEmails()).toBe(1);
    // Thursday 17 December, 09:00 London: a week after the first went out, never the same day.
    expect((await stepDue(interviewId, "follow_up_2")).dueAt).toEqual(at("2026-12-17T09:00:00Z"));
    const [second] = await testDb.db
      .select()
      .from(reminders)
      .where(and(eq(reminders.interviewId, interviewId), eq(reminders.slot, "follow_up_2"), eq(reminders.state, "scheduled")));
    expect(second?.dueAt).toEqual(at("2026-12-17T09:00:00Z"));
  });

  it("sends no other when its time zone is changed twice", async () => {
    for (const [minute, timeZone] of [[5, "Europe/Paris"], [10, "Europe/London"]] as const) {
      const when = minutesAfter(loggedAt, minute);
      expect(await updateInterview(world.candidateA, interviewId, interviewInput(applicationId, { timeZone }), when)).toBe(true);
      await processDueReminders(testDb.db, minutesAfter(when, 1));
    }
    expect(await followUpEmails()).toBe(1);
  });

  it("moves the unsent second follow-up when the timeline changes, and never resends the first", async () => {
    const when = minutesAfter(loggedAt, 20);
    expect(await recordTimelineSlip(world.candidateA, interviewId, "2027-01-15", "They said mid-January", when)).toBe(true);
    await processDueReminders(testDb.db, minutesAfter(when, 1));
    expect(await followUpEmails()).toBe(1);
    const sentFirst = await testDb.db
      .select()
      .from(reminders)
      .where(and(eq(reminders.interviewId, interviewId), eq(reminders.slot, "follow_up_1")));
    expect(sentFirst.map((row) => row.state)).toEqual(["sent"]);
  });

  it("sends the second follow-up when its day comes, and nothing more after", async () => {
    await processDueReminders(testDb.db, at("2026-12-17T09:01:00Z"));
    await processDueReminders(testDb.db, at("2027-02-01T09:01:00Z"));
    expect(await followUpEmails()).toBe(2);
  });
});

describe("marking the first follow-up done", () => {
  it("plans the second seven days later, on a working day at the reminder hour", async () => {
    const now = at("2026-11-09T12:00:00Z");
    const applicationId = await createApplication(world.candidateB, applicationInput(), now);
    const interviewId = (await createInterview(world.candidateB, interviewInput(applicationId), now))!;
    const first = await stepDue(interviewId, "follow_up_1");
    // Done on Thursday 3 December: a week on is Thursday 10 December.
    expect(await setPlanStepState(world.candidateB, first.id, "done", at("2026-12-03T15:00:00Z"))).toBe(true);
    expect((await stepDue(interviewId, "follow_up_2")).dueAt).toEqual(at("2026-12-10T09:00:00Z"));
    const scheduled = await testDb.db
      .select({ slot: reminders.slot, dueAt: reminders.dueAt })
      .from(reminders)
      .where(and(eq(reminders.interviewId, interviewId), eq(reminders.state, "scheduled"), eq(reminders.kind, "follow_up")));
    expect(scheduled).toEqual([{ slot: "follow_up_2", dueAt: at("2026-12-10T09:00:00Z") }]);
  });
});
