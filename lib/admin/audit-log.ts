import "server-only";
import { and, desc, eq, inArray, lt, sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { z } from "zod";
import { getDb, type Database } from "@/lib/db/client";
import { staffInvitations, users } from "@/lib/db/schema/auth";
import { applications, clientFeedback, interviews, thankYouNotes } from "@/lib/db/schema/journey";
import { auditLog, type AuditDetails } from "@/lib/db/schema/privacy";
import type { CurrentUser } from "@/lib/auth/dal";
import type { AuditAction } from "@/lib/audit/record";
import { concernsCandidate } from "@/lib/audit/concerning";
import type { StaffRole } from "@/lib/domain/values";
import { assertAdmin } from "./access";
import type { AuditFilter } from "./audit-log-schema";

// Reading the log is not itself logged: it holds who did what, not a
// candidate's records, and logging each read would bury the entries that matter.

export const auditPageSize = 50;

type Person = { id: string; name: string | null; email: string };

export type AuditLogEntry = {
  id: number;
  at: Date;
  action: AuditAction;
  entity: string;
  entityId: string | null;
  actor: Person | null;
  /** Under a candidate filter, a list view's line shows that candidate. */
  candidate: Person | null;
  listed: number | null;
  invitation: { email: string; role: StaffRole } | null;
  assignedTo: Person | null;
  /** Done by an employer through their feedback link: no account acted. */
  byClient: boolean;
  /** A deactivation or role change (entity "staff_member"). */
  staffChange: StaffChange | null;
};

export type StaffChange = { person: Person | null; deactivated: boolean; successor: Person | null; moved: number; toRole: StaffRole | null };

export type AuditLogPage = { entries: AuditLogEntry[]; nextBefore: number | null };

const isUuid = (value: string) => z.uuid().safeParse(value).success;

/** An id matches the column; anything else is taken as an email address. */
function personIs(column: AnyPgColumn, value: string, db: Database): SQL {
  if (isUuid(value)) return eq(column, value);
  return inArray(column, db.select({ id: users.id }).from(users).where(eq(users.email, value.toLowerCase())));
}

/** The person an id or address names, if any: a candidate is found in lists' details by id alone. */
async function findPerson(db: Database, value: string): Promise<Person | null> {
  const [person] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(isUuid(value) ? eq(users.id, value) : eq(users.email, value.toLowerCase()));
  return person ?? null;
}

/** Newest first, keyset-paginated on id, so a page is as quick at the ten-thousandth entry as at the first. */
export async function listAuditLog(caller: CurrentUser, filter: AuditFilter, pageSize = auditPageSize): Promise<AuditLogPage> {
  assertAdmin(caller);
  const db = getDb();
  const conditions: SQL[] = [];
  const filtered = filter.candidate ? await findPerson(db, filter.candidate) : null;
  if (filter.candidate) conditions.push(filtered ? concernsCandidate(filtered.id) : sql`false`);
  if (filter.actor) conditions.push(personIs(auditLog.actorId, filter.actor, db));
  if (filter.before) conditions.push(lt(auditLog.id, filter.before));
  const actor = alias(users, "actor");
  const candidate = alias(users, "candidate");
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      listed: sql<number | null>`jsonb_array_length(${auditLog.details} -> 'candidateIds')`,
      toStage: sql<string | null>`${auditLog.details} ->> 'toStage'`,
      byClient: sql<boolean>`coalesce((${auditLog.details} ->> 'byClient')::boolean, false)`,
      details: auditLog.details,
      actorId: actor.id,
      actorName: actor.name,
      actorEmail: actor.email,
      candidateId: candidate.id,
      candidateName: candidate.name,
      candidateEmail: candidate.email,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(candidate, eq(candidate.id, auditLog.candidateId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(pageSize + 1);
  const page = rows.slice(0, pageSize);
  const { invitations, consultants, subjects } = await resolveSubjects(db, page);
  const personById = (id: string | null | undefined) => (id ? (consultants.get(id) ?? null) : null);
  return {
    entries: page.map((row) => ({
      id: row.id,
      at: row.at,
      action: row.action as AuditAction,
      entity: row.entity,
      entityId: row.entityId,
      actor: row.actorId ? { id: row.actorId, name: row.actorName, email: row.actorEmail! } : null,
      candidate: row.candidateId ? { id: row.candidateId, name: row.candidateName, email: row.candidateEmail! } : row.listed !== null ? filtered : null,
      listed: row.listed,
      invitation: invitationEntities.includes(row.entity) && row.entityId ? (invitations.get(row.entityId) ?? null) : null,
      assignedTo: consultantEntities.includes(row.entity) && row.entityId ? (consultants.get(row.entityId) ?? null) : null,
      subject: row.entityId ? (subjects.get(`${subjectKind(row.entity)}:${row.entityId}`) ?? null) : null,
      byClient: row.byClient,
      toStage: row.toStage,
      staffChange:
        row.entity === "staff_member"
          ? {
              person: personById(row.entityId),
              deactivated: Boolean(row.details?.deactivated),
              successor: personById(row.details?.successorId),
              moved: row.details?.moved ?? 0,
              toRole: (row.details?.toRole as StaffRole | undefined) ?? null,
            }
          : null,
    })),
    nextBefore: rows.length > pageSize ? page.at(-1)!.id : null,
  };
}

const invitationEntities = ["staff_invitation", "staff_role"];
/** What the client does through their link is logged against the interview. */
const interviewEntities = ["interview", "client_feedback_request", "client_answer", "client_request_opt_out"];
const subjectKind = (entity: string) => (interviewEntities.includes(entity) ? "interview" : entity);
/** Entries whose id is a consultant's. */
const consultantEntities = ["assignment", "intake_consultant"];

async function resolveSubjects(db: Database, rows: { entity: string; entityId: string | null; details: AuditDetails | null }[]) {
  const idsOf = (entities: string[]) => [
    ...new Set(rows.flatMap((row) => (entities.includes(row.entity) && row.entityId && isUuid(row.entityId) ? [row.entityId] : []))),
  ];
  const invitationIds = idsOf(invitationEntities);
  const staffChangeIds = rows.flatMap((row) => {
    const successorId = row.entity === "staff_member" ? row.details?.successorId : undefined;
    return successorId && isUuid(successorId) ? [successorId] : [];
  });
  const consultantIds = [...new Set([...idsOf([...consultantEntities, "staff_member"]), ...staffChangeIds])];
  const [invitationRows, consultantRows, subjects] = await Promise.all([
    invitationIds.length
      ? db.select({ id: staffInvitations.id, email: staffInvitations.email, role: staffInvitations.role }).from(staffInvitations).where(inArray(staffInvitations.id, invitationIds))
      : [],
    consultantIds.length
      ? db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, consultantIds))
      : [],
    journeySubjects(db, { application: idsOf(["application"]), interview: idsOf(interviewEntities), client_feedback: idsOf(["client_feedback"]), thank_you_note: idsOf(["thank_you_note"]) }),
  ]);
  return {
    invitations: new Map(invitationRows.map((row) => [row.id, { email: row.email, role: row.role as StaffRole }])),
    consultants: new Map(consultantRows.map((row) => [row.id, row])),
    subjects,
  };
}

type Subject = { company: string; role: string; round: number | null };

/** What each journey record was about, keyed "entity:id"; a deleted record has no entry. */
async function journeySubjects(db: Database, ids: Record<"application" | "interview" | "client_feedback" | "thank_you_note", string[]>) {
  const subjects = new Map<string, Subject>();
  const ofRound = { company: applications.company, role: applications.role, round: interviews.round };
  // Feedback and notes belong to a round: their subject is that round's.
  const roundsOf = (table: typeof clientFeedback | typeof thankYouNotes, wanted: string[]) =>
    wanted.length
      ? db
          .select({ id: table.id, ...ofRound })
          .from(table)
          .innerJoin(interviews, eq(interviews.id, table.interviewId))
          .innerJoin(applications, eq(applications.id, interviews.applicationId))
          .where(inArray(table.id, wanted))
      : [];
  const [applicationRows, interviewRows, feedbackRows, noteRows] = await Promise.all([
    ids.application.length ? db.select({ id: applications.id, company: applications.company, role: applications.role }).from(applications).where(inArray(applications.id, ids.application)) : [],
    ids.interview.length
      ? db.select({ id: interviews.id, ...ofRound }).from(interviews).innerJoin(applications, eq(applications.id, interviews.applicationId)).where(inArray(interviews.id, ids.interview))
      : [],
    roundsOf(clientFeedback, ids.client_feedback),
    roundsOf(thankYouNotes, ids.thank_you_note),
  ]);
  for (const row of applicationRows) subjects.set(`application:${row.id}`, { company: row.company, role: row.role, round: null });
  for (const [entity, rows] of [["interview", interviewRows], ["client_feedback", feedbackRows], ["thank_you_note", noteRows]] as const) {
    for (const { id, ...subject } of rows) subjects.set(`${entity}:${id}`, subject);
  }
  return subjects;
}
