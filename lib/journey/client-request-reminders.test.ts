import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applicationInput, createTwoCandidateWorld, interviewInput } from "@/test/fixtures";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { createApplication } from "./applications";
import { createInterview } from "./interviews";
import { sendClientFeedbackRequest } from "./client-requests";
import { answerClientRequest } from "./client-answers";
import { remindSilentClients } from "./client-request-reminders";

// Thursday 12 November 2026. The interview (10 November, "within four weeks") stated 8 December.
const requestedAt = new Date("2026-11-12T10:00:00Z");
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, requestedAt);
});
afterAll(() => testDb.dispose());

async function requestFor(company: string, email: string, overrides: Record<string, unknown> = {}) {
  const applicationId = await createApplication(world.candidateA, applicationInput({ source: "agency", company }), requestedAt);
  const interviewId = (await createInterview(world.candidateA, interviewInput(applicationId, overrides), requestedAt))!;
  await sendClientFeedbackRequest(world.consultantA, { interviewId, contactName: "Jo Evans", contactEmail: email, contactRole: null }, requestedAt);
}
const remindersTo = (email: string) =>
  testDb.db.select().from(emailOutbox).where(eq(emailOutbox.template, "client-feedback-reminder")).then((rows) => rows.filter((row) => row.recipient === email));

describe("the one reminder to a client who has not answered", () => {
  it("waits two working days after the date given at the interview, then goes once, whatever runs it", async () => {
    await requestFor("Stated Date Ltd", "stated@client.test");
    // 8 December is a Tuesday: the reminder is due Thursday 10 December at 09:00.
    expect(await remindSilentClients(testDb.db, new Date("2026-12-10T08:59:00Z"))).toBe(0);
    const [first, second] = await Promise.all([
      remindSilentClients(testDb.db, new Date("2026-12-10T09:00:00Z")),
      remindSilentClients(testDb.db, new Date("2026-12-10T09:00:00Z")),
    ]);
    expect(first + second).toBe(1);
    expect(await remindSilentClients(testDb.db, new Date("2026-12-11T09:00:00Z"))).toBe(0);
    const mail = await remindersTo("stated@client.test");
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toMatch(/^Reminder: /);
    expect(mail[0]!.text).toMatch(/\/client\/feedback\/[A-Za-z0-9_-]{43}/);
  });

  it("is two working days after the request when no date was given, and never once they have answered", async () => {
    await requestFor("No Date Ltd", "nodate@client.test", { timelineKind: "none", timelineAmount: undefined, timelineUnit: undefined });
    await requestFor("Answered Ltd", "answered@client.test", { timelineKind: "none", timelineAmount: undefined, timelineUnit: undefined });
    const [request] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.recipient, "answered@client.test"));
    const token = /\/client\/feedback\/([A-Za-z0-9_-]{43})/.exec(request!.text)![1]!;
    await answerClientRequest(token, { status: "still_deciding", decideBy: undefined, feedbackForCandidate: null, noteForConsultant: null }, new Date("2026-11-13T10:00:00Z"));
    // Thursday's request: Monday 16 November, 09:00.
    expect(await remindSilentClients(testDb.db, new Date("2026-11-16T08:00:00Z"))).toBe(0);
    expect(await remindSilentClients(testDb.db, new Date("2026-11-16T09:00:00Z"))).toBe(1);
    expect(await remindersTo("nodate@client.test")).toHaveLength(1);
    expect(await remindersTo("answered@client.test")).toHaveLength(0);
  });
});
