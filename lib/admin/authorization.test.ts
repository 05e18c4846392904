import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import type { CurrentUser } from "@/lib/auth/dal";
import { AuthorizationError } from "@/lib/auth/errors";
import { staffInvitations, users } from "@/lib/db/schema/auth";
import { rateLimits } from "@/lib/db/schema/delivery";
import { applications } from "@/lib/db/schema/journey";
import { auditLog } from "@/lib/db/schema/privacy";
import { assignmentFilterSchema } from "./assignment-schema";
import { assignCandidate, listAssignableConsultants, listCandidateAssignments } from "./assignments";
import { auditFilterSchema } from "./audit-log-schema";
import { listAuditLog } from "./audit-log";
import { consumeInvitationAllowance } from "./invitation-limits";
import { createStaffInvitation, listStaffInvitations, resendStaffInvitation, revokeStaffInvitation } from "./invitations";
import { changeStaffRole, deactivateStaffMember } from "./staff-accounts";

// Defence in depth: every lib/admin function refuses a consultant and a
// candidate itself, before touching anything, whatever page called it.

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
let openInvitationId: string;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date());
  const invited = await createStaffInvitation(world.admin, { email: "waiting@world.test", role: "consultant" });
  if (invited.status !== "created") throw new Error(invited.status);
  openInvitationId = invited.invitationId;
});
afterAll(() => testDb.dispose());

const everything = async () => ({
  users: await testDb.db.select().from(users).orderBy(users.email),
  invitations: await testDb.db.select().from(staffInvitations).orderBy(staffInvitations.email),
  applications: await testDb.db.select().from(applications).orderBy(applications.company),
  audit: await testDb.db.select().from(auditLog).orderBy(auditLog.id),
  rateLimits: await testDb.db.select().from(rateLimits),
});

const calls: Record<string, (caller: CurrentUser) => Promise<unknown>> = {
  createStaffInvitation: (caller) => createStaffInvitation(caller, { email: "someone@world.test", role: "admin" }),
  resendStaffInvitation: (caller) => resendStaffInvitation(caller, openInvitationId),
  revokeStaffInvitation: (caller) => revokeStaffInvitation(caller, openInvitationId),
  listStaffInvitations: (caller) => listStaffInvitations(caller),
  consumeInvitationAllowance: (caller) => consumeInvitationAllowance(caller, "someone@world.test"),
  listAssignableConsultants: (caller) => listAssignableConsultants(caller),
  listCandidateAssignments: (caller) => listCandidateAssignments(caller, assignmentFilterSchema.parse({})),
  assignCandidate: (caller) => assignCandidate(caller, { candidateId: world.candidateA.id, consultantId: world.consultantB.id }),
  listAuditLog: (caller) => listAuditLog(caller, auditFilterSchema.parse({})),
  deactivateStaffMember: (caller) => deactivateStaffMember(caller, { staffId: world.consultantB.id, successorId: world.consultantA.id }),
  changeStaffRole: (caller) => changeStaffRole(caller, { staffId: world.consultantA.id, role: "admin" }),
};

describe("lib/admin refuses everyone but admins", () => {
  for (const [name, call] of Object.entries(calls)) {
    it(`${name}: a consultant and a candidate are refused and nothing changes`, async () => {
      const before = await everything();
      await expect(call(world.consultantA)).rejects.toBeInstanceOf(AuthorizationError);
      await expect(call(world.candidateA)).rejects.toBeInstanceOf(AuthorizationError);
      expect(await everything()).toEqual(before);
    });
  }

  it("lets an admin make the same calls, whose changes the check above would have seen", async () => {
    const before = await everything();
    for (const call of Object.values(calls)) await call(world.admin);
    const after = await everything();
    for (const table of ["users", "invitations", "applications", "audit", "rateLimits"] as const) {
      expect(after[table], table).not.toEqual(before[table]);
    }
  });
});
