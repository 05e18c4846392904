import "server-only";
import type { Database } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema/privacy";
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
      at: now,
    })),
  );
}

/**
 * A list page showed these candidates' records (the pipeline, needs
 * attention): one "view" line per candidate shown, however many of their
 * rows the page listed.
 */
export async function recordListView(db: Database, actor: CurrentUser, candidateIds: readonly string[], entity: string, now = new Date()): Promise<void> {
  const distinct = [...new Set(candidateIds)];
  await recordAudit(db, actor, distinct.map((candidateId) => ({ candidateId, action: "view" as const, entity })), now);
}
