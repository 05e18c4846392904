import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { testSession } from "@/test/fake-session";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { createApplication } from "@/lib/journey/applications";
import { createCalendarFeed, revokeCalendarFeeds } from "./calendar-feed";
import { createInterview, getOwnInterview } from "@/lib/journey/interviews";
import { applicationInputSchema, interviewInputSchema } from "@/lib/journey/schemas";

// The three calendar routes as a browser or a calendar app reaches them. The
// session is the one thing faked: getCurrentUser answers as the test says.
vi.mock("@/lib/auth/dal", async () => (await import("@/test/fake-session")).fakeDal);

const { GET: interviewFile } = await import("@/app/(portal)/portal/interviews/[id]/calendar.ics/route");
const { GET: followUpFile } = await import("@/app/(portal)/portal/follow-ups/[stepId]/calendar.ics/route");
const { GET: feed } = await import("@/app/calendar/[token]/route");

const now = new Date();
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
let interviewId: string;
let followUpId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
  const applicationId = await createApplication(
    world.candidateA,
    applicationInputSchema.parse({ company: "Route Test Ltd", role: "Planner", source: "direct" }),
  );
  const inAWeek = new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
  interviewId = (await createInterview(
    world.candidateA,
    interviewInputSchema.parse({
      applicationId, round: "1", date: inAWeek, time: "10:00", timeZone: "Europe/London", durationMinutes: "60",
      format: "phone", timelineKind: "none", interviewers: [],
    }),
  ))!;
  followUpId = (await getOwnInterview(world.candidateA, interviewId))!.steps.find((step) => step.kind === "follow_up_1")!.id;
});
afterAll(() => testDb.dispose());
beforeEach(() => {
  testSession.user = null;
});

const request = (path: string) => new Request(`http://localhost${path}`);
const getInterview = (id: string) => interviewFile(request(`/portal/interviews/${id}/calendar.ics`), { params: Promise.resolve({ id }) });
const getFollowUp = (stepId: string) => followUpFile(request(`/portal/follow-ups/${stepId}/calendar.ics`), { params: Promise.resolve({ stepId }) });
const getFeed = (token: string) => feed(request(`/calendar/${token}`), { params: Promise.resolve({ token }) });

describe("the interview and follow-up files", () => {
  it("are a private download for their owner", async () => {
    testSession.user = world.candidateA;
    const response = await getInterview(interviewId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="interview-route-test-ltd-planner.ics"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.text()).toContain(`UID:interview-${interviewId}@next-steps`);

    const followUp = await getFollowUp(followUpId);
    expect(followUp.status).toBe(200);
    expect(followUp.headers.get("content-disposition")).toBe('attachment; filename="follow-up-route-test-ltd-planner.ics"');
  });

  it("ask a signed-out visitor to sign in", async () => {
    expect((await getInterview(interviewId)).status).toBe(401);
    expect((await getFollowUp(followUpId)).status).toBe(401);
  });

  it("are not found for another candidate, and for malformed or unknown ids", async () => {
    testSession.user = world.candidateB;
    const response = await getInterview(interviewId);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("Route Test");
    expect((await getFollowUp(followUpId)).status).toBe(404);
    testSession.user = world.candidateA;
    expect((await getInterview("../../etc/passwd")).status).toBe(404);
    expect((await getFollowUp("00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("are refused to staff", async () => {
    testSession.user = world.consultantA;
    expect((await getInterview(interviewId)).status).toBe(403);
  });
});

describe("the subscription feed", () => {
  it("serves the owner's calendar without a session, and nothing once revoked", async () => {
    const token = await createCalendarFeed(world.candidateA);
    const response = await getFeed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");
    const body = await response.text();
    expect(body).toContain(`UID:interview-${interviewId}@next-steps`);
    expect(body).toContain(`UID:step-${followUpId}@next-steps`);

    await revokeCalendarFeeds(world.candidateA);
    expect((await getFeed(token)).status).toBe(404);
  });

  it("is not found for malformed or unknown tokens", async () => {
    for (const token of ["", "x", "A".repeat(43), `${"A".repeat(42)}%`, "A".repeat(44)]) {
      expect((await getFeed(token)).status).toBe(404);
    }
  });
});
