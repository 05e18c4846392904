import "server-only";
import type { Database } from "@/lib/db/client";
import { auditLog, type AuditDetails } from "@/lib/db/schema/privacy";
import type { CurrentUser } from "@/lib/auth/dal";

// Every time a consultant or an admin reads or changes a candidate's records,
// a line goes here: who, which candidate, what, when. Candidates acting on
// their own records are not logged (it is theirs). A write's line goes in
// the write's transaction, so the log never claims a change that rolled back.

export type AuditAction = "view" | "create" | "update" | "delete";

export type AuditEntry = {
  /** Null for staff events that concern no candidate (invitations, roles). */
  candidateId: string | null;
  action: AuditAction;
  /** The kind of record: "candidate", "application", "interview", "reflection", "client_feedback"... */
  entity: string;
  entityId?: string | null;
  details?: AuditDetails | null;
};

export async function recordAudit(db: Database, actor: CurrentUser, entries: AuditEntry | AuditEntry[], now = new Date()): Promise<void> {
  if (actor.role === "candidate") return;
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await db.insert(auditLog).values(
    list.map((entry) => ({
      actorId: actor.id,
      candidateId: entry.candidateId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      details: entry.details ?? null,
      at: now,
    })),
  );
}

/**
 * A staff list (the pipeline, needs attention, the candidate list) showed
 * these candidates: one "view" line for the whole view, naming each candidate
 * once in details. Nothing when the list was empty, as nobody's records were read.
 */
export async function recordListView(db: Database, actor: CurrentUser, candidateIds: readonly string[], entity: string, now = new Date()): Promise<void> {
  const distinct = [...new Set(candidateIds)];
  if (distinct.length === 0) return;
  await recordAudit(db, actor, { candidateId: null, action: "view", entity, details: { candidateIds: distinct } }, now);
}
