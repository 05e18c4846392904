import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { sessions, users, verificationTokens } from "@/lib/db/schema/auth";
import { applications } from "@/lib/db/schema/journey";
import { auditLog } from "@/lib/db/schema/privacy";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { AuthorizationError } from "@/lib/auth/errors";
import { describeAuditEntry } from "./describe-audit-entry";
import { listAuditLog } from "./audit-log";
import { auditFilterSchema } from "./audit-log-schema";
import { assignCandidate, listAssignableConsultants } from "./assignments";
import { changeStaffRole, deactivateStaffMember } from "./staff-accounts";

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
const now = new Date("2026-11-02T10:00:00Z");

beforeEach(async () => {
  testDb ??= await createTestDatabase();
  await testDb.db.execute(sql`truncate users, applications, audit_log, sessions, verification_tokens, email_outbox cascade`);
  world = await createTwoCandidateWorld(testDb.db, now);
});
afterAll(() => testDb?.dispose());

const userRow = async (id: string) => (await testDb.db.select().from(users).where(eq(users.id, id)))[0]!;
const sessionCount = async (userId: string) => (await testDb.db.select().from(sessions).where(eq(sessions.userId, userId))).length;
const addSession = (userId: string, token: string) =>
  testDb.db.insert(sessions).values({ sessionToken: token, userId, expires: new Date(now.getTime() + 30 * 86_400_000) });
const auditCount = async () => (await testDb.db.select().from(auditLog)).length;

describe("deactivateStaffMember", () => {
  it("ends their sessions and links, hands their candidates and open agency applications over, clears the intake flag, and audits it", async () => {
    await addSession(world.consultantA.id, "consultant-a-laptop");
    await addSession(world.consultantA.id, "consultant-a-phone");
    await addSession(world.consultantB.id, "consultant-b");
    await testDb.db.insert(verificationTokens).values({ identifier: world.consultantA.email, token: "unused-link", expires: new Date(now.getTime() + 600_000) });
    await testDb.db.update(users).set({ intakeConsultant: true }).where(eq(users.id, world.consultantA.id));
    const [closed] = await testDb.db
      .insert(applications)
      .values({ candidateId: world.candidateA.id, company: "Gamma Ltd", role: "Buyer", source: "agency", consultantId: world.consultantA.id, stage: "rejected" })
      .returning();

    const result = await deactivateStaffMember(world.admin, { staffId: world.consultantA.id, successorId: world.consultantB.id }, now);

    expect(result).toEqual({ status: "deactivated", name: "Consultant A", successorName: "Consultant B", movedCandidates: 1 });
    const leaver = await userRow(world.consultantA.id);
    expect(leaver.deactivatedAt).toEqual(now);
    expect(leaver.intakeConsultant).toBe(false);
    expect(await sessionCount(world.consultantA.id)).toBe(0);
    expect(await sessionCount(world.consultantB.id)).toBe(1);
    expect(await testDb.db.select().from(verificationTokens).where(eq(verificationTokens.identifier, world.consultantA.email))).toEqual([]);
    expect((await userRow(world.candidateA.id)).consultantId).toBe(world.consultantB.id);
    const [open] = await testDb.db.select().from(applications).where(eq(applications.id, world.applicationA.id));
    expect(open!.consultantId).toBe(world.consultantB.id);
    const [kept] = await testDb.db.select().from(applications).where(eq(applications.id, closed!.id));
    expect(kept!.consultantId).toBe(world.consultantA.id);

    const log = await listAuditLog(world.admin, auditFilterSchema.parse({}));
    const sentences = log.entries.map((entry) => describeAuditEntry(entry));
    expect(sentences).toContain("Deactivated Consultant A and moved their 1 candidate to Consultant B");
    expect(sentences).toContain("Assigned to Consultant B");
    // The successor hears of it once, with every candidate that is now theirs.
    const told = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.template, "candidates-handed-over"));
    expect(told.map((mail) => [mail.recipient, mail.subject])).toEqual([["consultant-b@world.test", "You have 1 new candidate from Consultant A"]]);
    expect(told[0]!.text).toContain("Candidate A");
  });

  it("asks who takes over when they have candidates, and changes nothing", async () => {
    await addSession(world.consultantA.id, "consultant-a");
    const before = await auditCount();
    expect(await deactivateStaffMember(world.admin, { staffId: world.consultantA.id, successorId: null }, now)).toEqual({ status: "needs-successor", candidates: 1 });
    expect((await userRow(world.consultantA.id)).deactivatedAt).toBeNull();
    expect(await sessionCount(world.consultantA.id)).toBe(1);
    expect(await auditCount()).toBe(before);
  });

  it("hands over only to an active consultant other than the leaver", async () => {
    for (const successorId of [world.consultantA.id, world.admin.id, world.candidateB.id]) {
      expect(await deactivateStaffMember(world.admin, { staffId: world.consultantA.id, successorId }, now)).toEqual({ status: "bad-successor" });
    }
    await testDb.db.update(users).set({ deactivatedAt: now }).where(eq(users.id, world.consultantB.id));
    expect(await deactivateStaffMember(world.admin, { staffId: world.consultantA.id, successorId: world.consultantB.id }, now)).toEqual({ status: "bad-successor" });
    expect((await userRow(world.candidateA.id)).consultantId).toBe(world.consultantA.id);
  });

  it("refuses candidates, the already deactivated, and anyone but an admin", async () => {
    expect(await deactivateStaffMember(world.admin, { staffId: world.candidateA.id, successorId: null }, now)).toEqual({ status: "not-staff" });
    await deactivateStaffMember(world.admin, { staffId: world.consultantB.id, successorId: world.consultantA.id }, now);
    expect(await deactivateStaffMember(world.admin, { staffId: world.consultantB.id, successorId: world.consultantA.id }, now)).toEqual({ status: "not-staff" });
    await expect(deactivateStaffMember(world.consultantA, { staffId: world.consultantB.id, successorId: null }, now)).rejects.toBeInstanceOf(AuthorizationError);
  });

  it("never deactivates the last active admin, even when two admins try it on each other at once", async () => {
    expect(await deactivateStaffMember(world.admin, { staffId: world.admin.id, successorId: null }, now)).toEqual({ status: "last-admin" });
    const [second] = await testDb.db.insert(users).values({ email: "second-admin@world.test", name: "Second Admin", role: "admin" }).returning();
    const secondAdmin = { id: second!.id, name: second!.name, email: second!.email, role: "admin" as const };
    const outcomes = await Promise.all([
      deactivateStaffMember(world.admin, { staffId: secondAdmin.id, successorId: null }, now),
      deactivateStaffMember(secondAdmin, { staffId: world.admin.id, successorId: null }, now),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["deactivated", "last-admin"]);
    const activeAdmins = await testDb.db.select().from(users).where(sql`${users.role} = 'admin' and ${users.deactivatedAt} is null`);
    expect(activeAdmins).toHaveLength(1);
  });
});

describe("changeStaffRole", () => {
  it("promotes and demotes, audited, and keeps one active admin", async () => {
    expect(await changeStaffRole(world.admin, { staffId: world.consultantB.id, role: "admin" }, now)).toEqual({ status: "changed", name: "Consultant B", role: "admin" });
    expect((await userRow(world.consultantB.id)).role).toBe("admin");
    expect(await changeStaffRole(world.admin, { staffId: world.admin.id, role: "consultant" }, now)).toEqual({ status: "changed", name: "Admin", role: "consultant" });
    const consultantB = { ...world.consultantB, role: "admin" as const };
    expect(await changeStaffRole(consultantB, { staffId: world.consultantB.id, role: "consultant" }, now)).toEqual({ status: "last-admin" });
    expect((await userRow(world.consultantB.id)).role).toBe("admin");

    const log = await listAuditLog(consultantB, auditFilterSchema.parse({}));
    const sentences = log.entries.map((entry) => describeAuditEntry(entry));
    expect(sentences).toEqual(expect.arrayContaining(["Made Consultant B an admin", "Made Admin a consultant"]));
  });

  it("refuses a deactivated member of staff and a candidate", async () => {
    await deactivateStaffMember(world.admin, { staffId: world.consultantB.id, successorId: world.consultantA.id }, now);
    expect(await changeStaffRole(world.admin, { staffId: world.consultantB.id, role: "admin" }, now)).toEqual({ status: "not-staff" });
    expect(await changeStaffRole(world.admin, { staffId: world.candidateA.id, role: "admin" }, now)).toEqual({ status: "not-staff" });
    expect((await userRow(world.candidateA.id)).role).toBe("candidate");
  });
});

describe("picking staff", () => {
  it("never offers or accepts a deactivated consultant", async () => {
    await deactivateStaffMember(world.admin, { staffId: world.consultantB.id, successorId: world.consultantA.id }, now);
    expect((await listAssignableConsultants(world.admin)).map((option) => option.id)).toEqual([world.consultantA.id]);
    expect(await assignCandidate(world.admin, { candidateId: world.candidateA.id, consultantId: world.consultantB.id }, now)).toEqual({ status: "not-consultant" });
  });
});
