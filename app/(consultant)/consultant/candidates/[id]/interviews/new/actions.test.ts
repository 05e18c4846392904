import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { count } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { formData as form, testSession } from "@/test/fake-session";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { idleFormState } from "@/lib/actions/form-state";
import { applications, interviews } from "@/lib/db/schema/journey";
import { auditLog } from "@/lib/db/schema/privacy";
import { listOwnApplications } from "@/lib/portal/dashboard";

// The action as the form posts it; only the session, the cache and the redirect are faked.
vi.mock("@/lib/auth/dal", async () => (await import("@/test/fake-session")).fakeDal);
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect ${url}`);
  },
}));
const { logInterviewAction } = await import("./actions");

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date());
});
afterAll(() => testDb.dispose());

const interviewFields = {
  round: "1",
  date: "2026-12-01",
  time: "14:30",
  timeZone: "Europe/London",
  durationMinutes: "60",
  format: "video",
  meetingUrl: "https://meet.example.com/abc",
  timelineKind: "none",
  "interviewers.0.name": "Jo Evans",
};
const written = async () => ({
  applications: (await testDb.db.select({ n: count() }).from(applications))[0]!.n,
  interviews: (await testDb.db.select({ n: count() }).from(interviews))[0]!.n,
  audit: (await testDb.db.select({ n: count() }).from(auditLog))[0]!.n,
});

describe("logInterviewAction", () => {
  it("logs a new agency application and its round, then goes to the candidate's page", async () => {
    testSession.user = world.consultantA;
    await expect(
      logInterviewAction(idleFormState, form({ ...interviewFields, candidateId: world.candidateA.id, applicationChoice: "new", company: "Delta Retail", role: "Buyer" })),
    ).rejects.toThrow(new RegExp(`^redirect /consultant/candidates/${world.candidateA.id}#round-`));
    expect((await listOwnApplications(world.candidateA)).map((a) => a.company)).toContain("Delta Retail");
  });

  it("gives field errors for a bad form, keeps what was typed and writes nothing", async () => {
    testSession.user = world.consultantA;
    const before = await written();
    const state = await logInterviewAction(idleFormState, form({ ...interviewFields, candidateId: world.candidateA.id, applicationChoice: "new", company: "", time: "2pm" }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { company: ["Enter the company"], role: ["Enter the role"], time: ["Enter a time like 14:30"] } });
    expect(state.values?.time).toBe("2pm");
    expect(await written()).toEqual(before);
  });

  it("refuses consultant B for candidate A, and an application of another candidate, writing nothing", async () => {
    const before = await written();
    testSession.user = world.consultantB;
    const notTheirs = await logInterviewAction(idleFormState, form({ ...interviewFields, candidateId: world.candidateA.id, applicationChoice: "new", company: "X", role: "Y" }));
    expect(notTheirs).toMatchObject({ status: "error", message: expect.stringContaining("could not be found") });
    testSession.user = world.consultantA;
    const wrongApplication = await logInterviewAction(
      idleFormState,
      form({ ...interviewFields, candidateId: world.candidateA.id, applicationChoice: "existing", applicationId: world.applicationB.id }),
    );
    expect(wrongApplication).toMatchObject({ status: "error", message: notTheirs.message });
    expect(await written()).toEqual(before);
  });

  it("refuses candidates before reading the form", async () => {
    testSession.user = world.candidateA;
    await expect(logInterviewAction(idleFormState, form({ ...interviewFields, candidateId: world.candidateA.id, applicationChoice: "new", company: "X", role: "Y" }))).rejects.toThrow(
      "refused by requireRole",
    );
  });
});
