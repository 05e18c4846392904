import "server-only";
import { and, desc, eq, gt, isNull, lte, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { staffInvitations, users, verificationTokens } from "@/lib/db/schema/auth";
import { recordAudit } from "@/lib/audit/record";
import type { StaffRole } from "@/lib/domain/values";

// The invitee's side, so it lives beside sign-in rather than in lib/admin. Signing in by any link
// while an invitation is open grants its role, once.

/** The Auth.js email provider whose links are invitations: same flow, longer-lived, template of its own. */
export const staffInvitationProviderId = "staff-invitation";
export const staffInvitationDays = 7;
export const staffInvitationLifetimeMs = staffInvitationDays * 24 * 60 * 60_000;


export function openStaffInvitation(now: Date): SQL {
  return and(isNull(staffInvitations.acceptedAt), isNull(staffInvitations.revokedAt), gt(staffInvitations.expiresAt, now))!;
}

export type OpenStaffInvitation = { id: string; role: StaffRole; expiresAt: Date; inviterName: string | null };

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

/** Called as each invitation link is made (lib/auth/staff-invitation-provider.ts). */
export async function recordInvitationLink(db: Database, invitationId: string, tokenHash: string): Promise<void> {
  await db
    .update(staffInvitations)
    .set({ linkTokens: sql`array_append(${staffInvitations.linkTokens}, ${tokenHash})` })
    .where(eq(staffInvitations.id, invitationId));
}

/** Deletes the unused links of the address's invitations: all of them, or only `invitationId`'s. */
export async function deleteInvitationLinks(db: Database, email: string, invitationId?: string): Promise<number> {
  const linkTokens = db
    .select({ token: sql`unnest(${staffInvitations.linkTokens})` })
    .from(staffInvitations)
    .where(and(eq(staffInvitations.email, email), invitationId ? eq(staffInvitations.id, invitationId) : undefined));
  const deleted = await db
    .delete(verificationTokens)
    .where(and(eq(verificationTokens.identifier, email), sql`${verificationTokens.token} in (${linkTokens})`))
    .returning({ token: verificationTokens.token });
  return deleted.length;
}

export type AcceptedInvitation = { invitationId: string; role: StaffRole };

/** Called after every successful sign-in; null when there is nothing to accept. */
export async function acceptStaffInvitation(db: Database, userId: string, now = new Date()): Promise<AcceptedInvitation | null> {
  return db.transaction(async (tx) => {
    // The user row lock queues two sign-ins of one person; the second finds staff and grants nothing.
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
          // A candidate from before the invitation is someone's record and never becomes staff
          // (inviting such an address is refused; this covers a race with that).
          lte(staffInvitations.createdAt, user.createdAt),
        ),
      )
      .orderBy(desc(staffInvitations.createdAt))
      .limit(1)
      .for("update");
    if (!invitation) return null;
    const role = invitation.role as StaffRole;
    await tx.update(staffInvitations).set({ acceptedAt: now }).where(eq(staffInvitations.id, invitation.id));
    // The link just used is gone already; no other invitation link to this address may sign anyone in.
    await deleteInvitationLinks(tx, user.email);
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
