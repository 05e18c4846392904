import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applicationInput, createTwoCandidateWorld, interviewInput } from "@/test/fixtures";
import { AuthorizationError } from "@/lib/auth/errors";
import { applications, interviews, planSteps } from "@/lib/db/schema/journey";
import { createApplication, deleteApplication, getOwnApplication, updateApplication } from "@/lib/journey/applications";
import { createInterview, deleteInterview, getOwnInterview, recordTimelineSlip, setPlanStepState, updateInterview } from "@/lib/journey/interviews";
import { interviewInputSchema } from "@/lib/journey/schemas";

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

const due = (steps: { kind: string; dueAt: Date | null }[], kind: string) =>
  steps.find((step) => step.kind === kind)?.dueAt?.toISOString();

describe("a candidate's applications and interviews", () => {
  it("creates an interview with its plan and moves the application to interviewing", async () => {
    const applicationId = await createApplication(world.candidateA, application(), now);
    const interviewId = (await createInterview(world.candidateA, interview(applicationId), now))!;
    const detail = (await getOwnInterview(world.candidateA, interviewId))!;
    expect(detail.interviewers).toEqual([expect.objectContaining({ name: "Jo Evans", email: "jo@example.com" })]);
    expect(due(detail.steps, "follow_up_1")).toBe("2026-12-01T09:00:00.000Z");
    expect(detail.steps.map((s) => s.kind)).not.toContain("debrief");
    expect((await getOwnApplication(world.candidateA, applicationId))?.stage).toBe("interviewing");
  });

  it("re-plans when the timeline slips and when the interview changes", async () => {
    const applicationId = await createApplication(world.candidateA, application(), now);
    const interviewId = (await createInterview(world.candidateA, interview(applicationId), now))!;
    expect(await recordTimelineSlip(world.candidateA, interviewId, "2026-12-22", "Still interviewing", now)).toBe(true);
    let detail = (await getOwnInterview(world.candidateA, interviewId))!;
    expect(detail.timelineDate).toBe("2026-12-22");
    // 42 days' notice: three-quarters is Saturday 12 December, so Monday the 14th.
    expect(due(detail.steps, "follow_up_1")).toBe("2026-12-14T09:00:00.000Z");

    await updateInterview(world.candidateA, interviewId, interview(applicationId, { timelineKind: "none" }), now);
    detail = (await getOwnInterview(world.candidateA, interviewId))!;
    expect(due(detail.steps, "follow_up_1")).toBe("2026-11-17T09:00:00.000Z");
  });

  it("closes the plan on a terminal outcome but keeps finished steps", async () => {
    const applicationId = await createApplication(world.candidateA, application(), now);
    const interviewId = (await createInterview(world.candidateA, interview(applicationId), now))!;
    const reflect = (await getOwnInterview(world.candidateA, interviewId))!.steps.find((s) => s.kind === "reflect")!;
    expect(await setPlanStepState(world.candidateA, reflect.id, "done", now)).toBe(true);
    await updateApplication(world.candidateA, applicationId, application({ stage: "rejected" }), now);
    const states = (await getOwnInterview(world.candidateA, interviewId))!.steps.map((s) => `${s.kind}:${s.state}`);
    expect(states).toContain("reflect:done");
    expect(states.filter((s) => s.endsWith(":pending"))).toEqual([]);
  });

  it("gives an agency interview a debrief", async () => {
    const applicationId = await createApplication(world.candidateA, application({ source: "agency" }), now);
    const interviewId = (await createInterview(world.candidateA, interview(applicationId), now))!;
    expect((await getOwnInterview(world.candidateA, interviewId))!.steps.map((s) => s.kind)).toContain("debrief");
  });
});

describe("another candidate", () => {
  it("cannot read, change or delete anything, and nothing changes", async () => {
    const applicationId = await createApplication(world.candidateA, application({ company: "Private Ltd" }), now);
    const interviewId = (await createInterview(world.candidateA, interview(applicationId), now))!;
    const step = (await getOwnInterview(world.candidateA, interviewId))!.steps.find((s) => s.state === "pending")!;
    const b = world.candidateB;

    expect(await getOwnApplication(b, applicationId)).toBeNull();
    expect(await getOwnInterview(b, interviewId)).toBeNull();
    expect(await updateApplication(b, applicationId, application({ company: "Hijacked" }), now)).toBe(false);
    expect(await createInterview(b, interview(applicationId), now)).toBeNull();
    expect(await updateInterview(b, interviewId, interview(applicationId, { round: "9" }), now)).toBe(false);
    expect(await recordTimelineSlip(b, interviewId, "2027-01-05", null, now)).toBe(false);
    expect(await setPlanStepState(b, step.id, "done", now)).toBe(false);
    expect(await deleteInterview(b, interviewId)).toBe(false);
    expect(await deleteApplication(b, applicationId)).toBe(false);

    const [stored] = await testDb.db.select().from(applications).where(eq(applications.id, applicationId));
    expect(stored?.company).toBe("Private Ltd");
    const [storedInterview] = await testDb.db.select().from(interviews).where(eq(interviews.id, interviewId));
    expect(storedInterview?.round).toBe(1);
    const [storedStep] = await testDb.db.select().from(planSteps).where(eq(planSteps.id, step.id));
    expect(storedStep?.state).toBe("pending");
  });

  it("staff have no portal functions", async () => {
    await expect(createApplication(world.consultantA, application(), now)).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe("input rules", () => {
  it("explains bad input field by field", () => {
    const result = interviewInputSchema.safeParse({
      applicationId: "not-a-uuid",
      round: "0",
      date: "2026-11-10",
      time: "25:00",
      timeZone: "Mars/Olympus_Mons",
      durationMinutes: "3",
      format: "carrier pigeon",
      timelineKind: "date",
      timelineDate: "2026-11-01",
      interviewers: [{ name: "", email: "nope" }],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["applicationId", "round", "time", "timeZone", "durationMinutes", "format", "interviewers.0.name", "interviewers.0.email"]),
    );
  });

  it("refuses a decision date before the interview", () => {
    const result = interviewInputSchema.safeParse({
      applicationId: "6f1c2f0e-1d2b-4c3a-9e8f-7a6b5c4d3e2f",
      round: "1",
      date: "2026-11-10",
      time: "10:00",
      timeZone: "Europe/London",
      durationMinutes: "60",
      format: "phone",
      timelineKind: "date",
      timelineDate: "2026-11-01",
      interviewers: [],
    });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["timelineDate"], message: "The decision date cannot be before the interview" }),
    ]);
  });
});
