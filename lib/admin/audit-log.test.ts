import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { auditLog } from "@/lib/db/schema/privacy";
import { recordAudit, recordListView } from "@/lib/audit/record";
import { auditFilterSchema } from "./audit-log-schema";
import { listAuditLog } from "./audit-log";
import { assignCandidate } from "./assignments";
import { describeAuditEntry } from "./describe-audit-entry";
import { createStaffInvitation, revokeStaffInvitation } from "./invitations";
import { moveApplicationStage } from "@/lib/journey/move-stage";
import { recordClientFeedback } from "@/lib/journey/client-feedback";
import { interviews } from "@/lib/db/schema/journey";
import { getCandidateDetail } from "@/lib/staff/candidate-detail";

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
const t0 = new Date("2026-11-02T09:00:00Z");
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, t0);
  // 70 views: consultant A of candidate A on even minutes, consultant B of candidate B on odd ones.
  for (let i = 0; i < 70; i++) {
    const [actor, candidate] = i % 2 === 0 ? [world.consultantA, world.candidateA] : [world.consultantB, world.candidateB];
    await recordAudit(testDb.db, actor, { candidateId: candidate.id, action: "view", entity: "candidate", entityId: candidate.id }, new Date(t0.getTime() + i * 60_000));
  }
});
afterAll(() => testDb.dispose());

const filter = (input: Record<string, string | number> = {}) => auditFilterSchema.parse(input);
const totalRows = async () => (await testDb.db.select({ n: count() }).from(auditLog))[0]!.n;

describe("listAuditLog", () => {
  it("pages newest first by id, each page after the last, until the end", async () => {
    const first = await listAuditLog(world.admin, filter(), 30);
    const second = await listAuditLog(world.admin, filter({ before: first.nextBefore! }), 30);
    const third = await listAuditLog(world.admin, filter({ before: second.nextBefore! }), 30);
    const ids = [first, second, third].flatMap((page) => page.entries.map((entry) => entry.id));
    expect(ids).toHaveLength(70);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(70);
    expect(third.entries).toHaveLength(10);
    expect(third.nextBefore).toBeNull();
    expect(first.entries[0]).toMatchObject({
      action: "view",
      at: new Date(t0.getTime() + 69 * 60_000),
      actor: { id: world.consultantB.id, name: "Consultant B", email: "consultant-b@world.test" },
      candidate: { id: world.candidateB.id, name: "Candidate B", email: "candidate-b@world.test" },
    });
  });

  it("filters by candidate email or id, and by actor email or id", async () => {
    const byCandidateEmail = await listAuditLog(world.admin, filter({ candidate: "  Candidate-A@World.test " }), 100);
    expect(byCandidateEmail.entries).toHaveLength(35);
    expect(byCandidateEmail.entries.every((entry) => entry.candidate?.id === world.candidateA.id)).toBe(true);
    expect((await listAuditLog(world.admin, filter({ candidate: world.candidateB.id }), 100)).entries).toHaveLength(35);
    expect((await listAuditLog(world.admin, filter({ actor: "consultant-b@world.test" }), 100)).entries.every((e) => e.actor?.id === world.consultantB.id)).toBe(true);
    expect((await listAuditLog(world.admin, filter({ actor: world.consultantA.id, candidate: world.candidateB.id }), 100)).entries).toEqual([]);
    expect((await listAuditLog(world.admin, filter({ candidate: "nobody@world.test" }), 100)).entries).toEqual([]);
  });

  it("pages within a filter", async () => {
    const first = await listAuditLog(world.admin, filter({ actor: world.consultantA.id }), 20);
    const second = await listAuditLog(world.admin, filter({ actor: world.consultantA.id, before: first.nextBefore! }), 20);
    expect([first.entries.length, second.entries.length, second.nextBefore]).toEqual([20, 15, null]);
  });

  it("is not itself audited", async () => {
    const before = await totalRows();
    await listAuditLog(world.admin, filter());
    await listAuditLog(world.admin, filter({ candidate: world.candidateA.id }));
    expect(await totalRows()).toBe(before);
  });

  it("says what invitation and assignment entries were about", async () => {
    const invited = await createStaffInvitation(world.admin, { email: "new@world.test", role: "admin" });
    if (invited.status !== "created") throw new Error(invited.status);
    await revokeStaffInvitation(world.admin, invited.invitationId);
    await assignCandidate(world.admin, { candidateId: world.candidateB.id, consultantId: world.consultantA.id });
    const { entries } = await listAuditLog(world.admin, filter({ actor: "admin@world.test" }));
    expect(entries.map((entry) => [entry.candidate?.id ?? null, describeAuditEntry(entry)])).toEqual([
      [world.candidateB.id, "Assigned to Consultant A"],
      [null, "Revoked the invitation to new@world.test"],
      [null, "Invited new@world.test as an admin"],
    ]);
  });
});

describe("listAuditLog in sentences", () => {
  it("says what a consultant did to which application, not which record id", async () => {
    const at = new Date("2026-11-04T09:00:00Z");
    await getCandidateDetail(world.consultantA, world.candidateA.id, at);
    expect(await moveApplicationStage(world.consultantA, { applicationId: world.applicationA.id, stage: "offer" }, new Date(at.getTime() + 60_000))).toBe("moved");
    const [round] = await testDb.db.select({ id: interviews.id }).from(interviews).where(eq(interviews.applicationId, world.applicationA.id));
    await recordClientFeedback(world.consultantA, round!.id, { body: "Strong on SQL." }, new Date(at.getTime() + 120_000));
    const { entries } = await listAuditLog(world.admin, filter({ actor: world.consultantA.id }), 3);
    expect(entries.map((entry) => describeAuditEntry(entry))).toEqual([
      "Recorded client feedback on round 1 of Alpha Ltd, Analyst",
      "Moved Alpha Ltd, Analyst to Offer",
      "Opened the candidate’s page",
    ]);
  });
});

describe("listAuditLog and list views", () => {
  it("finds a list's one line under each candidate it showed, says how many it listed, and shows the filtered candidate", async () => {
    const at = new Date("2026-11-03T09:00:00Z");
    await recordListView(testDb.db, world.consultantA, [world.candidateA.id, world.candidateB.id], "needs_attention", at);
    const [newest] = (await listAuditLog(world.admin, filter({ actor: world.consultantA.id }), 1)).entries;
    expect(newest).toMatchObject({ entity: "needs_attention", candidate: null, listed: 2 });
    expect(describeAuditEntry(newest!)).toBe("Needs attention, listing 2 candidates");

    for (const [candidate, email] of [[world.candidateA, "candidate-a@world.test"], [world.candidateB, "CANDIDATE-B@world.test"]] as const) {
      for (const value of [candidate.id, email]) {
        const [first] = (await listAuditLog(world.admin, filter({ candidate: value }), 100)).entries;
        expect(first, value).toMatchObject({ entity: "needs_attention", listed: 2, candidate: { id: candidate.id } });
      }
    }
  });
});

describe("describeAuditEntry", () => {
  const base = { action: "update" as const, entityId: null, invitation: null, assignedTo: null };
  it("reads sensibly for entities it knows and those it does not", () => {
    expect(describeAuditEntry({ ...base, entity: "assignment" })).toBe("Unassigned from their consultant");
    expect(describeAuditEntry({ ...base, entity: "staff_role", invitation: { email: "x@y.test", role: "consultant" } })).toBe(
      "Joined the team as a consultant, accepting their invitation",
    );
    expect(describeAuditEntry({ ...base, entity: "client_feedback", entityId: "42" })).toBe("Recorded client feedback on an interview since deleted");
    expect(describeAuditEntry({ ...base, entity: "fax", entityId: "42" })).toBe("Fax 42");
    expect(describeAuditEntry({ ...base, entity: "intake_consultant" })).toBe("Sent new agency candidates to whoever has the fewest in progress");
    expect(describeAuditEntry({ ...base, entity: "intake_consultant", entityId: "42", assignedTo: { name: "Priya Shah", email: "p@y.test" } })).toBe(
      "Sent new agency candidates to Priya Shah",
    );
    expect(describeAuditEntry({ ...base, action: "view", entity: "pipeline", listed: 1 })).toBe("Pipeline, listing 1 candidate");
    expect(describeAuditEntry({ ...base, action: "view", entity: "candidate_list", listed: 0 })).toBe("Candidate list, listing candidates since erased");
  });
});
