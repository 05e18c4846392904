import "server-only";
import { createElement } from "react";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { users } from "@/lib/db/schema/auth";
import { enqueueEmail } from "@/lib/email/outbox";
import { staffRoles, terminalStages } from "@/lib/domain/values";
import NewCandidateEmail, { newCandidateSubject } from "@/emails/new-candidate";
import NoConsultantEmail, { noConsultantSubject } from "@/emails/no-consultant";
import type { Database } from "@/lib/db/client";
import type { Transaction } from "./access";

// Every agency application has a consultant: the candidate's own, else the intake
// consultant the admin chose, else whoever has the fewest candidates in progress.

export type AssignedConsultant = { id: string; name: string | null; email: string };
type Vacancy = { company: string; role: string };

const person = { id: users.id, name: users.name, email: users.email };
const activeConsultant = and(eq(users.role, "consultant"), isNull(users.deactivatedAt));

/** Candidates with an agency application still in progress who have this consultant. */
const caseload = sql<number>`(
  select count(*) from users as assigned
  where assigned.consultant_id = ${users.id}
    and exists (
      select 1 from applications
      where applications.candidate_id = assigned.id and applications.source = 'agency'
        and applications.stage not in (${sql.join(terminalStages.map((stage) => sql`${stage}`), sql`, `)})
    )
)`;

/** Whom a new agency candidate goes to; null when the agency has no active consultant. */
export async function pickIntakeConsultant(tx: Transaction): Promise<AssignedConsultant | null> {
  const [chosen] = await tx
    .select(person)
    .from(users)
    .where(activeConsultant)
    .orderBy(desc(users.intakeConsultant), asc(caseload), asc(users.createdAt), asc(users.id))
    .limit(1);
  return chosen ?? null;
}

/**
 * The candidate's consultant, assigning one if they have none (or theirs has left): the
 * consultant is emailed, and with nobody to assign every admin is. Call it in the
 * transaction that writes the agency application, so the email commits with it.
 */
export async function ensureAgencyConsultant(tx: Transaction, candidateId: string, vacancy: Vacancy, now: Date): Promise<AssignedConsultant | null> {
  const [candidate] = await tx
    .select({ name: users.name, email: users.email, consultantId: users.consultantId })
    .from(users)
    .where(eq(users.id, candidateId))
    .for("update");
  if (!candidate) return null;
  if (candidate.consultantId) {
    // A consultant since made an admin keeps their candidates; only someone who left is replaced.
    const [current] = await tx.select(person).from(users).where(and(eq(users.id, candidate.consultantId), inArray(users.role, [...staffRoles]), isNull(users.deactivatedAt)));
    if (current) return current;
  }
  const who = { id: candidateId, name: candidate.name?.trim() || candidate.email };
  const chosen = await pickIntakeConsultant(tx);
  if (!chosen) {
    await alertAdmins(tx, who, vacancy, now);
    return null;
  }
  await tx.update(users).set({ consultantId: chosen.id, updatedAt: now }).where(eq(users.id, candidateId));
  await tellConsultantOfCandidate(tx, chosen, who, [vacancy], now);
  return chosen;
}

/** Who looks after the candidate now: an active member of staff, or null. */
export async function currentConsultantOf(db: Database | Transaction, candidateId: string) {
  const [row] = await db.select({ consultantId: users.consultantId }).from(users).where(eq(users.id, candidateId));
  if (!row?.consultantId) return null;
  const [consultant] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.id, row.consultantId), inArray(users.role, [...staffRoles]), isNull(users.deactivatedAt)));
  return consultant ?? null;
}

/** Keyed by the moment of assignment: a retried transaction sends once, a later reassignment again. */
export async function tellConsultantOfCandidate(
  tx: Transaction,
  consultant: AssignedConsultant,
  candidate: { id: string; name: string },
  vacancies: readonly Vacancy[],
  now: Date,
): Promise<void> {
  const props = { consultantName: consultant.name, candidateName: candidate.name, candidateId: candidate.id, vacancies: [...vacancies] };
  await enqueueEmail(
    {
      to: consultant.email,
      template: "new-candidate",
      subject: newCandidateSubject(props),
      element: createElement(NewCandidateEmail, props),
      idempotencyKey: `new-candidate:${candidate.id}:${consultant.id}:${now.toISOString()}`,
      userId: consultant.id,
    },
    now,
    tx,
  );
}

/** One email per admin per candidate: nobody else can put them right. */
async function alertAdmins(tx: Transaction, candidate: { id: string; name: string }, vacancy: Vacancy, now: Date): Promise<void> {
  const admins = await tx.select(person).from(users).where(and(eq(users.role, "admin"), isNull(users.deactivatedAt)));
  for (const admin of admins) {
    const props = { adminName: admin.name, candidateName: candidate.name, vacancy };
    await enqueueEmail(
      {
        to: admin.email,
        template: "no-consultant",
        subject: noConsultantSubject(props),
        element: createElement(NoConsultantEmail, props),
        idempotencyKey: `no-consultant:${candidate.id}:${admin.id}`,
        userId: admin.id,
      },
      now,
      tx,
    );
  }
}
