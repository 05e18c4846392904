import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, inArray } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applicationInput, createTwoCandidateWorld, interviewInput } from "@/test/fixtures";
import type { CurrentUser } from "@/lib/auth/dal";
import { reminders } from "@/lib/db/schema/delivery";
import { planSteps } from "@/lib/db/schema/journey";
import { createApplication, updateApplication } from "./applications";
import { createInterview, recordTimelineSlip, setPlanStepState, updateInterview } from "./interviews";
import { updateOwnSettings } from "@/lib/portal/settings";
import { settingsInputSchema } from "@/lib/portal/settings-schema";
import { cancelAllReminders, syncInterviewReminders } from "./reminder-sync";

const now = new Date("2026-11-09T12:00:00Z");
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
});
afterAll(() => testDb.dispose());

const application = applicationInput;
const interview = interviewInput;
const settings = (remindersEnabled: boolean) =>
  settingsInputSchema.parse({ name: "Someone", timeZone: "Europe/London", remindersEnabled: remindersEnabled ? "on" : undefined, digestEnabled: "on" });

/** A fresh application with one interview (Tuesday 10 November 2026, 10:00 London, told four weeks). */
async function interviewFor(caller: CurrentUser, overrides: Record<string, unknown> = {}) {
  const applicationId = await createApplication(caller, application(), now);
  const interviewId = (await createInterview(caller, interview(applicationId, overrides), now))!;
  return { applicationId, interviewId };
}

const rowsOf = (interviewId: string) =>
  testDb.db.select().from(reminders).where(eq(reminders.interviewId, interviewId)).orderBy(asc(reminders.dueAt), asc(reminders.createdAt));
const listed = async (interviewId: string) =>
  (await rowsOf(interviewId)).map((row) => `${row.state} ${row.kind} ${row.dueAt.toISOString()}`);
const scheduledOf = async (interviewId: string) => (await listed(interviewId)).filter((line) => line.startsWith("scheduled "));

// The second follow-up waits for the first to be done or reminded of.
const planned = [
  "scheduled interview_tomorrow 2026-11-09T09:00:00.000Z",
  "scheduled post_interview 2026-11-10T13:00:00.000Z",
  "scheduled follow_up 2026-12-01T09:00:00.000Z",
];

describe("reminders follow the interview's plan", () => {
  it("schedules the day-before reminder, the post-interview email and the first follow-up when an interview is added", async () => {
    const { interviewId } = await interviewFor(world.candidateA);
    expect(await listed(interviewId)).toEqual(planned);
    const rows = await rowsOf(interviewId);
    expect(rows.every((row) => row.userId === world.candidateA.id && row.attempts === 0 && row.outboxId === null)).toBe(true);
  });

  it("still schedules a reminder already due: an interview that ended two hours ago gets its email now", async () => {
    const { interviewId } = await interviewFor(world.candidateA, { date: "2026-11-09", time: "09:00" });
    expect(await scheduledOf(interviewId)).toEqual(
      expect.arrayContaining(["scheduled interview_tomorrow 2026-11-08T09:00:00.000Z", "scheduled post_interview 2026-11-09T12:00:00.000Z"]),
    );
  });

  it("changes nothing when nothing in the plan changed", async () => {
    const { applicationId, interviewId } = await interviewFor(world.candidateA);
    const before = await rowsOf(interviewId);
    await updateInterview(world.candidateA, interviewId, interview(applicationId, { round: "2" }), now);
    const result = await testDb.db.transaction((tx) => syncInterviewReminders(tx, interviewId, now));
    expect(result).toEqual({ kept: 3, inserted: 0, superseded: 0, cancelled: 0 });
    expect(await rowsOf(interviewId)).toEqual(before);
  });

  it("supersedes the follow-ups when the timeline slips and schedules them at the new dates", async () => {
    const { interviewId } = await interviewFor(world.candidateA);
    const before = await rowsOf(interviewId);
    const later = new Date(now.getTime() + 3_600_000);
    expect(await recordTimelineSlip(world.candidateA, interviewId, "2026-12-22", "Still interviewing", later)).toBe(true);

    expect(await listed(interviewId)).toEqual([
      "scheduled interview_tomorrow 2026-11-09T09:00:00.000Z",
      "scheduled post_interview 2026-11-10T13:00:00.000Z",
      "superseded follow_up 2026-12-01T09:00:00.000Z",
      "scheduled follow_up 2026-12-14T09:00:00.000Z",
    ]);
    const after = await rowsOf(interviewId);
    // Reminders the slip did not move are the same rows, untouched.
    for (const kind of ["interview_tomorrow", "post_interview"]) {
      expect(after.find((row) => row.kind === kind)).toEqual(before.find((row) => row.kind === kind));
    }
    expect(after.filter((row) => row.state === "superseded").every((row) => row.updatedAt.getTime() === later.getTime())).toBe(true);
  });

  it("moves the day-before reminder and the email when the interview moves", async () => {
    const { applicationId, interviewId } = await interviewFor(world.candidateA);
    await updateInterview(world.candidateA, interviewId, interview(applicationId, { date: "2026-11-12", time: "14:00" }), now);
    expect(await scheduledOf(interviewId)).toEqual(
      expect.arrayContaining(["scheduled interview_tomorrow 2026-11-11T09:00:00.000Z", "scheduled post_interview 2026-11-12T17:00:00.000Z"]),
    );
    expect((await listed(interviewId)).filter((line) => line.startsWith("superseded "))).toEqual(
      expect.arrayContaining(["superseded interview_tomorrow 2026-11-09T09:00:00.000Z", "superseded post_interview 2026-11-10T13:00:00.000Z"]),
    );
  });

  it("drops the nudge for a follow-up the candidate has done, and plans the second a week on from then", async () => {
    const { interviewId } = await interviewFor(world.candidateA);
    const [first] = await testDb.db.select().from(planSteps).where(and(eq(planSteps.interviewId, interviewId), eq(planSteps.kind, "follow_up_1")));
    await setPlanStepState(world.candidateA, first!.id, "done", now);
    await testDb.db.transaction((tx) => syncInterviewReminders(tx, interviewId, now));
    // Done on Monday 9 November: the second follow-up is Monday 16 November, 09:00.
    expect((await scheduledOf(interviewId)).filter((line) => line.includes("follow_up"))).toEqual(["scheduled follow_up 2026-11-16T09:00:00.000Z"]);
  });

  it("cancels every scheduled reminder at once on an outcome, and leaves sent ones alone", async () => {
    const { applicationId, interviewId } = await interviewFor(world.candidateA);
    const [sent] = await testDb.db
      .update(reminders)
      .set({ state: "sent", attempts: 1 })
      .where(and(eq(reminders.interviewId, interviewId), eq(reminders.kind, "interview_tomorrow")))
      .returning();
    await updateApplication(world.candidateA, applicationId, application({ stage: "rejected" }), now);
    expect(await listed(interviewId)).toEqual([
      "sent interview_tomorrow 2026-11-09T09:00:00.000Z",
      "cancelled post_interview 2026-11-10T13:00:00.000Z",
      "cancelled follow_up 2026-12-01T09:00:00.000Z",
    ]);
    expect((await rowsOf(interviewId)).find((row) => row.id === sent!.id)).toEqual(sent);

    // Reopened by mistake-fixing: planned again, the sent reminder not repeated.
    await updateApplication(world.candidateA, applicationId, application({ stage: "awaiting_decision" }), now);
    expect(await scheduledOf(interviewId)).toEqual(planned.slice(1));
  });

  it("never sends the post-interview email twice, whatever later edits do to the interview's end", async () => {
    const { applicationId, interviewId } = await interviewFor(world.candidateA);
    await testDb.db
      .update(reminders)
      .set({ state: "sent" })
      .where(and(eq(reminders.interviewId, interviewId), inArray(reminders.kind, ["post_interview", "follow_up"])));
    // A longer interview moves the email's due time; the one sent stands for it. The first
    // follow-up's reminder went out, so the second is now planned, a week after it.
    await updateInterview(world.candidateA, interviewId, interview(applicationId, { durationMinutes: "90" }), now);
    expect(await listed(interviewId)).toEqual([
      "scheduled interview_tomorrow 2026-11-09T09:00:00.000Z",
      "sent post_interview 2026-11-10T13:00:00.000Z",
      "scheduled follow_up 2026-11-16T09:00:00.000Z",
      "sent follow_up 2026-12-01T09:00:00.000Z",
    ]);
  });

  it("does not duplicate reminders when two changes to one interview race", async () => {
    const { interviewId } = await interviewFor(world.candidateA);
    await testDb.db.delete(reminders).where(eq(reminders.interviewId, interviewId));
    // The first change has planned its reminders but not committed when the second starts.
    let commitFirst!: () => void;
    let firstPlanned!: () => void;
    const held = new Promise<void>((resolve) => (commitFirst = resolve));
    const planning = new Promise<void>((resolve) => (firstPlanned = resolve));
    const first = testDb.db.transaction(async (tx) => {
      await syncInterviewReminders(tx, interviewId, now);
      firstPlanned();
      await held;
    });
    await planning;
    const second = testDb.db.transaction((tx) => syncInterviewReminders(tx, interviewId, now));
    await new Promise((resolve) => setTimeout(resolve, 100));
    commitFirst();
    await Promise.all([first, second]);
    expect(await listed(interviewId)).toEqual(planned);
  });
});

describe("switching reminders off and on", () => {
  it("cancels every scheduled reminder in the same save, and plans them again for open applications", async () => {
    const b = world.candidateB;
    const open = await interviewFor(b);
    const closed = await interviewFor(b);
    await updateApplication(b, closed.applicationId, application({ stage: "withdrawn" }), now);

    expect(await updateOwnSettings(b, settings(false), now)).toBe(true);
    expect(await scheduledOf(open.interviewId)).toEqual([]);
    expect((await listed(open.interviewId)).every((line) => line.startsWith("cancelled "))).toBe(true);

    // Changes while reminders are off plan nothing.
    await recordTimelineSlip(b, open.interviewId, "2026-12-22", null, now);
    expect(await scheduledOf(open.interviewId)).toEqual([]);

    // Saving again with reminders still off changes nothing.
    const off = await listed(open.interviewId);
    expect(await updateOwnSettings(b, settings(false), now)).toBe(true);
    expect(await listed(open.interviewId)).toEqual(off);

    expect(await updateOwnSettings(b, settings(true), now)).toBe(true);
    expect(await scheduledOf(open.interviewId)).toEqual([
      "scheduled interview_tomorrow 2026-11-09T09:00:00.000Z",
      "scheduled post_interview 2026-11-10T13:00:00.000Z",
      "scheduled follow_up 2026-12-14T09:00:00.000Z",
    ]);
    expect(await scheduledOf(closed.interviewId)).toEqual([]);
  });

  it("cancelAllReminders touches only the user's scheduled interview reminders", async () => {
    const { interviewId } = await interviewFor(world.candidateA);
    const [digest] = await testDb.db.insert(reminders).values({ kind: "candidate_digest", userId: world.candidateA.id, dueAt: now }).returning();
    const othersBefore = await testDb.db.select().from(reminders).where(eq(reminders.userId, world.candidateB.id));
    const count = await testDb.db.transaction((tx) => cancelAllReminders(tx, world.candidateA.id, now));
    expect(count).toBeGreaterThanOrEqual(3);
    expect(await scheduledOf(interviewId)).toEqual([]);
    // The digest has its own switch.
    expect((await testDb.db.select().from(reminders).where(eq(reminders.id, digest!.id)))[0]?.state).toBe("scheduled");
    expect(await testDb.db.select().from(reminders).where(eq(reminders.userId, world.candidateB.id))).toEqual(othersBefore);
    await testDb.db.transaction((tx) => syncInterviewReminders(tx, interviewId, now));
    expect(await scheduledOf(interviewId)).toEqual(planned);
  });
});

describe("another candidate", () => {
  it("changes nothing in someone else's reminders, whatever they try", async () => {
    const { applicationId, interviewId } = await interviewFor(world.candidateA);
    const snapshot = () => testDb.db.select().from(reminders).where(eq(reminders.userId, world.candidateA.id)).orderBy(asc(reminders.id));
    const before = await snapshot();
    const b = world.candidateB;

    expect(await updateApplication(b, applicationId, application({ stage: "rejected" }), now)).toBe(false);
    expect(await updateInterview(b, interviewId, interview(applicationId, { date: "2026-11-20" }), now)).toBe(false);
    expect(await recordTimelineSlip(b, interviewId, "2027-01-05", null, now)).toBe(false);
    expect(await createInterview(b, interview(applicationId), now)).toBeNull();
    expect(await updateOwnSettings(b, settings(false), now)).toBe(true);
    expect(await updateOwnSettings(b, settings(true), now)).toBe(true);
    await interviewFor(b);

    expect(await snapshot()).toEqual(before);
  });
});

describe("one-click plan steps", () => {
  it("retire a follow-up's reminder when the step is done, and bring it back on undo", async () => {
    const { interviewId } = await interviewFor(world.candidateA);
    const [step] = await testDb.db
      .select()
      .from(planSteps)
      .where(and(eq(planSteps.interviewId, interviewId), eq(planSteps.kind, "follow_up_1")));
    expect(await setPlanStepState(world.candidateA, step!.id, "done", now)).toBe(true);
    expect(await scheduledOf(interviewId)).not.toContain("scheduled follow_up 2026-12-01T09:00:00.000Z");
    expect(await setPlanStepState(world.candidateA, step!.id, "pending", now)).toBe(true);
    expect(await scheduledOf(interviewId)).toContain("scheduled follow_up 2026-12-01T09:00:00.000Z");
  });
});
