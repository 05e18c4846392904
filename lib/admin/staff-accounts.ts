import "server-only";
import { createElement } from "react";
import { and, asc, count, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Database } from "@/lib/db/client";
import { sessions, users, verificationTokens } from "@/lib/db/schema/auth";
import { applications } from "@/lib/db/schema/journey";
import { recordAudit } from "@/lib/audit/record";
import { enqueueEmail } from "@/lib/email/outbox";
import CandidatesHandedOverEmail, { candidatesHandedOverSubject } from "@/emails/candidates-handed-over";
import type { CurrentUser } from "@/lib/auth/dal";
import { staffRoles, type StaffRole } from "@/lib/domain/values";
import { assertAdmin } from "./access";
import { assignableConsultant, openAgencyApplication } from "./assignments";
import type { DeactivationInput, RoleChangeInput } from "./staff-account-schema";

// Offboarding and role changes. Both take one lock, so two admins acting at once cannot between
// them leave the site without an active admin.

const staffChangesLock = sql`select pg_advisory_xact_lock(hashtext('staff-accounts'))`;

type StaffRow = { id: string; name: string | null; email: string; role: StaffRole };

const personName = (person: { name: string | null; email: string }) => person.name ?? person.email;

async function lockActiveStaff(tx: Database, staffId: string): Promise<StaffRow | null> {
  await tx.execute(staffChangesLock);
  const [row] = await tx
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(and(eq(users.id, staffId), inArray(users.role, staffRoles), isNull(users.deactivatedAt)))
    .for("update");
  return row ? { ...row, role: row.role as StaffRole } : null;
}

/** Whether an active admin other than `staffId` remains. */
async function anotherActiveAdmin(tx: Database, staffId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.deactivatedAt), ne(users.id, staffId)))
    .limit(1);
  return Boolean(row);
}

/** How many candidates someone would hand over: assigned to them, or on an open agency application of theirs. */
export async function countCandidatesOf(db: Database, staffId: string): Promise<number> {
  const [row] = await db
    .select({ candidates: count() })
    .from(users)
    .where(
      sql`${users.id} in (
        select ${users.id} from ${users} where ${users.consultantId} = ${staffId}
        union
        select ${applications.candidateId} from ${applications} where ${applications.consultantId} = ${staffId} and ${openAgencyApplication}
      )`,
    );
  return row?.candidates ?? 0;
}

export type DeactivationResult =
  | { status: "deactivated"; name: string; successorName: string | null; movedCandidates: number }
  | { status: "not-staff" }
  | { status: "last-admin" }
  | { status: "needs-successor"; candidates: number }
  | { status: "bad-successor" };

/** Ends their sessions and unused links, hands their candidates to `successorId` and audits it, in one transaction. */
export async function deactivateStaffMember(caller: CurrentUser, input: DeactivationInput, now = new Date()): Promise<DeactivationResult> {
  assertAdmin(caller);
  return getDb().transaction(async (tx) => {
    const staff = await lockActiveStaff(tx, input.staffId);
    if (!staff) return { status: "not-staff" };
    if (staff.role === "admin" && !(await anotherActiveAdmin(tx, staff.id))) return { status: "last-admin" };

    const candidates = await countCandidatesOf(tx, staff.id);
    let successor: { id: string; name: string | null; email: string } | null = null;
    if (input.successorId) {
      [successor = null] = await tx
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(and(eq(users.id, input.successorId), ne(users.id, staff.id), assignableConsultant))
        .for("update");
      if (!successor) return { status: "bad-successor" };
    } else if (candidates > 0) {
      return { status: "needs-successor", candidates };
    }

    const { moved, assigned } = successor ? await handOver(tx, staff.id, successor.id, now) : { moved: [], assigned: [] };
    if (successor && assigned.length > 0) await tellSuccessor(tx, successor, personName(staff), assigned, now);
    for (const candidateId of moved) {
      await recordAudit(tx, caller, { candidateId, action: "update", entity: "assignment", entityId: successor!.id }, now);
    }
    await tx.delete(sessions).where(eq(sessions.userId, staff.id));
    await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, staff.email));
    await tx.update(users).set({ deactivatedAt: now, intakeConsultant: false, updatedAt: now }).where(eq(users.id, staff.id));
    await recordAudit(
      tx,
      caller,
      { candidateId: null, action: "update", entity: "staff_member", entityId: staff.id, details: { deactivated: true, successorId: successor?.id, moved: moved.length } },
      now,
    );
    return { status: "deactivated", name: personName(staff), successorName: successor ? personName(successor) : null, movedCandidates: moved.length };
  });
}

/** One email, not one per candidate: the successor learns who is now theirs, each with a link. */
async function tellSuccessor(tx: Database, successor: { id: string; name: string | null; email: string }, leaverName: string, candidateIds: string[], now: Date) {
  const rows = await tx.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, candidateIds)).orderBy(asc(users.name), asc(users.email));
  const props = { consultantName: successor.name, leaverName, candidates: rows.map((row) => ({ id: row.id, name: row.name?.trim() || row.email })) };
  await enqueueEmail(
    {
      to: successor.email,
      template: "candidates-handed-over",
      subject: candidatesHandedOverSubject(props),
      element: createElement(CandidatesHandedOverEmail, props),
      idempotencyKey: `candidates-handed-over:${successor.id}:${now.toISOString()}`,
      userId: successor.id,
    },
    now,
    tx,
  );
}

/** `moved`: the candidates whose assignment or open agency application moved, each once; `assigned`, those now the successor's own. */
async function handOver(tx: Database, fromId: string, toId: string, now: Date): Promise<{ moved: string[]; assigned: string[] }> {
  const assigned = await tx
    .update(users)
    .set({ consultantId: toId, updatedAt: now })
    .where(eq(users.consultantId, fromId))
    .returning({ id: users.id });
  const applied = await tx
    .update(applications)
    .set({ consultantId: toId, updatedAt: now })
    .where(and(eq(applications.consultantId, fromId), openAgencyApplication))
    .returning({ candidateId: applications.candidateId });
  const assignedIds = assigned.map((row) => row.id);
  return { moved: [...new Set([...assignedIds, ...applied.map((row) => row.candidateId)])], assigned: assignedIds };
}

export type RoleChangeResult =
  | { status: "changed"; name: string; role: StaffRole }
  | { status: "unchanged"; name: string; role: StaffRole }
  | { status: "not-staff" }
  | { status: "last-admin" };

/** Consultant ↔ admin. A new admin keeps any candidates (the assignments page offers to move them). */
export async function changeStaffRole(caller: CurrentUser, input: RoleChangeInput, now = new Date()): Promise<RoleChangeResult> {
  assertAdmin(caller);
  return getDb().transaction(async (tx) => {
    const staff = await lockActiveStaff(tx, input.staffId);
    if (!staff) return { status: "not-staff" };
    if (staff.role === input.role) return { status: "unchanged", name: personName(staff), role: staff.role };
    if (staff.role === "admin" && !(await anotherActiveAdmin(tx, staff.id))) return { status: "last-admin" };
    await tx
      .update(users)
      // Only a consultant takes new candidates.
      .set({ role: input.role, updatedAt: now, ...(input.role === "admin" ? { intakeConsultant: false } : {}) })
      .where(eq(users.id, staff.id));
    await recordAudit(tx, caller, { candidateId: null, action: "update", entity: "staff_member", entityId: staff.id, details: { toRole: input.role } }, now);
    return { status: "changed", name: personName(staff), role: input.role };
  });
}
