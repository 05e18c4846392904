import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { AuthorizationError } from "@/lib/auth/errors";
import type { CurrentUser } from "@/lib/auth/dal";
import { interviewQuestions, interviews, planSteps, reflections } from "@/lib/db/schema/journey";
import { createApplication } from "./applications";
import { createInterview, getOwnInterview, setPlanStepState } from "./interviews";
import { applicationInputSchema, interviewInputSchema } from "./schemas";
import { reflectionInputSchema } from "./reflection-schema";
import { getOwnReflection, listQuestionLibrary, saveReflection } from "./reflections";

const now = new Date("2026-11-09T12:00:00Z");
const later = new Date("2026-11-11T08:30:00Z");
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
});
afterAll(() => testDb.dispose());

async function newInterview(caller: CurrentUser, overrides: { company?: string; source?: "agency" | "direct"; date?: string } = {}) {
  const applicationId = await createApplication(
    caller,
    applicationInputSchema.parse({ company: overrides.company ?? "Harbour Lane Foods", role: "Data Analyst", source: overrides.source ?? "direct" }),
    now,
  );
  const interviewId = await createInterview(
    caller,
    interviewInputSchema.parse({
      applicationId,
      round: "1",
      date: overrides.date ?? "2026-11-10",
      time: "10:00",
      timeZone: "Europe/London",
      durationMinutes: "60",
      format: "video",
      timelineKind: "none",
      interviewers: [{ name: "Jo Evans" }],
    }),
    now,
  );
  return interviewId!;
}

const input = (overrides: Record<string, unknown> = {}) =>
  reflectionInputSchema.parse({
    rapport: "4",
    answers: "2",
    relevance: "3",
    wentWell: "Built a rapport with the panel",
    toImprove: "Prepare numbers for the budgeting question",
    questions: [
      { question: "Tell us about a budget you managed", howItWent: "1", notes: "Had no figures to hand" },
      { question: "Why this company?", howItWent: "5", notes: "" },
    ],
    ...overrides,
  });

async function stepsOf(interviewId: string) {
  const rows = await testDb.db.select().from(planSteps).where(eq(planSteps.interviewId, interviewId));
  return Object.fromEntries(rows.map((row) => [row.kind, row]));
}

describe("a candidate's reflection", () => {
  it("starts empty and private, and names the consultant of an agency application", async () => {
    const interviewId = await newInterview(world.candidateA, { source: "agency" });
    expect(await getOwnReflection(world.candidateA, interviewId)).toEqual({
      reflection: null,
      shared: false,
      questions: [],
      consultant: { name: "Consultant A", email: "consultant-a@world.test" },
    });
  });

  it("saves the reflection, its questions and the sharing switch, and completes the reflect step", async () => {
    const interviewId = await newInterview(world.candidateA);
    expect(await saveReflection(world.candidateA, interviewId, input({ shareWithConsultant: "on" }), now)).toBe(true);

    const saved = (await getOwnReflection(world.candidateA, interviewId))!;
    expect(saved.reflection).toMatchObject({ rapport: 4, answers: 2, relevance: 3, stillWant: null, wentWell: "Built a rapport with the panel" });
    expect(saved.shared).toBe(true);
    expect(saved.consultant).toBeNull();
    expect(saved.questions).toEqual([
      { question: "Tell us about a budget you managed", howItWent: 1, notes: "Had no figures to hand" },
      { question: "Why this company?", howItWent: 5, notes: null },
    ]);
    const steps = await stepsOf(interviewId);
    expect(steps.reflect).toMatchObject({ state: "done", completedAt: now });
    // No answer to "still want it?" yet, so the decision is still to make.
    expect(steps.decide).toMatchObject({ state: "pending", completedAt: null });
  });

  it("replaces the questions on the next save, records the decision and keeps the first completion time", async () => {
    const interviewId = await newInterview(world.candidateA);
    await saveReflection(world.candidateA, interviewId, input({ shareWithConsultant: "on" }), now);
    const second = input({
      rapport: "5",
      stillWant: "no",
      questions: [{ question: "Where do you see yourself in five years?", howItWent: "3" }],
    });
    expect(await saveReflection(world.candidateA, interviewId, second, later)).toBe(true);

    const saved = (await getOwnReflection(world.candidateA, interviewId))!;
    expect(saved.reflection).toMatchObject({ rapport: 5, stillWant: "no", updatedAt: later });
    expect(saved.shared).toBe(false);
    expect(saved.questions.map((q) => q.question)).toEqual(["Where do you see yourself in five years?"]);
    expect(await testDb.db.select().from(reflections).where(eq(reflections.interviewId, interviewId))).toHaveLength(1);
    const steps = await stepsOf(interviewId);
    expect(steps.reflect).toMatchObject({ state: "done", completedAt: now });
    expect(steps.decide).toMatchObject({ state: "done", completedAt: later });
  });

  it("leaves a skipped step skipped", async () => {
    const interviewId = await newInterview(world.candidateA);
    const reflect = (await getOwnInterview(world.candidateA, interviewId))!.steps.find((step) => step.kind === "reflect")!;
    await setPlanStepState(world.candidateA, reflect.id, "skipped", now);
    await saveReflection(world.candidateA, interviewId, input(), later);
    expect((await stepsOf(interviewId)).reflect).toMatchObject({ state: "skipped", completedAt: now });
  });

  it("keeps the previous save whole when a save fails part-way", async () => {
    const interviewId = await newInterview(world.candidateA);
    await saveReflection(world.candidateA, interviewId, input(), now);
    // Past the schema, straight at the database: the question row breaks its check after the reflection was written.
    const broken = { ...input({ rapport: "1", shareWithConsultant: "on" }), questions: [{ question: "Oops", howItWent: 9, notes: null }] };
    await expect(saveReflection(world.candidateA, interviewId, broken, later)).rejects.toThrow();

    const kept = (await getOwnReflection(world.candidateA, interviewId))!;
    expect(kept.reflection?.rapport).toBe(4);
    expect(kept.shared).toBe(false);
    expect(kept.questions).toHaveLength(2);
  });
});

describe("the question library", () => {
  it("lists every question of the caller's, weakest first and newest interview first within a score", async () => {
    const candidate = world.candidateB;
    const older = await newInterview(candidate, { company: "Older Ltd", date: "2026-11-10" });
    const newer = await newInterview(candidate, { company: "Newer plc", date: "2026-11-20" });
    await saveReflection(candidate, older, input({ questions: [{ question: "Old weak", howItWent: "2" }, { question: "Old strong", howItWent: "5" }] }), now);
    await saveReflection(candidate, newer, input({ questions: [{ question: "New weak", howItWent: "2", notes: "Rambled" }, { question: "Worst", howItWent: "1" }] }), now);

    const library = await listQuestionLibrary(candidate);
    expect(library.map((item) => item.question)).toEqual(["Worst", "New weak", "Old weak", "Old strong"]);
    expect(library[1]).toMatchObject({ company: "Newer plc", role: "Data Analyst", interviewId: newer, howItWent: 2, notes: "Rambled", timeZone: "Europe/London" });
    expect(library[1]!.startsAt.toISOString()).toBe("2026-11-20T10:00:00.000Z");
  });

  it("shows nothing of another candidate's", async () => {
    const interviewId = await newInterview(world.candidateA, { company: "Secret Ltd" });
    await saveReflection(world.candidateA, interviewId, input(), now);
    const library = await listQuestionLibrary(world.candidateB);
    expect(library.map((item) => item.company)).not.toContain("Secret Ltd");
    expect(library.every((item) => item.interviewId !== interviewId)).toBe(true);
  });
});

describe("another candidate", () => {
  it("cannot read or change a reflection, and nothing changes", async () => {
    const interviewId = await newInterview(world.candidateA, { source: "agency" });
    await saveReflection(world.candidateA, interviewId, input(), now);
    const before = {
      reflection: await testDb.db.select().from(reflections).where(eq(reflections.interviewId, interviewId)),
      questions: await testDb.db.select().from(interviewQuestions).where(eq(interviewQuestions.interviewId, interviewId)),
      interview: await testDb.db.select().from(interviews).where(eq(interviews.id, interviewId)),
      steps: await testDb.db.select().from(planSteps).where(eq(planSteps.interviewId, interviewId)),
    };

    expect(await getOwnReflection(world.candidateB, interviewId)).toBeNull();
    const hijack = input({ rapport: "1", stillWant: "no", shareWithConsultant: "on", questions: [{ question: "Planted", howItWent: "1" }] });
    expect(await saveReflection(world.candidateB, interviewId, hijack, later)).toBe(false);

    expect(await testDb.db.select().from(reflections).where(eq(reflections.interviewId, interviewId))).toEqual(before.reflection);
    expect(await testDb.db.select().from(interviewQuestions).where(eq(interviewQuestions.interviewId, interviewId))).toEqual(before.questions);
    expect(await testDb.db.select().from(interviews).where(eq(interviews.id, interviewId))).toEqual(before.interview);
    expect(await testDb.db.select().from(planSteps).where(eq(planSteps.interviewId, interviewId))).toEqual(before.steps);
    // And the refused save did not leave B a reflection of their own.
    expect(await testDb.db.select().from(reflections).where(and(eq(reflections.candidateId, world.candidateB.id), eq(reflections.stillWant, "no")))).toEqual([]);
  });

  it("gets nothing for an id that does not exist", async () => {
    expect(await getOwnReflection(world.candidateA, "6f1c2f0e-1d2b-4c3a-9e8f-7a6b5c4d3e2f")).toBeNull();
    expect(await saveReflection(world.candidateA, "6f1c2f0e-1d2b-4c3a-9e8f-7a6b5c4d3e2f", input(), now)).toBe(false);
  });

  it("staff have no reflection functions in the portal", async () => {
    await expect(listQuestionLibrary(world.consultantA)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(getOwnReflection(world.admin, "6f1c2f0e-1d2b-4c3a-9e8f-7a6b5c4d3e2f")).rejects.toBeInstanceOf(AuthorizationError);
  });
});
