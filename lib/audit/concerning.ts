import "server-only";
import { eq, or, sql, type SQL } from "drizzle-orm";
import { auditLog } from "@/lib/db/schema/privacy";

// The audit page's filter, the data export and erasure all ask this same question.

/** List views that showed this candidate (containment, so the details index answers it). */
export function listedCandidate(candidateId: string): SQL {
  return sql`${auditLog.details} @> ${JSON.stringify({ candidateIds: [candidateId] })}::jsonb`;
}

export function concernsCandidate(candidateId: string): SQL {
  return or(eq(auditLog.candidateId, candidateId), listedCandidate(candidateId))!;
}
