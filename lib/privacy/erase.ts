import "server-only";
import { and, eq, inArray, like, or, sql } from "drizzle-orm";
import { getDb, type Database } from "@/lib/db/client";
import { staffInvitations, users, verificationTokens } from "@/lib/db/schema/auth";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { clientFeedbackRequests } from "@/lib/db/schema/client";
import { auditLog } from "@/lib/db/schema/privacy";
import { listedCandidate } from "@/lib/audit/concerning";
import type { CurrentUser } from "@/lib/auth/dal";
import { assertCandidate } from "@/lib/journey/access";
import { confirmsAddress } from "./erase-schema";

// Erasure (UK GDPR art. 17) in one transaction. Deleting the users row cascades to all rows keyed
// by their id (sessions too, signing every device out) and nulls their id in others' rows; rows
// found by address, and staff lists' audit lines naming them, are handled here first. What stays
// is in retained-tables.ts; erase.test.ts walks every table afterwards.

export type ErasureResult = "erased" | "not-confirmed" | "gone";

export async function eraseCandidate(caller: CurrentUser, confirmation: string): Promise<ErasureResult> {
  assertCandidate(caller);
  return getDb().transaction(async (tx) => {
    // FOR UPDATE waits for transactions adding rows that point here (key-share locks): none lands after.
    const [owner] = await tx
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.id, caller.id), eq(users.role, "candidate")))
      .for("update");
    if (!owner) return "gone";
    // Checked against the stored address, not the session's copy of it.
    if (!confirmsAddress(confirmation, owner.email)) return "not-confirmed";
    await eraseCandidateRecords(tx, caller.id, owner.email);
    return "erased";
  });
}

/** Every row of one candidate's, in the caller's transaction, with their users row locked FOR UPDATE
 *  (which waits out transactions adding rows that point here). The one path that removes a candidate:
 *  their own request above, and the retention pass (lib/retention/erasure.ts). */
export async function eraseCandidateRecords(tx: Database, candidateId: string, address: string): Promise<void> {
  const email = address.toLowerCase();
  // Mail to staff about them too: a consultant's digest links each candidate's page. Mail to a
  // client about their interview, and an admin's "has no consultant", names them without a link.
  const aboutThem = `%/consultant/candidates/${candidateId}%`;
  const requests = await tx.select({ id: clientFeedbackRequests.id }).from(clientFeedbackRequests).where(eq(clientFeedbackRequests.candidateId, candidateId));
  const keyedToThem = [
    ...requests.flatMap((request) => [`client-feedback-request:${request.id}`, `client-feedback-reminder:${request.id}`]),
  ];
  await tx
    .delete(emailOutbox)
    .where(
      or(
        eq(emailOutbox.userId, candidateId),
        sql`lower(${emailOutbox.recipient}) = ${email}`,
        like(emailOutbox.html, aboutThem),
        like(emailOutbox.idempotencyKey, `no-consultant:${candidateId}:%`),
        keyedToThem.length > 0 ? inArray(emailOutbox.idempotencyKey, keyedToThem) : undefined,
      ),
    );
  await tx.delete(verificationTokens).where(sql`lower(${verificationTokens.identifier}) = ${email}`);
  await tx.delete(staffInvitations).where(eq(staffInvitations.email, email));
  // The line stays: it is the staff member's view of the others it showed.
  await tx
    .update(auditLog)
    .set({ details: sql`jsonb_set(${auditLog.details}, '{candidateIds}', (${auditLog.details} -> 'candidateIds') - ${candidateId}::text)` })
    .where(listedCandidate(candidateId));
  await tx.delete(users).where(eq(users.id, candidateId));
}
