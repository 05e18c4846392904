import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, count, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { AuthorizationError } from "@/lib/auth/errors";
import { reminders } from "@/lib/db/schema/delivery";
import { applicationStageEvents, applications, interviewers, interviews, planSteps } from "@/lib/db/schema/journey";
import { auditLog } from "@/lib/db/schema/privacy";
import { listOwnApplications, listOwnUpcomingInterviews } from "@/lib/portal/dashboard";
import { getOwnInterview } from "./interviews";
import { interviewFieldsSchema } from "./schemas";
import type { ArrangedApplication } from "./arranged-interview-form";
import { getLogInterviewContext } from "@/lib/staff/log-interview-context";
import { logArrangedInterview } from "./arranged-interviews";
import { getCandidateDetail } from "@/lib/staff/candidate-detail";

// Monday 9 November 2026; the interview is on Tuesday the 10th at 10:00 London.
const now = new Date("2026-11-09T12:00:00Z");
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
});
afterAll(() => testDb.dispose());

const fields = interviewFieldsSchema.parse({
  round: "1",
  date: "2026-11-10",
  time: "10:00",
  timeZone: "Europe/London",
  durationMinutes: "60",
  format: "in_person",
  location: "1 Deansgate, Manchester",
  timelineKind: "relative",
  timelineAmount: "2",
  timelineUnit: "weeks",
  interviewers: [{ name: "Jo Evans", title: "Head of Data" }],
});
const arranged = (application: ArrangedApplication) => ({ application, interview: fields });
const newApplication: ArrangedApplication = { kind: "new", company: "Gamma Foods", role: "Data Analyst" };

const tally = async () => {
  const n = async (table: typeof applications | typeof interviews | typeof planSteps | typeof reminders | typeof auditLog | typeof applicationStageEvents) =>
    (await testDb.db.select({ n: count() }).from(table))[0]!.n;
  return {
    applications: await n(applications),
    interviews: await n(interviews),
    steps: await n(planSteps),
    reminders: await n(reminders),
    audit: await n(auditLog),
    stageEvents: await n(applicationStageEvents),
  };
};

describe("logArrangedInterview", () => {
  it("creates the agency application, the round, its plan and reminders, with history and audit, and the candidate's portal lists it", async () => {
    const logged = (await logArrangedInterview(world.consultantA, world.candidateA.id, arranged(newApplication), now))!;

    const [application] = await testDb.db.select().from(applications).where(eq(applications.id, logged.applicationId));
    expect(application).toMatchObject({ candidateId: world.candidateA.id, company: "Gamma Foods", source: "agency", consultantId: world.consultantA.id, stage: "interviewing" });
    const [round] = await testDb.db.select().from(interviews).where(eq(interviews.id, logged.interviewId));
    expect(round).toMatchObject({ arrangedById: world.consultantA.id, startsAt: new Date("2026-11-10T10:00:00Z"), format: "in_person", round: 1 });
    expect(await testDb.db.select({ name: interviewers.name }).from(interviewers).where(eq(interviewers.interviewId, logged.interviewId))).toEqual([{ name: "Jo Evans" }]);

    const history = await testDb.db
      .select({ from: applicationStageEvents.fromStage, to: applicationStageEvents.toStage, by: applicationStageEvents.changedBy })
      .from(applicationStageEvents)
      .where(eq(applicationStageEvents.applicationId, logged.applicationId))
      .orderBy(asc(applicationStageEvents.fromStage));
    expect(history).toEqual([
      { from: "applied", to: "interviewing", by: world.consultantA.id },
      { from: null, to: "applied", by: world.consultantA.id },
    ]);

    const steps = await testDb.db.select({ kind: planSteps.kind }).from(planSteps).where(eq(planSteps.interviewId, logged.interviewId));
    expect(steps.map((step) => step.kind)).toEqual(expect.arrayContaining(["debrief", "thanks", "follow_up_1"]));
    const scheduled = await testDb.db
      .select({ kind: reminders.kind })
      .from(reminders)
      .where(and(eq(reminders.interviewId, logged.interviewId), eq(reminders.state, "scheduled")));
    expect(scheduled.map((row) => row.kind)).toEqual(expect.arrayContaining(["interview_tomorrow", "post_interview", "follow_up"]));

    const audit = await testDb.db.select().from(auditLog).where(and(eq(auditLog.actorId, world.consultantA.id), eq(auditLog.action, "create")));
    expect(audit.map((row) => [row.entity, row.entityId, row.candidateId])).toEqual([
      ["application", logged.applicationId, world.candidateA.id],
      ["interview", logged.interviewId, world.candidateA.id],
    ]);

    expect((await listOwnApplications(world.candidateA)).map((a) => a.company)).toContain("Gamma Foods");
    expect((await listOwnUpcomingInterviews(world.candidateA, now)).map((i) => i.id)).toContain(logged.interviewId);
    const portal = (await getOwnInterview(world.candidateA, logged.interviewId))!;
    expect(portal.steps.map((step) => step.kind)).toContain("debrief");
    const staffPage = (await getCandidateDetail(world.consultantA, world.candidateA.id, now))!;
    expect(staffPage.applications.find((a) => a.id === logged.applicationId)?.interviews[0]?.plan.pending).toBeGreaterThan(0);
  });

  it("adds a round to an existing agency application, and an admin's new application goes to the candidate's own consultant", async () => {
    const round = (await logArrangedInterview(world.admin, world.candidateA.id, arranged({ kind: "existing", applicationId: world.applicationA.id }), now))!;
    expect(round.applicationId).toBe(world.applicationA.id);
    const [stored] = await testDb.db.select({ arrangedById: interviews.arrangedById }).from(interviews).where(eq(interviews.id, round.interviewId));
    expect(stored!.arrangedById).toBe(world.admin.id);

    const forB = (await logArrangedInterview(world.admin, world.candidateB.id, arranged(newApplication), now))!;
    const [application] = await testDb.db.select({ consultantId: applications.consultantId }).from(applications).where(eq(applications.id, forB.applicationId));
    expect(application!.consultantId).toBe(world.consultantB.id);
  });

  it("refuses consultant B for candidate A, with nothing written", async () => {
    const before = await tally();
    expect(await logArrangedInterview(world.consultantB, world.candidateA.id, arranged(newApplication), now)).toBeNull();
    expect(await logArrangedInterview(world.consultantB, world.candidateA.id, arranged({ kind: "existing", applicationId: world.applicationA.id }), now)).toBeNull();
    expect(await getLogInterviewContext(world.consultantB, world.candidateA.id, now)).toBeNull();
    expect(await tally()).toEqual(before);
  });

  it("refuses another candidate's application and a direct one, with nothing written", async () => {
    const [shared] = await testDb.db
      .insert(applications)
      .values({ candidateId: world.candidateA.id, company: "Shared Direct Ltd", role: "Analyst", source: "direct", sharedWithAgency: true })
      .returning();
    const before = await tally();
    // Candidate B's application, passed off as candidate A's.
    expect(await logArrangedInterview(world.admin, world.candidateA.id, arranged({ kind: "existing", applicationId: world.applicationB.id }), now)).toBeNull();
    // A direct application stays the candidate's to manage, shared or not.
    expect(await logArrangedInterview(world.consultantA, world.candidateA.id, arranged({ kind: "existing", applicationId: shared!.id }), now)).toBeNull();
    expect(await tally()).toEqual(before);
  });

  it("refuses candidates", async () => {
    const before = await tally();
    await expect(logArrangedInterview(world.candidateA, world.candidateA.id, arranged(newApplication), now)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(getLogInterviewContext(world.candidateA, world.candidateA.id, now)).rejects.toBeInstanceOf(AuthorizationError);
    expect(await tally()).toEqual(before);
  });

  it("offers only the candidate's agency applications to add a round to, open ones first, and logs the view", async () => {
    await testDb.db.insert(applications).values({ candidateId: world.candidateA.id, company: "Aardvark Closed", role: "Analyst", source: "agency", stage: "rejected", updatedAt: new Date("2030-01-01T00:00:00Z") });
    const context = (await getLogInterviewContext(world.consultantA, world.candidateA.id, now))!;
    expect(context.candidate).toEqual({ id: world.candidateA.id, name: "Candidate A", email: "candidate-a@world.test", timeZone: "Europe/London" });
    // The closed one changed most recently, yet comes last.
    const listed = context.applications.map((a) => [a.company, a.rounds]);
    expect(listed.slice(0, 2).sort()).toEqual([
      ["Alpha Ltd", 2],
      ["Gamma Foods", 1],
    ]);
    expect(listed.slice(2)).toEqual([["Aardvark Closed", 0]]);
    const [view] = await testDb.db.select().from(auditLog).where(and(eq(auditLog.actorId, world.consultantA.id), eq(auditLog.action, "view")));
    expect(view).toMatchObject({ candidateId: world.candidateA.id, entity: "candidate" });
  });
});
