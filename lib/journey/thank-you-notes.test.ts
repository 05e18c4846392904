import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, like } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applicationInput, createTwoCandidateWorld, interviewInput } from "@/test/fixtures";
import { AuthorizationError } from "@/lib/auth/errors";
import type { CurrentUser } from "@/lib/auth/dal";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { applications, interviewQuestions, planSteps, reflections, thankYouNotes } from "@/lib/db/schema/journey";
import { createApplication } from "./applications";
import { createInterview, getOwnInterview } from "./interviews";
import { applicationInputSchema, interviewInputSchema } from "./schemas";
import { handToConsultant, listOwnThankYouNotes, saveThankYouDraft, sendThankYouNote } from "./thank-you-notes";

const now = new Date("2026-11-09T12:00:00Z");
const sentAt = new Date("2026-11-10T15:00:00Z");
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
});
afterAll(() => testDb.dispose());

const panel = [
  { name: "Jo Evans", title: "Head of Data", email: "jo@harbour.example" },
  { name: "Raj Patel", title: "Analyst" },
];

async function newInterview(caller: CurrentUser, source: "agency" | "direct", welcomes = false) {
  const applicationId = await createApplication(
    caller,
    applicationInputSchema.parse({ company: "Harbour Lane Foods", role: "Data Analyst", source }),
    now,
  );
  if (welcomes) await testDb.db.update(applications).set({ clientWelcomesDirectNotes: true }).where(eq(applications.id, applicationId));
  const interviewId = (await createInterview(
    caller,
    interviewInputSchema.parse({
      applicationId,
      round: "1",
      date: "2026-11-10",
      time: "10:00",
      timeZone: "Europe/London",
      durationMinutes: "60",
      format: "video",
      timelineKind: "none",
      interviewers: panel,
    }),
    now,
  ))!;
  const people = (await getOwnInterview(caller, interviewId))!.interviewers;
  return { interviewId, jo: people.find((p) => p.name === "Jo Evans")!.id, raj: people.find((p) => p.name === "Raj Patel")!.id };
}

const text = { subject: "Thank you", body: "Dear Jo,\n\nThank you for your time.\n\nBest wishes,\nCandidate A" };

async function thanksStep(interviewId: string) {
  const [step] = await testDb.db.select().from(planSteps).where(and(eq(planSteps.interviewId, interviewId), eq(planSteps.kind, "thanks")));
  return step!;
}

async function outboxFor(noteId: string) {
  return testDb.db.select().from(emailOutbox).where(like(emailOutbox.idempotencyKey, `thank-you:${noteId}%`));
}

describe("thank-you notes for a direct application", () => {
  it("offers a prefilled draft per interviewer from the reflection, before anything is stored", async () => {
    const { interviewId, jo } = await newInterview(world.candidateA, "direct");
    await testDb.db.insert(reflections).values({ interviewId, candidateId: world.candidateA.id, wentWell: "My example about reporting went down well" });
    await testDb.db.insert(interviewQuestions).values({ interviewId, candidateId: world.candidateA.id, question: "Why us?", howItWent: 3 });

    const list = (await listOwnThankYouNotes(world.candidateA, interviewId))!;
    expect(list.viaConsultant).toBe(false);
    expect(list.notes.map((n) => [n.recipientName, n.state, n.noteId, n.canSend])).toEqual([
      ["Jo Evans", "draft", null, true],
      ["Raj Patel", "draft", null, false],
    ]);
    const first = list.notes[0]!;
    expect(first.interviewerId).toBe(jo);
    expect(first.body).toMatch(/^Dear Jo Evans,/);
    expect(first.body).toContain("my example about reporting went down well");
    expect(first.body).toContain("Candidate A");
    expect(await testDb.db.select().from(thankYouNotes).where(eq(thankYouNotes.interviewId, interviewId))).toEqual([]);
  });

  it("saves and re-saves a draft, which then lists as stored", async () => {
    const { interviewId, jo } = await newInterview(world.candidateA, "direct");
    expect(await saveThankYouDraft(world.candidateA, interviewId, jo, { subject: "First", body: "One" }, now)).toBe("saved");
    expect(await saveThankYouDraft(world.candidateA, interviewId, jo, text, now)).toBe("saved");
    const rows = await testDb.db.select().from(thankYouNotes).where(eq(thankYouNotes.interviewId, interviewId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ...text, state: "draft", sentAt: null, interviewerId: jo });
    const note = (await listOwnThankYouNotes(world.candidateA, interviewId))!.notes.find((n) => n.interviewerId === jo)!;
    expect(note).toMatchObject({ noteId: rows[0]!.id, ...text });
  });

  it("completes the thanks step when the last interviewer is thanked", async () => {
    const applicationId = await createApplication(world.candidateA, applicationInput({ source: "direct" }), now);
    const emailed = [panel[0]!, { name: "Raj Patel", email: "raj@harbour.example" }];
    const interviewId = (await createInterview(world.candidateA, interviewInput(applicationId, { timelineKind: "none", interviewers: emailed }), now))!;
    const people = (await getOwnInterview(world.candidateA, interviewId))!.interviewers;
    const later = new Date(sentAt.getTime() + 60_000);
    for (const [person, at] of [[people[0]!, sentAt], [people[1]!, later]] as const) {
      await saveThankYouDraft(world.candidateA, interviewId, person.id, text, now);
      expect(await sendThankYouNote(world.candidateA, interviewId, person.id, at)).toBe("sent");
    }
    expect(await thanksStep(interviewId)).toMatchObject({ state: "done", completedAt: later });
  });

  it("sends once to the interviewer, reply-to the candidate, with a copy to the candidate; the step waits for the other interviewer", async () => {
    const { interviewId, jo } = await newInterview(world.candidateA, "direct");
    await saveThankYouDraft(world.candidateA, interviewId, jo, text, now);
    expect(await sendThankYouNote(world.candidateA, interviewId, jo, sentAt)).toBe("sent");
    // A double click: nothing more goes out.
    expect(await sendThankYouNote(world.candidateA, interviewId, jo, sentAt)).toBe("already_done");

    const [note] = await testDb.db.select().from(thankYouNotes).where(eq(thankYouNotes.interviewId, interviewId));
    expect(note).toMatchObject({ state: "sent", sentAt });
    const mail = await outboxFor(note!.id);
    expect(mail).toHaveLength(2);
    const toInterviewer = mail.find((m) => m.idempotencyKey === `thank-you:${note!.id}`)!;
    expect(toInterviewer).toMatchObject({ recipient: "jo@harbour.example", replyTo: "candidate-a@world.test", subject: "Thank you", state: "sent" });
    expect(toInterviewer.text).toContain("Thank you for your time.");
    expect(toInterviewer.html).toContain("Thank you for your time.");
    const copy = mail.find((m) => m.idempotencyKey === `thank-you:${note!.id}:copy`)!;
    expect(copy).toMatchObject({ recipient: "candidate-a@world.test", subject: "Your copy: Thank you" });
    expect(copy.text).toContain("jo@harbour.example");
    // One of two interviewers thanked: the step waits for Raj.
    expect(await thanksStep(interviewId)).toMatchObject({ state: "pending", completedAt: null });

    // What was sent stays as sent.
    expect(await saveThankYouDraft(world.candidateA, interviewId, jo, { subject: "Changed", body: "Changed" }, now)).toBe("locked");
    const [after] = await testDb.db.select().from(thankYouNotes).where(eq(thankYouNotes.id, note!.id));
    expect(after).toMatchObject({ subject: "Thank you", state: "sent" });
  });

  it("sends once even when two clicks arrive together", async () => {
    const { interviewId, jo } = await newInterview(world.candidateA, "direct");
    await saveThankYouDraft(world.candidateA, interviewId, jo, text, now);
    const outcomes = await Promise.all([
      sendThankYouNote(world.candidateA, interviewId, jo, sentAt),
      sendThankYouNote(world.candidateA, interviewId, jo, sentAt),
    ]);
    expect(outcomes.every((outcome) => outcome === "sent" || outcome === "already_done")).toBe(true);
    const [note] = await testDb.db.select().from(thankYouNotes).where(eq(thankYouNotes.interviewId, interviewId));
    expect((await outboxFor(note!.id)).map((m) => m.recipient).sort()).toEqual(["candidate-a@world.test", "jo@harbour.example"]);
  });

  it("lays the note out as paragraphs, with the sign-off and name together, and says how to reply", async () => {
    const { interviewId, jo } = await newInterview(world.candidateA, "direct");
    await saveThankYouDraft(world.candidateA, interviewId, jo, text, now);
    await sendThankYouNote(world.candidateA, interviewId, jo, sentAt);
    const [note] = await testDb.db.select().from(thankYouNotes).where(eq(thankYouNotes.interviewId, interviewId));
    const [mail] = (await outboxFor(note!.id)).filter((m) => m.recipient === "jo@harbour.example");
    expect(mail!.html).toMatch(/<p[^>]*>(<span>)?Dear Jo,/);
    expect(mail!.html).toMatch(/Best wishes,(<\/span>)?(<span>)?<br\/?>(<\/span>)?(<span>)?Candidate A/);
    expect(mail!.text).toContain("Reply to this email to reach Candidate A directly.");
    expect(mail!.text.toLowerCase()).not.toContain("unsubscribe");
  });

  it("refuses to send without an address or a saved draft, and writes no email", async () => {
    const { interviewId, jo, raj } = await newInterview(world.candidateA, "direct");
    expect(await sendThankYouNote(world.candidateA, interviewId, jo, sentAt)).toBe("no_draft");
    await saveThankYouDraft(world.candidateA, interviewId, raj, text, now);
    expect(await sendThankYouNote(world.candidateA, interviewId, raj, sentAt)).toBe("no_email");
    const [note] = await testDb.db.select().from(thankYouNotes).where(eq(thankYouNotes.interviewId, interviewId));
    expect(await outboxFor(note!.id)).toEqual([]);
    expect(note!.state).toBe("draft");
    expect((await thanksStep(interviewId)).state).toBe("pending");
  });

  it("is not handed to a consultant", async () => {
    const { interviewId } = await newInterview(world.candidateA, "direct");
    expect(await handToConsultant(world.candidateA, interviewId, sentAt)).toBe("not_agency");
  });
});

describe("thank-you notes for an agency interview", () => {
  it("is one note to the consultant, thanking every interviewer, handed over rather than sent", async () => {
    const { interviewId, jo } = await newInterview(world.candidateA, "agency");
    const list = (await listOwnThankYouNotes(world.candidateA, interviewId))!;
    expect(list.viaConsultant).toBe(true);
    expect(list.notes).toHaveLength(1);
    expect(list.notes[0]).toMatchObject({ interviewerId: null, recipientName: "Consultant A", recipientEmail: "consultant-a@world.test", canSend: false });
    expect(list.notes[0]!.body).toContain("pass on my thanks to Jo Evans and Raj Patel");

    expect(await saveThankYouDraft(world.candidateA, interviewId, jo, text, now)).toBeNull();
    expect(await handToConsultant(world.candidateA, interviewId, sentAt)).toBe("no_draft");
    expect(await saveThankYouDraft(world.candidateA, interviewId, null, text, now)).toBe("saved");
    expect(await saveThankYouDraft(world.candidateA, interviewId, null, { ...text, subject: "Again" }, now)).toBe("saved");
    expect(await sendThankYouNote(world.candidateA, interviewId, jo, sentAt)).toBe("not_direct");
    expect(await handToConsultant(world.candidateA, interviewId, sentAt)).toBe("handed");
    expect(await handToConsultant(world.candidateA, interviewId, sentAt)).toBe("already_done");

    const rows = await testDb.db.select().from(thankYouNotes).where(eq(thankYouNotes.interviewId, interviewId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ interviewerId: null, subject: "Again", state: "handed_to_consultant", sentAt });
    expect(await outboxFor(rows[0]!.id)).toEqual([]);
    expect(await thanksStep(interviewId)).toMatchObject({ state: "done", completedAt: sentAt });
  });

  it("writes to each interviewer when the client welcomes direct notes", async () => {
    const { interviewId, jo } = await newInterview(world.candidateA, "agency", true);
    const list = (await listOwnThankYouNotes(world.candidateA, interviewId))!;
    expect(list.viaConsultant).toBe(false);
    expect(list.notes.map((n) => n.interviewerId)).toContain(jo);
    await saveThankYouDraft(world.candidateA, interviewId, jo, text, now);
    expect(await sendThankYouNote(world.candidateA, interviewId, jo, sentAt)).toBe("sent");
    expect(await handToConsultant(world.candidateA, interviewId, sentAt)).toBe("not_agency");
  });
});

describe("another candidate", () => {
  it("cannot list, save, send or hand over someone else's notes, and nothing changes", async () => {
    const direct = await newInterview(world.candidateA, "direct");
    const agency = await newInterview(world.candidateA, "agency");
    await saveThankYouDraft(world.candidateA, direct.interviewId, direct.jo, text, now);
    await saveThankYouDraft(world.candidateA, agency.interviewId, null, text, now);
    const before = await testDb.db.select().from(thankYouNotes);
    const mailBefore = await testDb.db.select().from(emailOutbox);
    const b = world.candidateB;
    const own = await newInterview(b, "direct");

    expect(await listOwnThankYouNotes(b, direct.interviewId)).toBeNull();
    expect(await saveThankYouDraft(b, direct.interviewId, direct.jo, { subject: "Hijack", body: "Hijack" }, now)).toBeNull();
    expect(await saveThankYouDraft(b, agency.interviewId, null, { subject: "Hijack", body: "Hijack" }, now)).toBeNull();
    // Their own interview with someone else's interviewer is no better.
    expect(await saveThankYouDraft(b, own.interviewId, direct.jo, { subject: "Hijack", body: "Hijack" }, now)).toBeNull();
    expect(await sendThankYouNote(b, direct.interviewId, direct.jo, sentAt)).toBeNull();
    expect(await sendThankYouNote(b, own.interviewId, direct.jo, sentAt)).toBeNull();
    expect(await handToConsultant(b, agency.interviewId, sentAt)).toBeNull();

    expect(await testDb.db.select().from(thankYouNotes)).toEqual(before);
    expect(await testDb.db.select().from(emailOutbox)).toEqual(mailBefore);
    expect((await thanksStep(direct.interviewId)).state).toBe("pending");
    expect((await thanksStep(agency.interviewId)).state).toBe("pending");
  });

  it("staff have no portal notes", async () => {
    const { interviewId } = await newInterview(world.candidateA, "direct");
    await expect(listOwnThankYouNotes(world.consultantA, interviewId)).rejects.toBeInstanceOf(AuthorizationError);
  });
});
