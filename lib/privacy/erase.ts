import "server-only";
import { and, eq, like, or, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { staffInvitations, users, verificationTokens } from "@/lib/db/schema/auth";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { auditLog } from "@/lib/db/schema/privacy";
import { listedCandidate } from "@/lib/audit/concerning";
import type { CurrentUser } from "@/lib/auth/dal";
import { assertCandidate } from "@/lib/journey/access";
import { confirmsAddress } from "./erase-schema";

// Erasure (UK GDPR article 17): every row that holds the candidate's data
// goes, in one transaction, or none does. Deleting the users row cascades to
// accounts, sessions (so every signed-in device is signed out), consents,
// calendar_feeds, reminders, email_outbox rows of theirs, audit_log rows
// about them, and every journey table (applications, interviews and what
// hangs off them). References to them in other people's rows (audit_log
// actor, stage changes, consultant columns) are set to null by the schema;
// the staff lists' audit lines that named them drop their id here.
// Rows that find them by address rather than id are deleted here first.
// Kept on purpose: see retained-tables.ts (email_suppressions above all).
// erase.test.ts walks every table afterwards for their id and address.

export type ErasureResult = "erased" | "not-confirmed" | "gone";

export async function eraseCandidate(caller: CurrentUser, confirmation: string): Promise<ErasureResult> {
  assertCandidate(caller);
  return getDb().transaction(async (tx) => {
    // FOR UPDATE waits for any transaction still adding rows that point at
    // this user (they hold key-share locks), so none lands after the delete.
    const [owner] = await tx
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.id, caller.id), eq(users.role, "candidate")))
      .for("update");
    if (!owner) return "gone";
    // Checked against the stored address, not the session's copy of it.
    if (!confirmsAddress(confirmation, owner.email)) return "not-confirmed";
    const email = owner.email.toLowerCase();

    // Mail to their address with no account attached (a first sign-in link),
    // everything of theirs, and mail to staff about them: a consultant's
    // digest links each candidate's page, and that link is how it is found.
    const aboutThem = `%/consultant/candidates/${caller.id}%`;
    await tx
      .delete(emailOutbox)
      .where(or(eq(emailOutbox.userId, caller.id), sql`lower(${emailOutbox.recipient}) = ${email}`, like(emailOutbox.html, aboutThem)));
    await tx.delete(verificationTokens).where(sql`lower(${verificationTokens.identifier}) = ${email}`);
    await tx.delete(staffInvitations).where(eq(staffInvitations.email, email));
    // The line stays: it is the staff member's view of the others it showed.
    await tx
      .update(auditLog)
      .set({ details: sql`jsonb_set(${auditLog.details}, '{candidateIds}', (${auditLog.details} -> 'candidateIds') - ${caller.id}::text)` })
      .where(listedCandidate(caller.id));
    await tx.delete(users).where(eq(users.id, caller.id));
    return "erased";
  });
}
