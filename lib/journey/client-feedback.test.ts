import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { AuthorizationError } from "@/lib/auth/errors";
import { clientFeedback, interviews } from "@/lib/db/schema/journey";
import { auditLog } from "@/lib/db/schema/privacy";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { listOwnClientFeedback, listOwnRecentClientFeedback } from "@/lib/portal/client-feedback";
import { getCandidateDetail } from "@/lib/staff/candidate-detail";
import { recordClientFeedback } from "./client-feedback";

const now = new Date("2026-11-11T15:30:00Z");
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
let interviewA: string;
let interviewB: string;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
  const roundOf = async (applicationId: string) =>
    (await testDb.db.select({ id: interviews.id }).from(interviews).where(eq(interviews.applicationId, applicationId)))[0]!.id;
  interviewA = await roundOf(world.applicationA.id);
  interviewB = await roundOf(world.applicationB.id);
});
afterAll(() => testDb.dispose());

const counts = async () => ({
  feedback: (await testDb.db.select({ n: count() }).from(clientFeedback))[0]!.n,
  audit: (await testDb.db.select({ n: count() }).from(auditLog))[0]!.n,
});

describe("recordClientFeedback", () => {
  it("records consultant A's note on candidate A's interview, with an audit line, and candidate A sees who wrote it and when", async () => {
    const recorded = (await recordClientFeedback(world.consultantA, interviewA, { body: "Strong on SQL; wants more on stakeholder work." }, now))!;
    expect(recorded).toMatchObject({ candidateId: world.candidateA.id, interviewId: interviewA });

    expect(await listOwnClientFeedback(world.candidateA, interviewA)).toEqual([
      { id: recorded.id, body: "Strong on SQL; wants more on stakeholder work.", recordedBy: "Consultant A", recordedAt: now },
    ]);
    const [audit] = await testDb.db.select().from(auditLog).where(eq(auditLog.entityId, recorded.id));
    expect(audit).toMatchObject({ actorId: world.consultantA.id, candidateId: world.candidateA.id, action: "create", entity: "client_feedback", at: now });

    // The candidate hears at once: one email, and news on their dashboard.
    const mail = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, `client-feedback:${recorded.id}`));
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ recipient: "candidate-a@world.test", replyTo: "consultant-a@world.test", template: "client-feedback" });
    expect(mail[0]!.text).toContain("Strong on SQL; wants more on stakeholder work.");
    expect((await listOwnRecentClientFeedback(world.candidateA, now)).map((note) => note.id)).toEqual([recorded.id]);
    expect(await listOwnRecentClientFeedback(world.candidateB, now)).toEqual([]);
    expect(await listOwnRecentClientFeedback(world.candidateA, new Date(now.getTime() + 15 * 86_400_000))).toEqual([]);

    const staffView = (await getCandidateDetail(world.admin, world.candidateA.id, now))!.applications[0]!.interviews[0]!.feedback;
    expect(staffView.map((note) => [note.body, note.recordedBy])).toEqual([["Strong on SQL; wants more on stakeholder work.", "Consultant A"]]);
  });

  it("shows the note nowhere for candidate B or consultant B", async () => {
    expect(await listOwnClientFeedback(world.candidateB, interviewA)).toEqual([]);
    expect(await listOwnClientFeedback(world.candidateB, interviewB)).toEqual([]);
    expect(await getCandidateDetail(world.consultantB, world.candidateA.id, now)).toBeNull();
    const ownPage = await getCandidateDetail(world.consultantB, world.candidateB.id, now);
    expect(JSON.stringify(ownPage)).not.toContain("Strong on SQL");
  });

  it("refuses consultant B on candidate A's interview and writes nothing, not even an audit line", async () => {
    const before = await counts();
    expect(await recordClientFeedback(world.consultantB, interviewA, { body: "Sneaky note" }, now)).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it("refuses feedback on a direct interview the candidate has not shared, even their own consultant's", async () => {
    const before = await counts();
    expect(await recordClientFeedback(world.consultantB, interviewB, { body: "Heard from Beta" }, now)).toBeNull();
    expect(await recordClientFeedback(world.admin, interviewB, { body: "Heard from Beta" }, now)).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it("refuses candidates outright", async () => {
    const before = await counts();
    await expect(recordClientFeedback(world.candidateA, interviewA, { body: "Praise for myself" }, now)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(listOwnClientFeedback(world.consultantA, interviewA)).rejects.toBeInstanceOf(AuthorizationError);
    expect(await counts()).toEqual(before);
  });
});
