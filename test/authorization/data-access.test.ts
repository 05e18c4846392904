// Who may read what through the data-access functions built so far.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { AuthorizationError } from "@/lib/auth/errors";
import { listOwnApplications, listOwnUpcomingInterviews } from "@/lib/portal/dashboard";
import { listVisibleCandidates } from "@/lib/staff/candidates";
import { listStaff } from "@/lib/staff/team";

const now = new Date("2026-11-26T10:00:00Z");
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
});
afterAll(() => testDb.dispose());

describe("candidate portal data", () => {
  it("shows a candidate only their own applications and interviews", async () => {
    const applications = await listOwnApplications(world.candidateA);
    expect(applications.map((a) => a.company)).toEqual(["Alpha Ltd"]);
    const interviews = await listOwnUpcomingInterviews(world.candidateB, now);
    expect(interviews.map((i) => i.company)).toEqual(["Beta plc"]);
  });

  it("refuses staff, who have no portal of their own", async () => {
    await expect(listOwnApplications(world.consultantA)).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe("staff views", () => {
  it("shows a consultant only the candidates assigned to them", async () => {
    const seen = await listVisibleCandidates(world.consultantA);
    expect(seen.map((c) => c.email)).toEqual(["candidate-a@world.test"]);
    expect(seen[0]?.openApplications).toBe(1);
  });

  it("does not count a candidate's private direct applications for their consultant", async () => {
    const [seen] = await listVisibleCandidates(world.consultantB);
    expect(seen).toMatchObject({ email: "candidate-b@world.test", openApplications: 0 });
  });

  it("shows an admin every candidate", async () => {
    const seen = await listVisibleCandidates(world.admin);
    expect(seen.map((c) => c.email).sort()).toEqual(["candidate-a@world.test", "candidate-b@world.test"]);
  });

  it("refuses candidates", async () => {
    await expect(listVisibleCandidates(world.candidateA)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(listStaff(world.consultantA)).rejects.toBeInstanceOf(AuthorizationError);
  });

  it("lists the team with candidate counts for an admin", async () => {
    const team = await listStaff(world.admin);
    expect(team.find((m) => m.email === "consultant-a@world.test")?.candidates).toBe(1);
  });
});
