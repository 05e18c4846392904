import "server-only";
import { and, desc, eq, gt, isNull, lte, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { staffInvitations, users } from "@/lib/db/schema/auth";
import { recordAudit } from "@/lib/audit/record";
import type { StaffRole } from "@/lib/domain/values";

// The invitee's side of a staff invitation. An invitation is open until it is
// accepted, revoked or expires; signing in while one is open for the address
// (through the invitation's link or an ordinary sign-in link) grants its
// role, once. The caller here is the invitee, not an admin, so this lives
// beside sign-in rather than in lib/admin.

/** The Auth.js email provider whose links are invitations: same flow, longer-lived, template of its own. */
export const staffInvitationProviderId = "staff-invitation";
export const staffInvitationDays = 7;
export const staffInvitationLifetimeMs = staffInvitationDays * 24 * 60 * 60_000;


/** On `staff_invitations`: neither accepted nor revoked, and not yet expired. */
export function openStaffInvitation(now: Date): SQL {
  return and(isNull(staffInvitations.acceptedAt), isNull(staffInvitations.revokedAt), gt(staffInvitations.expiresAt, now))!;
}

export type OpenStaffInvitation = { id: string; role: StaffRole; expiresAt: Date; inviterName: string | null };

/** The open invitation for an address (the newest, should there be two), or null. */
export async function findOpenStaffInvitation(db: Database, email: string, now = new Date()): Promise<OpenStaffInvitation | null> {
  const [row] = await db
    .select({ id: staffInvitations.id, role: staffInvitations.role, expiresAt: staffInvitations.expiresAt, inviterName: users.name })
    .from(staffInvitations)
    .leftJoin(users, eq(users.id, staffInvitations.invitedBy))
    .where(and(eq(staffInvitations.email, email.trim().toLowerCase()), openStaffInvitation(now)))
    .orderBy(desc(staffInvitations.createdAt))
    .limit(1);
  return row ? { ...row, role: row.role as StaffRole } : null;
}

export type AcceptedInvitation = { invitationId: string; role: StaffRole };

/**
 * Called after every successful sign-in. Grants the role of the address's
 * open invitation, marks it accepted and writes the audit line, in one
 * transaction; null when there is nothing to accept.
 */
export async function acceptStaffInvitation(db: Database, userId: string, now = new Date()): Promise<AcceptedInvitation | null> {
  return db.transaction(async (tx) => {
    // Locking the user row makes two sign-ins of the same person queue, so the
    // second finds a member of staff and grants nothing.
    const [user] = await tx
      .select({ id: users.id, email: users.email, role: users.role, createdAt: users.createdAt })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!user || user.role !== "candidate") return null;
    const [invitation] = await tx
      .select({ id: staffInvitations.id, role: staffInvitations.role })
      .from(staffInvitations)
      .where(
        and(
          eq(staffInvitations.email, user.email),
          openStaffInvitation(now),
          // An account that was a candidate before the invitation existed is
          // someone's candidate record: it is never turned into staff
          // (inviting such an address is refused; this covers a race with it).
          lte(staffInvitations.createdAt, user.createdAt),
        ),
      )
      .orderBy(desc(staffInvitations.createdAt))
      .limit(1)
      .for("update");
    if (!invitation) return null;
    const role = invitation.role as StaffRole;
    await tx.update(staffInvitations).set({ acceptedAt: now }).where(eq(staffInvitations.id, invitation.id));
    // Staff have no consultant of their own.
    await tx.update(users).set({ role, consultantId: null, updatedAt: now }).where(eq(users.id, user.id));
    await recordAudit(
      tx,
      { id: user.id, name: null, email: user.email, role },
      { candidateId: null, action: "update", entity: "staff_role", entityId: invitation.id },
      now,
    );
    return { invitationId: invitation.id, role };
  });
}
