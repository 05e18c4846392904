import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { users } from "@/lib/db/schema/auth";
import { applications } from "@/lib/db/schema/journey";
import { auditLog } from "@/lib/db/schema/privacy";
import { assignmentFilterSchema } from "./assignment-schema";
import { assignCandidate, assignmentPageSize, listAssignableConsultants, listCandidateAssignments } from "./assignments";

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date());
});
afterAll(() => testDb.dispose());

const consultantOf = async (id: string) => (await testDb.db.select().from(users).where(eq(users.id, id)))[0]!.consultantId;
const applicationConsultant = async (id: string) =>
  (await testDb.db.select().from(applications).where(eq(applications.id, id)))[0]!.consultantId;
const assignmentAudit = (candidateId: string) =>
  testDb.db.select().from(auditLog).where(eq(auditLog.candidateId, candidateId)).orderBy(auditLog.id);
const filter = (input: Record<string, string> = {}) => assignmentFilterSchema.parse(input);

describe("assignCandidate", () => {
  it("moves the candidate and their open agency applications, leaves closed and direct ones, and writes one audit line", async () => {
    const [closedAgency, direct] = await testDb.db
      .insert(applications)
      .values([
        { candidateId: world.candidateA.id, company: "Gamma Ltd", role: "Buyer", source: "agency", consultantId: world.consultantA.id, stage: "accepted" },
        { candidateId: world.candidateA.id, company: "Delta plc", role: "Clerk", source: "direct", sharedWithAgency: true, stage: "applied" },
      ])
      .returning();

    const result = await assignCandidate(world.admin, { candidateId: world.candidateA.id, consultantId: world.consultantB.id });

    expect(result).toEqual({ status: "assigned", candidateName: "Candidate A", consultantName: "Consultant B", movedApplications: 1 });
    expect(await consultantOf(world.candidateA.id)).toBe(world.consultantB.id);
    expect(await applicationConsultant(world.applicationA.id)).toBe(world.consultantB.id);
    expect(await applicationConsultant(closedAgency!.id)).toBe(world.consultantA.id);
    expect(await applicationConsultant(direct!.id)).toBeNull();
    expect(await assignmentAudit(world.candidateA.id)).toEqual([
      expect.objectContaining({ actorId: world.admin.id, action: "update", entity: "assignment", entityId: world.consultantB.id }),
    ]);
  });

  it("unassigns: no consultant on the candidate or their open agency applications", async () => {
    const result = await assignCandidate(world.admin, { candidateId: world.candidateA.id, consultantId: null });
    expect(result).toMatchObject({ status: "assigned", consultantName: null, movedApplications: 1 });
    expect(await consultantOf(world.candidateA.id)).toBeNull();
    expect(await applicationConsultant(world.applicationA.id)).toBeNull();
    expect((await assignmentAudit(world.candidateA.id)).at(-1)).toMatchObject({ entity: "assignment", entityId: null });
  });

  it("refuses anyone but a consultant as the target, and anyone but a candidate as the subject, changing nothing", async () => {
    const before = await assignmentAudit(world.candidateB.id);
    for (const target of [world.admin.id, world.candidateA.id, "00000000-0000-4000-8000-000000000000"]) {
      expect(await assignCandidate(world.admin, { candidateId: world.candidateB.id, consultantId: target })).toEqual({ status: "not-consultant" });
    }
    expect(await assignCandidate(world.admin, { candidateId: world.consultantA.id, consultantId: world.consultantB.id })).toEqual({ status: "not-candidate" });
    expect(await consultantOf(world.candidateB.id)).toBe(world.consultantB.id);
    expect(await consultantOf(world.consultantA.id)).toBeNull();
    expect(await assignmentAudit(world.candidateB.id)).toEqual(before);
  });

  it("writes nothing when the consultant is already theirs", async () => {
    expect(await assignCandidate(world.admin, { candidateId: world.candidateB.id, consultantId: world.consultantB.id })).toEqual({ status: "unchanged" });
    expect(await assignmentAudit(world.candidateB.id)).toEqual([]);
  });
});

describe("listCandidateAssignments", () => {
  beforeAll(async () => {
    const bulk = Array.from({ length: 120 }, (_, i) => ({
      email: `bulk-${String(i).padStart(3, "0")}@world.test`,
      name: `Bulk ${String(i).padStart(3, "0")}`,
      consultantId: i % 2 === 0 ? world.consultantA.id : null,
    }));
    await testDb.db.insert(users).values([...bulk, { email: "percent@world.test", name: "100% Sure" }]);
  });

  it("pages through every candidate in name order without repeats", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => listCandidateAssignments(world.admin, filter({ page: String(page) }))));
    expect(pages.map((p) => p.rows.length)).toEqual([assignmentPageSize, assignmentPageSize, 123 - 2 * assignmentPageSize]);
    expect(pages[0]).toMatchObject({ total: 123, pageCount: 3, page: 1 });
    const emails = pages.flatMap((p) => p.rows.map((row) => row.email));
    expect(new Set(emails).size).toBe(123);
    expect(emails.slice(0, 2)).toEqual(["percent@world.test", "bulk-000@world.test"]);
    expect(emails).not.toContain("consultant-a@world.test");
    // A page past the end shows the last page rather than nothing.
    expect((await listCandidateAssignments(world.admin, filter({ page: "99" }))).page).toBe(3);
  });

  it("searches names and addresses, case-insensitively, taking % literally", async () => {
    const byName = await listCandidateAssignments(world.admin, filter({ q: "candidate b" }));
    expect(byName.rows).toEqual([
      { id: world.candidateB.id, name: "Candidate B", email: "candidate-b@world.test", consultantId: world.consultantB.id, consultantName: "Consultant B", openAgencyApplications: 0 },
    ]);
    expect((await listCandidateAssignments(world.admin, filter({ q: "BULK-11" }))).total).toBe(10);
    expect((await listCandidateAssignments(world.admin, filter({ q: "100%" }))).rows.map((r) => r.email)).toEqual(["percent@world.test"]);
    expect((await listCandidateAssignments(world.admin, filter({ q: "%" }))).total).toBe(1);
  });

  it("filters by consultant or by nobody, and counts open agency applications", async () => {
    const ofA = await listCandidateAssignments(world.admin, filter({ consultant: world.consultantA.id }));
    expect(ofA.total).toBe(60);
    const unassigned = await listCandidateAssignments(world.admin, filter({ consultant: "none", q: "candidate" }));
    expect(unassigned.rows).toEqual([expect.objectContaining({ id: world.candidateA.id, consultantId: null, openAgencyApplications: 1 })]);
  });

  it("offers consultants, not admins, as targets", async () => {
    expect((await listAssignableConsultants(world.admin)).map((c) => c.name)).toEqual(["Consultant A", "Consultant B"]);
  });
});

describe("auditing the assignments list", () => {
  it("writes one view line per page read, naming the candidates on that page", async () => {
    const views = () => testDb.db.select().from(auditLog).where(eq(auditLog.entity, "assignment_list")).orderBy(auditLog.id);
    const before = (await views()).length;
    const page = await listCandidateAssignments(world.admin, filter({ page: "2" }));
    expect(page.rows.length).toBeGreaterThan(1);
    expect((await views()).slice(before)).toEqual([
      expect.objectContaining({ actorId: world.admin.id, candidateId: null, action: "view", details: { candidateIds: page.rows.map((row) => row.id) } }),
    ]);
  });
});
