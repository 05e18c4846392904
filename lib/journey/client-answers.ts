import "server-only";
import { createElement } from "react";
import { desc, eq } from "drizzle-orm";
import { getDb, type Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications, interviews } from "@/lib/db/schema/journey";
import { clientAnswers, clientFeedbackRequests, clientRequestOptOuts } from "@/lib/db/schema/client";
import { recordClientAudit } from "@/lib/audit/record";
import { enqueueEmail } from "@/lib/email/outbox";
import { hashAddress } from "@/lib/email/suppression";
import { clientAnswerLabels } from "@/lib/domain/labels";
import { terminalStages, type ClientAnswerStatus } from "@/lib/domain/values";
import { formatPlainDate } from "@/lib/plans/plain-date-text";
import { addCalendarDays } from "@/lib/plans/working-days";
import { localDateOf } from "@/lib/plans/zoned-time";
import ClientAnsweredEmail, { clientAnsweredSubject } from "@/emails/client-answered";
import type { Transaction } from "./access";
import type { ClientAnswerInput } from "./client-request-schema";
import { firstNameOf, hashClientToken, hasOptedOut } from "./client-requests";
import { currentConsultantOf } from "./consultant-assignment";
import { moveDecisionDate, statedDecisionDate } from "./decision-date";

// The employer's side, through the link alone: what they see (the role, the candidate's
// first name, the interview's day; never contact details, reflections or other
// applications), their answer, and stopping requests. Everything they do is audited.

/** "closed": the application is no longer the agency's (made direct, or decided), so the answer has nowhere to go. */
type LinkState = "open" | "expired" | "replaced" | "opted_out" | "closed";

const requestColumns = {
  id: clientFeedbackRequests.id,
  interviewId: clientFeedbackRequests.interviewId,
  candidateId: clientFeedbackRequests.candidateId,
  requestedBy: clientFeedbackRequests.requestedBy,
  contactName: clientFeedbackRequests.contactName,
  contactEmail: clientFeedbackRequests.contactEmail,
  expiresAt: clientFeedbackRequests.expiresAt,
  replacedAt: clientFeedbackRequests.replacedAt,
  source: applications.source,
  stage: applications.stage,
};

async function findRequest(db: Database | Transaction, token: string, lock = false) {
  const query = db
    .select(requestColumns)
    .from(clientFeedbackRequests)
    .innerJoin(interviews, eq(interviews.id, clientFeedbackRequests.interviewId))
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .where(eq(clientFeedbackRequests.tokenHash, hashClientToken(token)));
  const [request] = lock ? await query.for("update", { of: clientFeedbackRequests }) : await query;
  return request ?? null;
}

async function stateOf(db: Database | Transaction, request: NonNullable<Awaited<ReturnType<typeof findRequest>>>, now: Date): Promise<LinkState> {
  if (await hasOptedOut(db, request.contactEmail)) return "opted_out";
  if (request.replacedAt) return "replaced";
  if (request.expiresAt <= now) return "expired";
  if (request.source !== "agency" || terminalStages.includes(request.stage)) return "closed";
  return "open";
}

export type ClientRequestView =
  | { state: "unknown" }
  | {
      state: LinkState;
      consultant: { name: string; email: string } | null;
      contactName: string;
      candidateFirstName: string;
      role: string;
      company: string;
      interviewDay: string;
      /** The link's last whole day, in the interview's zone. */
      lastDay: string;
      latest: { status: ClientAnswerStatus; decideBy: string | null; feedbackForCandidate: string | null; noteForConsultant: string | null; at: Date } | null;
    };

/** The page's view; opening it is audited (a link nobody has is "unknown", and writes nothing). */
export async function readClientRequest(token: string, now = new Date()): Promise<ClientRequestView> {
  const db = getDb();
  const request = await findRequest(db, token);
  if (!request) return { state: "unknown" };
  const [row] = await db
    .select({ role: applications.role, company: applications.company, candidateName: users.name, startsAt: interviews.startsAt, timeZone: interviews.timeZone })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(users, eq(users.id, interviews.candidateId))
    .where(eq(interviews.id, request.interviewId));
  if (!row) return { state: "unknown" };
  const consultant = await currentConsultantOf(db, request.candidateId);
  const [latest] = await db
    .select({
      status: clientAnswers.status,
      decideBy: clientAnswers.decideBy,
      feedbackForCandidate: clientAnswers.feedbackForCandidate,
      noteForConsultant: clientAnswers.noteForConsultant,
      at: clientAnswers.createdAt,
    })
    .from(clientAnswers)
    .where(eq(clientAnswers.requestId, request.id))
    .orderBy(desc(clientAnswers.createdAt))
    .limit(1);
  await recordClientAudit(db, { candidateId: request.candidateId, action: "view", entity: "client_feedback_request", entityId: request.interviewId }, now);
  return {
    state: await stateOf(db, request, now),
    consultant: consultant ? { name: consultant.name?.trim() || consultant.email, email: consultant.email } : null,
    contactName: request.contactName,
    candidateFirstName: firstNameOf(row.candidateName),
    role: row.role,
    company: row.company,
    interviewDay: formatPlainDate(localDateOf(row.startsAt, row.timeZone)),
    lastDay: formatPlainDate(addCalendarDays(localDateOf(request.expiresAt, row.timeZone), -1)),
    latest: latest ?? null,
  };
}

/** Read-only: whether the link takes answers now; "unknown" for a link nobody was sent. */
export async function clientLinkState(token: string, now = new Date()): Promise<LinkState | "unknown"> {
  const db = getDb();
  const request = await findRequest(db, token);
  return request ? stateOf(db, request, now) : "unknown";
}

export type ClientAnswerResult = { status: "recorded"; replanned: boolean } | { status: LinkState | "unknown" } | { status: "bad_date"; message: string };

/** Not before the interview, and not absurdly far ahead: the date re-plans the candidate's follow-ups. */
function decisionDateProblem(decideBy: string, interviewDay: string, now: Date, timeZone: string): string | null {
  if (decideBy < interviewDay) return "That date is before the interview. Enter the date you expect to decide by.";
  if (decideBy > addCalendarDays(localDateOf(now, timeZone), 365)) return "Enter a date within the next year.";
  return null;
}

/**
 * One transaction: the answer, a new decision date re-planning the candidate's follow-ups
 * (kept in the timeline's history as the client's), the consultant's email, the audit line.
 * The stage and the feedback wait for the consultant.
 */
export async function answerClientRequest(token: string, input: ClientAnswerInput, now = new Date()): Promise<ClientAnswerResult> {
  return getDb().transaction(async (tx) => {
    const request = await findRequest(tx, token, true);
    if (!request) return { status: "unknown" };
    const state = await stateOf(tx, request, now);
    if (state !== "open") return { status: state };
    if (input.decideBy) {
      const [interview] = await tx.select({ startsAt: interviews.startsAt, timeZone: interviews.timeZone }).from(interviews).where(eq(interviews.id, request.interviewId));
      const problem = interview && decisionDateProblem(input.decideBy, localDateOf(interview.startsAt, interview.timeZone), now, interview.timeZone);
      if (problem) return { status: "bad_date", message: problem };
    }

    const [answer] = await tx
      .insert(clientAnswers)
      .values({ requestId: request.id, interviewId: request.interviewId, candidateId: request.candidateId, ...input, decideBy: input.decideBy ?? null, createdAt: now })
      .returning({ id: clientAnswers.id });
    await tx.update(clientFeedbackRequests).set({ lastAnsweredAt: now }).where(eq(clientFeedbackRequests.id, request.id));
    const replanned = input.decideBy ? await replanFromClient(tx, request, input.decideBy, now) : false;
    await emailConsultant(tx, request, answer!.id, input, replanned, now);
    await recordClientAudit(tx, { candidateId: request.candidateId, action: "create", entity: "client_answer", entityId: request.interviewId }, now);
    return { status: "recorded", replanned };
  });
}

type FoundRequest = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

/** False when the client's date is the one already planned for. */
async function replanFromClient(tx: Transaction, request: FoundRequest, newDate: string, now: Date): Promise<boolean> {
  const [current] = await tx.select().from(interviews).where(eq(interviews.id, request.interviewId)).for("update");
  if (!current || statedDecisionDate(current) === newDate) return false;
  await moveDecisionDate(tx, current, { newDate, source: "client" }, now);
  return true;
}

/** To whoever looks after the candidate now (not a consultant who has since lost them or left);
 *  keyed by the answer, so sent once. With nobody assigned, the admins see it in needs attention. */
async function emailConsultant(tx: Transaction, request: FoundRequest, answerId: string, input: ClientAnswerInput, replanned: boolean, now: Date): Promise<void> {
  const [candidate] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, request.candidateId));
  const consultant = await currentConsultantOf(tx, request.candidateId);
  const [application] = await tx
    .select({ company: applications.company })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .where(eq(interviews.id, request.interviewId));
  if (!candidate || !consultant || !application) return;
  const props = {
    consultantName: consultant.name,
    contactName: request.contactName,
    company: application.company,
    candidateName: candidate.name?.trim() || candidate.email,
    candidateId: request.candidateId,
    status: clientAnswerLabels[input.status],
    decideBy: input.decideBy ? formatPlainDate(input.decideBy) : null,
    replanned,
    hasFeedbackForCandidate: Boolean(input.feedbackForCandidate),
    noteForConsultant: input.noteForConsultant,
  };
  await enqueueEmail(
    {
      to: consultant.email,
      template: "client-answered",
      subject: clientAnsweredSubject(props),
      element: createElement(ClientAnsweredEmail, props),
      idempotencyKey: `client-answered:${answerId}`,
      userId: consultant.id,
    },
    now,
    tx,
  );
}

/** The employer's way out: no request reaches their address again, from any consultant. */
export async function stopClientRequests(token: string, now = new Date()): Promise<"stopped" | "unknown"> {
  return getDb().transaction(async (tx) => {
    const request = await findRequest(tx, token);
    if (!request) return "unknown";
    await tx.insert(clientRequestOptOuts).values({ addressHash: hashAddress(request.contactEmail), createdAt: now }).onConflictDoNothing();
    await recordClientAudit(tx, { candidateId: request.candidateId, action: "update", entity: "client_request_opt_out", entityId: request.interviewId }, now);
    return "stopped";
  });
}
