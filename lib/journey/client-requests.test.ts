import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applicationInput, createTwoCandidateWorld, interviewInput } from "@/test/fixtures";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { applications, clientFeedback, interviews, planSteps, timelineSlips } from "@/lib/db/schema/journey";
import { clientAnswers, clientFeedbackRequests } from "@/lib/db/schema/client";
import { auditLog } from "@/lib/db/schema/privacy";
import { createApplication, updateApplication } from "./applications";
import { assignCandidate } from "@/lib/admin/assignments";
import { createInterview } from "./interviews";
import { sendClientFeedbackRequest, sendClientFeedbackRequestToInterviewer } from "./client-requests";
import { interviewers } from "@/lib/db/schema/journey";
import { answerClientRequest, readClientRequest, stopClientRequests } from "./client-answers";
import { reviewClientAnswer } from "./client-answer-review";
import { listNeedsAttention } from "@/lib/staff/needs-attention";
import { listAuditLog } from "@/lib/admin/audit-log";
import { auditFilterSchema } from "@/lib/admin/audit-log-schema";
import { describeAuditEntry } from "@/lib/admin/describe-audit-entry";
import { clientAnswerTimes } from "@/lib/staff/client-answer-metrics";

const now = new Date("2026-11-12T09:00:00Z");
const later = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
let interviewId: string;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
  const applicationId = await createApplication(world.candidateA, applicationInput({ source: "agency", company: "Northgate Homes Trust", role: "Housing Officer" }), now);
  interviewId = (await createInterview(world.candidateA, interviewInput(applicationId), now))!;
});
afterAll(() => testDb.dispose());

const contact = { contactName: "Jo Evans", contactEmail: "jo.evans@northgate.test", contactRole: "Head of Housing" };
const requestMail = (recipient: string) =>
  testDb.db.select().from(emailOutbox).where(and(eq(emailOutbox.recipient, recipient), eq(emailOutbox.template, "client-feedback-request"))).orderBy(asc(emailOutbox.createdAt));
const tokenIn = (text: string) => /\/client\/feedback\/([A-Za-z0-9_-]{43})/.exec(text)![1]!;
const answersToReview = async (consultant: typeof world.consultantA) =>
  (await listNeedsAttention(testDb.db, { id: consultant.id, role: consultant.role, timeZone: "Europe/London" }, later(20))).filter(
    (item) => item.reason === "Northgate Homes Trust answered about Candidate A: review it",
  ).length;
const followUpDue = async () =>
  (await testDb.db.select({ dueAt: planSteps.dueAt }).from(planSteps).where(and(eq(planSteps.interviewId, interviewId), eq(planSteps.kind, "follow_up_1"))))[0]?.dueAt ?? null;

describe("a consultant asks the client", () => {
  let token: string;

  it("emails the client a link for this interview, reply-to the consultant, and keeps only the token's hash", async () => {
    expect(await sendClientFeedbackRequest(world.consultantA, { interviewId, ...contact }, now)).toEqual({ status: "sent", contactName: "Jo Evans" });
    const [mail] = await requestMail(contact.contactEmail);
    expect(mail).toMatchObject({ replyTo: "consultant-a@world.test", subject: "Candidate's interview for Housing Officer: a minute for your answer?" });
    token = tokenIn(mail!.text);
    const [stored] = await testDb.db.select().from(clientFeedbackRequests);
    expect(stored!.tokenHash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);
    const [application] = await testDb.db.select().from(applications).where(eq(applications.company, "Northgate Homes Trust"));
    expect(application).toMatchObject({ clientContactName: "Jo Evans", clientContactEmail: "jo.evans@northgate.test", clientContactRole: "Head of Housing" });
  });

  it("is refused for a consultant who may not see the interview, and for a direct application", async () => {
    expect(await sendClientFeedbackRequest(world.consultantB, { interviewId, ...contact }, now)).toEqual({ status: "not_found" });
    const direct = await createApplication(world.candidateA, applicationInput({ source: "direct", sharedWithAgency: "on" }), now);
    const directInterview = (await createInterview(world.candidateA, interviewInput(direct), now))!;
    expect(await sendClientFeedbackRequest(world.consultantA, { interviewId: directInterview, ...contact, contactEmail: "other@client.test" }, now)).toMatchObject({
      status: expect.stringMatching(/not_agency|not_found/),
    });
  });

  it("shows the client the role, the candidate's first name and the day, and nothing that reaches the candidate", async () => {
    const view = await readClientRequest(token, later(1));
    expect(view).toMatchObject({ state: "open", candidateFirstName: "Candidate", role: "Housing Officer", company: "Northgate Homes Trust", interviewDay: "Tuesday 10 November 2026" });
    expect(JSON.stringify(view)).not.toContain("candidate-a@world.test");
    expect(await readClientRequest("x".repeat(43), later(1))).toEqual({ state: "unknown" });
    const audited = await testDb.db.select().from(auditLog).where(eq(auditLog.entity, "client_feedback_request"));
    expect(audited.some((row) => row.action === "view" && row.actorId === null && row.details?.byClient)).toBe(true);
  });

  it("takes an answer in one go: a new decision date re-plans the follow-ups as the client's, and the consultant is emailed", async () => {
    const before = await followUpDue();
    const answered = await answerClientRequest(
      token,
      { status: "still_deciding", decideBy: "2027-01-15", feedbackForCandidate: "Thoughtful answers on voids.", noteForConsultant: "Salary a little high." },
      later(2),
    );
    expect(answered).toEqual({ status: "recorded", replanned: true });
    const [slip] = await testDb.db.select().from(timelineSlips).where(eq(timelineSlips.interviewId, interviewId));
    expect(slip).toMatchObject({ source: "client", previousDate: "2026-12-08", newDate: "2027-01-15" });
    const [interview] = await testDb.db.select().from(interviews).where(eq(interviews.id, interviewId));
    expect(interview).toMatchObject({ timelineKind: "date", timelineDate: "2027-01-15" });
    expect((await followUpDue())!.getTime()).toBeGreaterThan(before!.getTime());
    const told = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.template, "client-answered"));
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ recipient: "consultant-a@world.test", subject: "Jo Evans at Northgate Homes Trust answered about Candidate A" });
    expect(told[0]!.text).toContain("Salary a little high.");
    // Nothing reaches the candidate until the consultant releases it.
    expect(await testDb.db.select().from(clientFeedback)).toHaveLength(0);

    // The same date again is no slip; each answer is kept.
    expect(await answerClientRequest(token, { status: "offer_coming", decideBy: "2027-01-15", feedbackForCandidate: null, noteForConsultant: null }, later(3))).toEqual({
      status: "recorded",
      replanned: false,
    });
    expect(await testDb.db.select().from(timelineSlips).where(eq(timelineSlips.interviewId, interviewId))).toHaveLength(1);
    expect(await testDb.db.select().from(clientAnswers)).toHaveLength(2);
    // One item, for the newest answer: the client's word now.
    expect(await answersToReview(world.consultantA)).toBe(1);
    expect(await answersToReview(world.consultantB)).toBe(0);
  });

  it("reaches the candidate only when the consultant releases it, as edited, once", async () => {
    const [first] = await testDb.db.select().from(clientAnswers).orderBy(asc(clientAnswers.createdAt)).limit(1);
    const release = { answerId: first!.id, decision: "release" as const, body: "They liked your answers on empty homes." };
    expect(await reviewClientAnswer(world.consultantB, release, later(4))).toBe("not_found");
    expect(await reviewClientAnswer(world.consultantA, release, later(4))).toBe("released");
    expect(await reviewClientAnswer(world.consultantA, release, later(5))).toBe("already_reviewed");
    const passed = await testDb.db.select().from(clientFeedback);
    expect(passed.map((row) => row.body)).toEqual(["They liked your answers on empty homes."]);
    const mail = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.template, "client-feedback"));
    expect(mail.map((row) => row.recipient)).toEqual(["candidate-a@world.test"]);
    expect(await answersToReview(world.consultantA)).toBe(1);
  });

  it("stops the old link when the consultant asks again, after 30 days, and for good when the client opts out", async () => {
    const old = token;
    expect(await sendClientFeedbackRequest(world.consultantA, { interviewId, ...contact }, later(6))).toMatchObject({ status: "sent" });
    const fresh = tokenIn((await requestMail(contact.contactEmail)).at(-1)!.text);
    expect(fresh).not.toBe(old);
    const answer = { status: "on_hold" as const, decideBy: undefined, feedbackForCandidate: null, noteForConsultant: null };
    expect(await answerClientRequest(old, answer, later(7))).toEqual({ status: "replaced" });
    expect(await answerClientRequest(fresh, answer, later(31 * 24))).toEqual({ status: "expired" });
    expect(await stopClientRequests(fresh, later(8))).toBe("stopped");
    expect(await answerClientRequest(fresh, answer, later(9))).toEqual({ status: "opted_out" });
    expect(await sendClientFeedbackRequest(world.consultantA, { interviewId, ...contact }, later(10))).toEqual({ status: "opted_out" });
  });

  it("audits what the consultant and the client did, in sentences, the client's marked as theirs", async () => {
    const { entries } = await listAuditLog(world.admin, auditFilterSchema.parse({ candidate: world.candidateA.id }));
    const lines = entries.map((entry) => `${entry.byClient ? "client" : (entry.actor?.name ?? "?")}: ${describeAuditEntry(entry)}`);
    const round = "round 1 of Northgate Homes Trust, Housing Officer";
    expect(lines).toEqual(
      expect.arrayContaining([
        `Consultant A: Asked the client for feedback on ${round}`,
        `client: Opened the feedback request about ${round}`,
        `client: Answered the feedback request about ${round}`,
        `Consultant A: Reviewed the client's answer about ${round}`,
        "client: Stopped feedback requests to their address",
      ]),
    );
  });

  it("counts days from the interview to the client's first answer, per consultant and per company", async () => {
    const times = await clientAnswerTimes(world.admin, { now: later(30) });
    // Interviewed Tuesday 10 November at 10:00; first answered 12 November at 11:00 UTC: two days.
    // Asked twice about one interview: one question, answered.
    expect(times.byCompany).toEqual([{ name: "Northgate Homes Trust", requests: 1, answered: 1, medianDays: 2 }]);
    expect(times.byConsultant).toEqual([{ name: "Consultant A", requests: 1, answered: 1, medianDays: 2 }]);
    expect(await clientAnswerTimes(world.consultantB, { now: later(30) })).toEqual({ byConsultant: [], byCompany: [] });
  });

  it("can ask one of the round's interviewers, who becomes the client contact, and no one from another round", async () => {
    const [interviewer] = await testDb.db.select().from(interviewers).where(eq(interviewers.interviewId, interviewId));
    expect(await sendClientFeedbackRequestToInterviewer(world.consultantA, { interviewId, interviewerId: interviewer!.id }, later(13))).toEqual({ status: "sent", contactName: "Jo Evans" });
    const [application] = await testDb.db.select().from(applications).where(eq(applications.company, "Northgate Homes Trust"));
    expect(application).toMatchObject({ clientContactName: "Jo Evans", clientContactEmail: "jo@example.com" });
    expect(await requestMail("jo@example.com")).toHaveLength(1);
    // An interviewer from another round is not this round's to ask.
    const [round] = await testDb.db.select({ applicationId: interviews.applicationId }).from(interviews).where(eq(interviews.id, interviewId));
    const second = (await createInterview(world.candidateA, interviewInput(round!.applicationId, { round: "2", interviewers: [{ name: "Sam Lee", email: "sam@northgate.test" }] }), later(13)))!;
    const [elsewhere] = await testDb.db.select().from(interviewers).where(eq(interviewers.interviewId, second));
    expect(await sendClientFeedbackRequestToInterviewer(world.consultantA, { interviewId, interviewerId: elsewhere!.id }, later(13))).toEqual({ status: "not_found" });
    expect(await sendClientFeedbackRequestToInterviewer(world.consultantB, { interviewId, interviewerId: interviewer!.id }, later(13))).toEqual({ status: "not_found" });
  });

  it("limits requests to one client address to three a day, whoever asks", async () => {
    const address = { ...contact, contactEmail: "busy@client.test" };
    const results = [];
    for (let i = 0; i < 4; i++) results.push((await sendClientFeedbackRequest(world.consultantA, { interviewId, ...address }, later(11))).status);
    expect(results).toEqual(["sent", "sent", "sent", "rate_limited"]);
    // Another consultant's refused attempts are not charged to it.
    const other = { ...contact, contactEmail: "quiet@client.test" };
    for (let i = 0; i < 4; i++) expect((await sendClientFeedbackRequest(world.consultantB, { interviewId, ...other }, later(12))).status).toBe("not_found");
    expect((await sendClientFeedbackRequest(world.consultantA, { interviewId, ...other }, later(12))).status).toBe("sent");
  });

  it("sends the answer to whoever looks after the candidate now, refuses a date before the interview, and closes when the application is no longer the agency's", async () => {
    const applicationId = await createApplication(world.candidateA, applicationInput({ source: "agency", company: "Moorside Care" }), later(14));
    const round = (await createInterview(world.candidateA, interviewInput(applicationId), later(14)))!;
    await sendClientFeedbackRequest(world.consultantA, { interviewId: round, contactName: "Kim Lowe", contactEmail: "kim@moorside.test", contactRole: null }, later(14));
    const token = tokenIn((await requestMail("kim@moorside.test"))[0]!.text);
    // The candidate moves to consultant B: the answer, and its private note, go to B alone.
    await assignCandidate(world.admin, { candidateId: world.candidateA.id, consultantId: world.consultantB.id }, later(15));
    const answer = { status: "still_deciding" as const, decideBy: undefined, feedbackForCandidate: null, noteForConsultant: "For the consultant only." };
    expect(await answerClientRequest(token, { ...answer, decideBy: "2026-11-01" }, later(16))).toMatchObject({ status: "bad_date" });
    expect(await answerClientRequest(token, answer, later(16))).toMatchObject({ status: "recorded" });
    const told = (await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.template, "client-answered"))).filter((mail) => mail.subject.startsWith("Kim Lowe"));
    expect(told.map((mail) => mail.recipient)).toEqual(["consultant-b@world.test"]);
    expect((await readClientRequest(token, later(16))).state === "open" && (await readClientRequest(token, later(16)))).toMatchObject({ consultant: { name: "Consultant B" } });
    // Made a direct application, the link takes no more answers.
    await updateApplication(world.candidateA, applicationId, applicationInput({ source: "direct", company: "Moorside Care" }), later(17));
    expect(await answerClientRequest(token, answer, later(18))).toEqual({ status: "closed" });
  });
});
