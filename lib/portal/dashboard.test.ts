import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { AuthorizationError } from "@/lib/auth/errors";
import type { CurrentUser } from "@/lib/auth/dal";
import { users } from "@/lib/db/schema/auth";
import { applications, interviews, planSteps } from "@/lib/db/schema/journey";
import { createApplication } from "@/lib/journey/applications";
import { createInterview, setPlanStepState } from "@/lib/journey/interviews";
import { applicationInputSchema, interviewInputSchema } from "@/lib/journey/schemas";
import { getOwnDashboardStats, listOwnAwaitingDecisions, listOwnDueSteps, listOwnUpcomingSteps } from "./dashboard";

// Monday 9 November 2026, midday in London.
const now = new Date("2026-11-09T12:00:00Z");
const LONDON = "Europe/London";
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
});
afterAll(() => testDb.dispose());

async function newCandidate(email: string): Promise<CurrentUser> {
  const [row] = await testDb.db.insert(users).values({ email, name: email }).returning();
  return { id: row!.id, name: row!.name, email: row!.email, role: "candidate" };
}

async function addInterview(caller: CurrentUser, company: string, date: string, overrides: Record<string, unknown> = {}) {
  const applicationId = await createApplication(caller, applicationInputSchema.parse({ company, role: "Analyst", source: "direct" }), now);
  const interviewId = (await createInterview(
    caller,
    interviewInputSchema.parse({
      applicationId, round: "1", date, time: "10:00", timeZone: LONDON, durationMinutes: "60", format: "video",
      timelineKind: "none", interviewers: [], ...overrides,
    }),
    now,
  ))!;
  return { applicationId, interviewId };
}

const setDue = (interviewId: string, kind: "thanks" | "reflect" | "decide" | "timeline", dueAt: string) =>
  testDb.db.update(planSteps).set({ dueAt: new Date(dueAt) }).where(and(eq(planSteps.interviewId, interviewId), eq(planSteps.kind, kind)));

describe("listOwnDueSteps", () => {
  it("lists pending steps due by the end of the candidate's today, oldest first, with what to do", async () => {
    const me = await newCandidate("due@world.test");
    const { interviewId } = await addInterview(me, "Overdue Ltd", "2026-11-02");
    // Last Monday's interview: its thanks, reflection and decision are overdue, the first
    // follow-up (a week on, no timeline given) is due at 09:00 today, the second is next week.
    const due = await listOwnDueSteps(me, now, LONDON);
    expect(due.map((step) => step.kind)).toEqual(["timeline", "thanks", "reflect", "decide", "follow_up_1"]);
    expect(due.at(-1)?.dueAt.toISOString()).toBe("2026-11-09T09:00:00.000Z");
    expect(due[1]).toMatchObject({ company: "Overdue Ltd", role: "Analyst", interviewId, description: "Send a thank-you note to each interviewer" });
    expect(due.map((step) => step.dueAt.getTime())).toEqual([...due.map((step) => step.dueAt.getTime())].sort((a, b) => a - b));

    await setPlanStepState(me, due[0]!.id, "done", now);
    expect((await listOwnDueSteps(me, now, LONDON)).map((step) => step.kind)).not.toContain("timeline");
  });

  it("counts today in the candidate's zone: tonight is today, tomorrow morning is not", async () => {
    const me = await newCandidate("boundary@world.test");
    const { interviewId } = await addInterview(me, "Boundary plc", "2026-11-20");
    await setDue(interviewId, "thanks", "2026-11-09T23:59:00Z");
    await setDue(interviewId, "reflect", "2026-11-10T00:00:00Z");
    expect((await listOwnDueSteps(me, now, LONDON)).map((step) => step.kind)).toEqual(["thanks"]);
    // In Auckland it is already 1am on Tuesday the 10th at 12:00 UTC: both are due today there.
    expect((await listOwnDueSteps(me, now, "Pacific/Auckland")).map((step) => step.kind)).toEqual(["thanks", "reflect"]);
  });

  it("shows nothing of another candidate's", async () => {
    const me = await newCandidate("private-due@world.test");
    await addInterview(me, "Hidden Steps Ltd", "2026-11-02");
    const theirs = await listOwnDueSteps(world.candidateB, now, LONDON);
    expect(theirs.filter((step) => step.company === "Hidden Steps Ltd")).toEqual([]);
  });
});

describe("listOwnUpcomingSteps", () => {
  it("lists the next few pending steps after the candidate's today, soonest first, with what the actions need", async () => {
    const me = await newCandidate("upcoming-steps@world.test");
    const { interviewId } = await addInterview(me, "Later Ltd", "2026-11-16");
    // Next Monday's interview: nothing is due today; its timeline, thanks and reflection come first.
    expect(await listOwnDueSteps(me, now, LONDON)).toEqual([]);
    const next = await listOwnUpcomingSteps(me, now, LONDON);
    expect(next.map((step) => step.kind)).toHaveLength(3);
    expect(new Set(next.map((step) => step.kind))).toEqual(new Set(["timeline", "thanks", "reflect"]));
    expect(next[0]).toMatchObject({ interviewId, company: "Later Ltd", source: "direct", clientWelcomesDirectNotes: false });
    expect(next.every((step) => step.dueAt >= new Date("2026-11-10T00:00:00Z"))).toBe(true);
    expect((await listOwnUpcomingSteps(me, now, LONDON, 5)).map((step) => step.kind)).toContain("decide");
  });

  it("leaves today's steps to listOwnDueSteps and another candidate's to them", async () => {
    const me = await newCandidate("upcoming-boundary@world.test");
    const { interviewId } = await addInterview(me, "Boundary Two plc", "2026-11-20");
    await setDue(interviewId, "thanks", "2026-11-09T23:59:00Z");
    expect((await listOwnUpcomingSteps(me, now, LONDON, 10)).map((step) => step.kind)).not.toContain("thanks");
    expect((await listOwnUpcomingSteps(world.candidateB, now, LONDON, 50)).filter((step) => step.company === "Boundary Two plc")).toEqual([]);
  });
});

describe("listOwnAwaitingDecisions", () => {
  it("lists applications awaiting a decision, with the date the latest interview gave", async () => {
    const me = await newCandidate("awaiting@world.test");
    const dated = await addInterview(me, "Dated Ltd", "2026-11-02", { timelineKind: "relative", timelineAmount: "2", timelineUnit: "weeks" });
    await addInterview(me, "Undated plc", "2026-11-03");
    await addInterview(me, "Still Interviewing Ltd", "2026-11-04");
    await testDb.db
      .update(applications)
      .set({ stage: "awaiting_decision" })
      .where(and(eq(applications.candidateId, me.id), eq(applications.company, "Undated plc")));
    await testDb.db.update(applications).set({ stage: "awaiting_decision" }).where(eq(applications.id, dated.applicationId));

    expect(await listOwnAwaitingDecisions(me)).toEqual([
      { id: dated.applicationId, company: "Dated Ltd", role: "Analyst", decisionDate: "2026-11-16" },
      expect.objectContaining({ company: "Undated plc", decisionDate: null }),
    ]);
    expect(await listOwnAwaitingDecisions(world.candidateB)).toEqual([]);
  });
});

describe("getOwnDashboardStats", () => {
  async function decided(caller: CurrentUser, stage: "offer" | "accepted" | "rejected" | "withdrawn", interviewAt: string[], decidedAt: string) {
    const [application] = await testDb.db
      .insert(applications)
      .values({ candidateId: caller.id, company: `Co ${stage} ${decidedAt}`, role: "Analyst", source: "direct", stage, stageChangedAt: new Date(decidedAt) })
      .returning();
    for (const at of interviewAt) {
      await testDb.db.insert(interviews).values({ applicationId: application!.id, candidateId: caller.id, startsAt: new Date(at), format: "video" });
    }
  }

  it("counts this month's interviews in the candidate's zone", async () => {
    const me = await newCandidate("month@world.test");
    await decided(me, "withdrawn", ["2026-10-31T23:30:00Z", "2026-11-30T23:30:00Z", "2026-11-15T10:00:00Z"], "2026-12-01T00:00:00Z");
    // London: 31 October 23:30 is October; 30 November 23:30 is still November.
    expect((await getOwnDashboardStats(me, now, LONDON)).interviewsThisMonth).toBe(2);
    // Paris is an hour ahead: 31 October 23:30 UTC is 1 November there, 30 November 23:30 UTC is December.
    expect((await getOwnDashboardStats(me, now, "Europe/Paris")).interviewsThisMonth).toBe(2);
    expect((await getOwnDashboardStats(me, new Date("2026-10-15T12:00:00Z"), LONDON)).interviewsThisMonth).toBe(1);
  });

  it("says nothing about waiting times below two decisions, then gives the median from the last interview", async () => {
    const me = await newCandidate("median@world.test");
    await decided(me, "rejected", ["2026-09-01T10:00:00Z", "2026-09-10T10:00:00Z"], "2026-09-20T10:00:00Z");
    let stats = await getOwnDashboardStats(me, now, LONDON);
    expect(stats).toMatchObject({ decisions: 1, medianDaysToDecision: null, offers: 0 });

    await decided(me, "offer", ["2026-10-01T10:00:00Z"], "2026-10-05T10:00:00Z");
    await decided(me, "accepted", ["2026-10-10T10:00:00Z"], "2026-10-30T10:00:00Z");
    // Withdrawn is the candidate's decision, not the employer's; a later round does not count as "before".
    await decided(me, "withdrawn", ["2026-10-01T10:00:00Z"], "2026-10-02T10:00:00Z");
    await decided(me, "rejected", ["2026-11-20T10:00:00Z"], "2026-11-09T10:00:00Z");
    stats = await getOwnDashboardStats(me, now, LONDON);
    // Waits of 10, 4 and 20 days.
    expect(stats).toMatchObject({ decisions: 3, medianDaysToDecision: 10, offers: 2 });
  });

  it("counts only the caller's records", async () => {
    const empty = await newCandidate("empty@world.test");
    expect(await getOwnDashboardStats(empty, now, LONDON)).toEqual({ interviewsThisMonth: 0, offers: 0, decisions: 0, medianDaysToDecision: null });
  });

  it("is not for staff", async () => {
    await expect(getOwnDashboardStats(world.consultantA, now, LONDON)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(listOwnDueSteps(world.admin, now, LONDON)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(listOwnUpcomingSteps(world.admin, now, LONDON)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(listOwnAwaitingDecisions(world.consultantB)).rejects.toBeInstanceOf(AuthorizationError);
  });
});
