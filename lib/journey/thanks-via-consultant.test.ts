import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applicationInput, createTwoCandidateWorld, interviewInput } from "@/test/fixtures";
import { users } from "@/lib/db/schema/auth";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { applications, thankYouNotes } from "@/lib/db/schema/journey";
import { listNeedsAttention } from "@/lib/staff/needs-attention";
import { createApplication } from "./applications";
import { createInterview } from "./interviews";
import { handToConsultant, listOwnThankYouNotes, saveThankYouDraft } from "./thank-you-notes";
import { markThanksPassedOn } from "./thanks-via-consultant";

const now = new Date("2026-11-10T15:00:00Z");
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
});
afterAll(() => testDb.dispose());

const note = { subject: "Thanks", body: "Please thank Jo for me: I enjoyed hearing about the estates team." };

async function agencyInterview() {
  const applicationId = await createApplication(world.candidateA, applicationInput({ source: "agency", company: "Northgate Homes Trust" }), now);
  return (await createInterview(world.candidateA, interviewInput(applicationId), now))!;
}
const attentionFor = (consultant: typeof world.consultantA) =>
  listNeedsAttention(testDb.db, { id: consultant.id, role: consultant.role, timeZone: "Europe/London" }, new Date(now.getTime() + 60_000));

describe("thanks given to the consultant", () => {
  let interviewId: string;
  let noteId: string;

  it("emails the note to the candidate's consultant, reply-to the candidate, once", async () => {
    interviewId = await agencyInterview();
    await saveThankYouDraft(world.candidateA, interviewId, null, note, now);
    expect(await handToConsultant(world.candidateA, interviewId, now)).toBe("handed");
    expect(await handToConsultant(world.candidateA, interviewId, now)).toBe("already_done");
    const mail = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.template, "thanks-to-pass-on"));
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ recipient: "consultant-a@world.test", replyTo: "candidate-a@world.test", subject: "Pass on thanks from Candidate A to Northgate Homes Trust" });
    expect(mail[0]!.text).toContain("I enjoyed hearing about the estates team.");
    noteId = (await testDb.db.select().from(thankYouNotes).where(eq(thankYouNotes.interviewId, interviewId)))[0]!.id;
  });

  it("is in the consultant's needs attention until passed on, and nobody else's", async () => {
    expect((await attentionFor(world.consultantA)).map((item) => item.reason)).toContain("Pass on thanks from Candidate A to Northgate Homes Trust");
    expect((await attentionFor(world.consultantB)).map((item) => item.reason)).not.toContain("Pass on thanks from Candidate A to Northgate Homes Trust");
  });

  it("is marked passed on only by staff who may see the candidate, and the candidate sees who and when", async () => {
    expect(await markThanksPassedOn(world.consultantB, world.candidateA.id, noteId, now)).toBeNull();
    expect(await markThanksPassedOn(world.consultantA, world.candidateB.id, noteId, now)).toBeNull();
    const before = (await listOwnThankYouNotes(world.candidateA, interviewId))!.notes[0]!;
    expect(before.passedOn).toBeNull();

    const passedAt = new Date(now.getTime() + 3_600_000);
    expect(await markThanksPassedOn(world.consultantA, world.candidateA.id, noteId, passedAt)).toBe("passed_on");
    expect(await markThanksPassedOn(world.consultantA, world.candidateA.id, noteId, passedAt)).toBe("already_passed_on");
    const after = (await listOwnThankYouNotes(world.candidateA, interviewId))!.notes[0]!;
    expect(after.passedOn).toEqual({ at: passedAt, by: "Consultant A" });
    expect((await attentionFor(world.consultantA)).map((item) => item.reason)).not.toContain("Pass on thanks from Candidate A to Northgate Homes Trust");
  });

  it("refuses the hand-over when nobody looks after the application, and changes nothing", async () => {
    const id = await agencyInterview();
    await testDb.db.update(applications).set({ consultantId: null }).where(eq(applications.candidateId, world.candidateA.id));
    await testDb.db.update(users).set({ consultantId: null }).where(eq(users.id, world.candidateA.id));
    await saveThankYouDraft(world.candidateA, id, null, note, now);
    expect(await handToConsultant(world.candidateA, id, now)).toBe("no_consultant");
    const [stored] = await testDb.db.select().from(thankYouNotes).where(eq(thankYouNotes.interviewId, id));
    expect(stored?.state).toBe("draft");
  });
});
