import "server-only";
import { eq, or, sql, type SQL } from "drizzle-orm";
import { auditLog } from "@/lib/db/schema/privacy";

// Finding a candidate's lines in the log: the audit page's filter, their
// data export and their erasure all ask the same question.

/** List views that showed this candidate (containment, so the details index answers it). */
export function listedCandidate(candidateId: string): SQL {
  return sql`${auditLog.details} @> ${JSON.stringify({ candidateIds: [candidateId] })}::jsonb`;
}

/** Lines about this candidate: their own records, and every list that showed them. */
export function concernsCandidate(candidateId: string): SQL {
  return or(eq(auditLog.candidateId, candidateId), listedCandidate(candidateId))!;
}
