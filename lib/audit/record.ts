import "server-only";
import type { Database } from "@/lib/db/client";
import { auditLog, type AuditDetails } from "@/lib/db/schema/privacy";
import type { CurrentUser } from "@/lib/auth/dal";

// Staff reads and changes of candidates' records; candidates on their own are not logged. A write's
// line goes in its transaction, so the log never claims a change that rolled back.

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

/** One "view" line per list, naming each candidate once; nothing for an empty list. */
export async function recordListView(db: Database, actor: CurrentUser, candidateIds: readonly string[], entity: string, now = new Date()): Promise<void> {
  const distinct = [...new Set(candidateIds)];
  if (distinct.length === 0) return;
  await recordAudit(db, actor, { candidateId: null, action: "view", entity, details: { candidateIds: distinct } }, now);
}

/** What an employer does through their feedback link: no actor, and the line says so. */
export async function recordClientAudit(db: Database, entry: Omit<AuditEntry, "details">, now = new Date()): Promise<void> {
  await db.insert(auditLog).values({
    actorId: null,
    candidateId: entry.candidateId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    details: { byClient: true },
    at: now,
  });
}
