import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import type { CurrentUser } from "@/lib/auth/dal";
import { AuthorizationError } from "@/lib/auth/errors";
import { applications, interviewQuestions, interviews, reflections } from "@/lib/db/schema/journey";
import { auditLog } from "@/lib/db/schema/privacy";
import { getCandidateDetail } from "./candidate-detail";

const now = new Date("2026-11-09T12:00:00Z");
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
let interviewA: string;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
  [{ id: interviewA }] = (await testDb.db.select({ id: interviews.id }).from(interviews).where(eq(interviews.applicationId, world.applicationA.id))) as [{ id: string }];
  await testDb.db.insert(reflections).values({ interviewId: interviewA, candidateId: world.candidateA.id, rapport: 4, wentWell: "Rapport with the panel", stillWant: "yes" });
  await testDb.db.insert(interviewQuestions).values({ interviewId: interviewA, candidateId: world.candidateA.id, question: "Why this role?", howItWent: 2 });
});
afterAll(() => testDb.dispose());

const views = (actor: CurrentUser) =>
  testDb.db.select().from(auditLog).where(and(eq(auditLog.actorId, actor.id), eq(auditLog.action, "view")));
const shareReflection = (shared: boolean) =>
  testDb.db.update(interviews).set({ reflectionShared: shared }).where(eq(interviews.id, interviewA));

describe("getCandidateDetail: who sees candidate A", () => {
  it("shows the assigned consultant A's agency application, interview and plan, and logs one view", async () => {
    const before = (await views(world.consultantA)).length;
    const detail = (await getCandidateDetail(world.consultantA, world.candidateA.id, now))!;
    expect(detail.candidate).toEqual({ id: world.candidateA.id, name: "Candidate A", email: "candidate-a@world.test", timeZone: "Europe/London" });
    expect(detail.applications).toHaveLength(1);
    expect(detail.applications[0]).toMatchObject({ company: "Alpha Ltd", role: "Analyst", source: "agency", stage: "interviewing" });
    expect(detail.applications[0]!.interviews.map((round) => [round.id, round.round, round.format])).toEqual([[interviewA, 1, "video"]]);
    const logged = await views(world.consultantA);
    expect(logged).toHaveLength(before + 1);
    expect(logged.at(-1)).toMatchObject({ candidateId: world.candidateA.id, entity: "candidate", entityId: world.candidateA.id, at: now });
  });

  it("shows an admin the same, logged under the admin", async () => {
    const detail = (await getCandidateDetail(world.admin, world.candidateA.id, now))!;
    expect(detail.applications.map((application) => application.company)).toEqual(["Alpha Ltd"]);
    expect((await views(world.admin)).map((row) => row.candidateId)).toContain(world.candidateA.id);
  });

  it("gives consultant B nothing, as if candidate A did not exist, and logs nothing", async () => {
    expect(await getCandidateDetail(world.consultantB, world.candidateA.id, now)).toBeNull();
    expect(await getCandidateDetail(world.consultantB, "00000000-0000-4000-8000-000000000000", now)).toBeNull();
    // Staff are not candidates: an id of a consultant is not a candidate page either.
    expect(await getCandidateDetail(world.admin, world.consultantA.id, now)).toBeNull();
    expect(await views(world.consultantB)).toEqual([]);
  });

  it("refuses a candidate, even about themself, and logs nothing", async () => {
    await expect(getCandidateDetail(world.candidateA, world.candidateA.id, now)).rejects.toBeInstanceOf(AuthorizationError);
    expect(await testDb.db.select().from(auditLog).where(eq(auditLog.actorId, world.candidateA.id))).toEqual([]);
  });
});

describe("getCandidateDetail: debriefs", () => {
  const debriefOf = async (caller: CurrentUser) =>
    (await getCandidateDetail(caller, world.candidateA.id, now))!.applications[0]!.interviews[0]!.debrief;

  it("never shows a reflection the candidate kept private", async () => {
    await shareReflection(false);
    expect(await debriefOf(world.consultantA)).toBeNull();
    expect(await debriefOf(world.admin)).toBeNull();
  });

  it("shows a shared one with its questions, and hides it again on the next call once the share is revoked", async () => {
    await shareReflection(true);
    expect(await debriefOf(world.consultantA)).toMatchObject({
      rapport: 4,
      wentWell: "Rapport with the panel",
      stillWant: "yes",
      questions: [{ question: "Why this role?", howItWent: 2, notes: null }],
    });
    await shareReflection(false);
    expect(await debriefOf(world.consultantA)).toBeNull();
  });
});

describe("getCandidateDetail: direct applications", () => {
  it("never shows a direct application the candidate has not shared, even with a shared reflection; shows it once shared", async () => {
    const [direct] = await testDb.db
      .insert(applications)
      .values({ candidateId: world.candidateA.id, company: "Private Ltd", role: "Analyst", source: "direct", stage: "interviewing" })
      .returning();
    const [round] = await testDb.db
      .insert(interviews)
      .values({ applicationId: direct!.id, candidateId: world.candidateA.id, startsAt: now, format: "phone", reflectionShared: true })
      .returning();
    await testDb.db.insert(reflections).values({ interviewId: round!.id, candidateId: world.candidateA.id, wentWell: "Private thoughts" });

    const companies = async () => (await getCandidateDetail(world.consultantA, world.candidateA.id, now))!.applications.map((a) => a.company);
    expect(await companies()).toEqual(["Alpha Ltd"]);
    expect(JSON.stringify(await getCandidateDetail(world.admin, world.candidateA.id, now))).not.toContain("Private");

    await testDb.db.update(applications).set({ sharedWithAgency: true }).where(eq(applications.id, direct!.id));
    expect((await companies()).sort()).toEqual(["Alpha Ltd", "Private Ltd"]);
    await testDb.db.update(applications).set({ sharedWithAgency: false }).where(eq(applications.id, direct!.id));
    expect(await companies()).toEqual(["Alpha Ltd"]);
  });
});
