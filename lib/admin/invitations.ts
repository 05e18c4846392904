import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { staffInvitations, users } from "@/lib/db/schema/auth";
import { recordAudit } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/dal";
import type { Role, StaffRole } from "@/lib/domain/values";
import { deleteInvitationLinks, openStaffInvitation, staffInvitationLifetimeMs } from "@/lib/auth/staff-invitations";
import { assertAdmin } from "./access";
import type { InvitationInput } from "./invitation-schema";

// Each change writes an audit line with no candidate. The caller sends the email once the row is
// committed (Auth.js builds the link).

export const invitationLockKey = (email: string) => `staff-invitation:${email}`;

export type CreateInvitationResult =
  | { status: "created"; invitationId: string; email: string }
  | { status: "staff"; role: Role }
  | { status: "candidate" }
  | { status: "pending"; invitationId: string; role: StaffRole; expiresAt: Date };

export async function createStaffInvitation(caller: CurrentUser, input: InvitationInput, now = new Date()): Promise<CreateInvitationResult> {
  assertAdmin(caller);
  const email = input.email.trim().toLowerCase();
  return getDb().transaction(async (tx) => {
    // With no unique index on open invitations, this lock stops two admins inviting one address at once.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${invitationLockKey(email)}))`);
    const [existing] = await tx.select({ role: users.role }).from(users).where(eq(users.email, email));
    if (existing) return existing.role === "candidate" ? { status: "candidate" } : { status: "staff", role: existing.role };
    const [pending] = await tx
      .select({ id: staffInvitations.id, role: staffInvitations.role, expiresAt: staffInvitations.expiresAt })
      .from(staffInvitations)
      .where(and(eq(staffInvitations.email, email), openStaffInvitation(now)))
      .limit(1);
    if (pending) return { status: "pending", invitationId: pending.id, role: pending.role as StaffRole, expiresAt: pending.expiresAt };
    const [created] = await tx
      .insert(staffInvitations)
      .values({ email, role: input.role, invitedBy: caller.id, expiresAt: new Date(now.getTime() + staffInvitationLifetimeMs) })
      .returning({ id: staffInvitations.id });
    await recordAudit(tx, caller, { candidateId: null, action: "create", entity: "staff_invitation", entityId: created!.id }, now);
    return { status: "created", invitationId: created!.id, email };
  });
}

/** A new link means a new week of validity. */
export async function resendStaffInvitation(caller: CurrentUser, invitationId: string, now = new Date()): Promise<{ email: string } | null> {
  assertAdmin(caller);
  return getDb().transaction(async (tx) => {
    const [renewed] = await tx
      .update(staffInvitations)
      .set({ expiresAt: new Date(now.getTime() + staffInvitationLifetimeMs) })
      .where(and(eq(staffInvitations.id, invitationId), openStaffInvitation(now)))
      .returning({ email: staffInvitations.email });
    if (!renewed) return null;
    await recordAudit(tx, caller, { candidateId: null, action: "update", entity: "staff_invitation", entityId: invitationId }, now);
    return renewed;
  });
}

/** Links already sent stop working: they are deleted here, and auth.ts would refuse them anyway. False if it was not open. */
export async function revokeStaffInvitation(caller: CurrentUser, invitationId: string, now = new Date()): Promise<boolean> {
  assertAdmin(caller);
  return getDb().transaction(async (tx) => {
    const [revoked] = await tx
      .update(staffInvitations)
      .set({ revokedAt: now })
      .where(and(eq(staffInvitations.id, invitationId), openStaffInvitation(now)))
      .returning({ id: staffInvitations.id, email: staffInvitations.email });
    if (!revoked) return false;
    await deleteInvitationLinks(tx, revoked.email, revoked.id);
    await recordAudit(tx, caller, { candidateId: null, action: "delete", entity: "staff_invitation", entityId: invitationId }, now);
    return true;
  });
}

export type InvitationState = "pending" | "accepted" | "revoked" | "expired";

export type StaffInvitationSummary = {
  id: string;
  email: string;
  role: StaffRole;
  state: InvitationState;
  inviterName: string | null;
  createdAt: Date;
  /** When it was accepted or revoked; for a pending or expired one, its expiry. */
  stateAt: Date;
};

export function invitationState(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InvitationState {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  return row.expiresAt > now ? "pending" : "expired";
}

export async function listStaffInvitations(caller: CurrentUser, now = new Date(), limit = 50): Promise<StaffInvitationSummary[]> {
  assertAdmin(caller);
  const rows = await getDb()
    .select({
      id: staffInvitations.id,
      email: staffInvitations.email,
      role: staffInvitations.role,
      inviterName: users.name,
      createdAt: staffInvitations.createdAt,
      expiresAt: staffInvitations.expiresAt,
      acceptedAt: staffInvitations.acceptedAt,
      revokedAt: staffInvitations.revokedAt,
    })
    .from(staffInvitations)
    .leftJoin(users, eq(users.id, staffInvitations.invitedBy))
    .orderBy(desc(staffInvitations.createdAt), desc(staffInvitations.id))
    .limit(limit);
  return rows.map(({ expiresAt, acceptedAt, revokedAt, role, ...row }) => ({
    ...row,
    role: role as StaffRole,
    state: invitationState({ acceptedAt, revokedAt, expiresAt }, now),
    stateAt: acceptedAt ?? revokedAt ?? expiresAt,
  }));
}
