import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { AuthorizationError } from "@/lib/auth/errors";
import type { CurrentUser } from "@/lib/auth/dal";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { applications, interviewQuestions, planSteps, reflections, thankYouNotes } from "@/lib/db/schema/journey";
import { createApplication } from "./applications";
import { createInterview, getOwnInterview } from "./interviews";
import { applicationInputSchema, interviewInputSchema } from "./schemas";
import { handToConsultant, listOwnThankYouNotes, markThankYouSent, saveThankYouDraft, setThankYouSkipped } from "./thank-you-notes";

const now = new Date("2026-11-09T12:00:00Z");
const sentAt = new Date("2026-11-10T15:00:00Z");
const later = () => new Date(sentAt.getTime() + 3_600_000);
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
});
afterAll(() => testDb.dispose());

const panel = [
  { name: "Jo Evans", title: "Head of Data", email: "jo@harbour.example", talkedAbout: "The new stock forecasting dashboard." },
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

const allMail = () => testDb.db.select().from(emailOutbox);

describe("thank-you notes for a direct application", () => {
  it("offers a prefilled draft per interviewer, before anything is stored, without the reflection's private notes", async () => {
    const { interviewId, jo } = await newInterview(world.candidateA, "direct");
    await testDb.db.insert(reflections).values({ interviewId, candidateId: world.candidateA.id, wentWell: "My example about reporting went down well", toImprove: "Rambled on salary", stillWant: "yes" });
    await testDb.db.insert(interviewQuestions).values({ interviewId, candidateId: world.candidateA.id, question: "Why us?", howItWent: 3, notes: "Fumbled it" });

    const list = (await listOwnThankYouNotes(world.candidateA, interviewId))!;
    expect(list.viaConsultant).toBe(false);
    // Both can be sent from the candidate's own email, with or without an address on file.
    expect(list.notes.map((n) => [n.recipientName, n.recipientEmail, n.state, n.noteId, n.canSend])).toEqual([
      ["Jo Evans", "jo@harbour.example", "draft", null, true],
      ["Raj Patel", null, "draft", null, true],
    ]);
    const first = list.notes[0]!;
    expect(first.interviewerId).toBe(jo);
    expect(first.body).toMatch(/^Dear Jo,\n/);
    expect(first.body).toContain("talking about the new stock forecasting dashboard.");
    // "Still want the job? Yes" sets the tone; nothing the candidate wrote in the reflection is quoted.
    expect(first.body).toContain("keener still on the role");
    expect(first.body).toContain("Candidate A");
    const second = list.notes[1]!;
    expect(second.body).toMatch(/^Dear Raj,\n/);
    expect(second.body).not.toContain("stock forecasting");
    for (const note of list.notes) {
      expect(note.body).not.toMatch(/example about reporting|Rambled|salary|Why us|Fumbled/i);
    }
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

  it("completes the thanks step when the last interviewer is marked as thanked", async () => {
    const { interviewId, jo, raj } = await newInterview(world.candidateA, "direct");
    const later = new Date(sentAt.getTime() + 60_000);
    expect(await markThankYouSent(world.candidateA, interviewId, jo, text, sentAt)).toBe("marked");
    expect((await getOwnInterview(world.candidateA, interviewId))!.thanks).toEqual({ thanked: 1, skipped: 0, of: 2 });
    expect(await thanksStep(interviewId)).toMatchObject({ state: "pending", completedAt: null });
    // Raj has no address on file: the candidate found it themselves, and says it has gone.
    expect(await markThankYouSent(world.candidateA, interviewId, raj, { subject: "Thanks", body: "Dear Raj" }, later)).toBe("marked");
    expect((await getOwnInterview(world.candidateA, interviewId))!.thanks).toEqual({ thanked: 2, skipped: 0, of: 2 });
    expect(await thanksStep(interviewId)).toMatchObject({ state: "done", completedAt: later });
  });

  it("counts an interviewer the candidate chose not to write to as settled, and can take it back", async () => {
    const { interviewId, jo, raj } = await newInterview(world.candidateA, "direct");
    expect(await markThankYouSent(world.candidateA, interviewId, jo, text, sentAt)).toBe("marked");
    expect(await setThankYouSkipped(world.candidateA, interviewId, raj, true, sentAt)).toBe("skipped");
    expect((await getOwnInterview(world.candidateA, interviewId))!.thanks).toEqual({ thanked: 1, skipped: 1, of: 2 });
    expect(await thanksStep(interviewId)).toMatchObject({ state: "done" });
    // A sent note cannot be skipped, and another candidate changes nothing.
    expect(await setThankYouSkipped(world.candidateA, interviewId, jo, true, sentAt)).toBe("already_done");
    expect(await setThankYouSkipped(world.candidateB, interviewId, raj, false, sentAt)).toBeNull();
    // Writing to Raj after all reopens the step, from the prefilled draft.
    expect(await setThankYouSkipped(world.candidateA, interviewId, raj, false, later())).toBe("unskipped");
    expect(await thanksStep(interviewId)).toMatchObject({ state: "pending" });
    const rajNote = (await listOwnThankYouNotes(world.candidateA, interviewId))!.notes.find((note) => note.interviewerId === raj)!;
    expect(rajNote).toMatchObject({ state: "draft" });
    expect(rajNote.body).toContain("Raj");
  });

  it("records the note as the candidate sent it from their own email, and the site sends nothing", async () => {
    const { interviewId, jo } = await newInterview(world.candidateA, "direct");
    await saveThankYouDraft(world.candidateA, interviewId, jo, { subject: "Draft", body: "Draft" }, now);
    const mailBefore = await allMail();
    expect(await markThankYouSent(world.candidateA, interviewId, jo, text, sentAt)).toBe("marked");
    // A double click records nothing new.
    expect(await markThankYouSent(world.candidateA, interviewId, jo, { subject: "Again", body: "Again" }, later())).toBe("already_done");

    const rows = await testDb.db.select().from(thankYouNotes).where(eq(thankYouNotes.interviewId, interviewId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ...text, interviewerId: jo, state: "sent", sentAt });
    expect(await allMail()).toEqual(mailBefore);
    const listed = (await listOwnThankYouNotes(world.candidateA, interviewId))!.notes.find((n) => n.interviewerId === jo)!;
    expect(listed).toMatchObject({ state: "sent", sentAt, canSend: false, ...text });

    // What was sent stays as sent.
    expect(await saveThankYouDraft(world.candidateA, interviewId, jo, { subject: "Changed", body: "Changed" }, now)).toBe("locked");
    const [after] = await testDb.db.select().from(thankYouNotes).where(eq(thankYouNotes.id, rows[0]!.id));
    expect(after).toMatchObject({ ...text, state: "sent" });
  });

  it("records once even when two clicks arrive together", async () => {
    const { interviewId, jo } = await newInterview(world.candidateA, "direct");
    const outcomes = await Promise.all([
      markThankYouSent(world.candidateA, interviewId, jo, text, sentAt),
      markThankYouSent(world.candidateA, interviewId, jo, text, sentAt),
    ]);
    expect(outcomes.sort()).toEqual(["already_done", "marked"]);
    expect(await testDb.db.select().from(thankYouNotes).where(eq(thankYouNotes.interviewId, interviewId))).toHaveLength(1);
  });

  it("still shows a note sent through the site before, as sent", async () => {
    const { interviewId, jo } = await newInterview(world.candidateA, "direct");
    await testDb.db.insert(thankYouNotes).values({ interviewId, candidateId: world.candidateA.id, interviewerId: jo, ...text, state: "sent", sentAt });
    const listed = (await listOwnThankYouNotes(world.candidateA, interviewId))!.notes.find((n) => n.interviewerId === jo)!;
    expect(listed).toMatchObject({ state: "sent", sentAt, canSend: false });
    expect(await markThankYouSent(world.candidateA, interviewId, jo, { subject: "Again", body: "Again" }, later())).toBe("already_done");
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
    expect(await markThankYouSent(world.candidateA, interviewId, jo, text, sentAt)).toBe("not_direct");
    const mailBefore = (await allMail()).map((m) => m.id);
    expect(await handToConsultant(world.candidateA, interviewId, sentAt)).toBe("handed");
    expect(await handToConsultant(world.candidateA, interviewId, sentAt)).toBe("already_done");

    const rows = await testDb.db.select().from(thankYouNotes).where(eq(thankYouNotes.interviewId, interviewId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ interviewerId: null, subject: "Again", state: "handed_to_consultant", sentAt });
    // Its one email goes to the consultant, a staff account.
    expect((await allMail()).filter((m) => !mailBefore.includes(m.id)).map((m) => m.recipient)).toEqual(["consultant-a@world.test"]);
    expect(await thanksStep(interviewId)).toMatchObject({ state: "done", completedAt: sentAt });
  });

  it("writes to each interviewer when the client welcomes direct notes", async () => {
    const { interviewId, jo } = await newInterview(world.candidateA, "agency", true);
    const list = (await listOwnThankYouNotes(world.candidateA, interviewId))!;
    expect(list.viaConsultant).toBe(false);
    expect(list.notes.map((n) => n.interviewerId)).toContain(jo);
    expect(await markThankYouSent(world.candidateA, interviewId, jo, text, sentAt)).toBe("marked");
    expect(await handToConsultant(world.candidateA, interviewId, sentAt)).toBe("not_agency");
  });
});

describe("another candidate", () => {
  it("cannot list, save, mark as sent or hand over someone else's notes, and nothing changes", async () => {
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
    expect(await markThankYouSent(b, direct.interviewId, direct.jo, text, sentAt)).toBeNull();
    expect(await markThankYouSent(b, own.interviewId, direct.jo, text, sentAt)).toBeNull();
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
