import "server-only";
import { createElement } from "react";
import { createHash, createHmac, randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { getDb, type Database } from "@/lib/db/client";
import { applications, interviewers, interviews } from "@/lib/db/schema/journey";
import { clientFeedbackRequests, clientRequestOptOuts } from "@/lib/db/schema/client";
import type { CurrentUser } from "@/lib/auth/dal";
import { recordAudit } from "@/lib/audit/record";
import { enqueueEmail } from "@/lib/email/outbox";
import { hashAddress } from "@/lib/email/suppression";
import { consumeRateLimit, hashForKey, type RateLimitRule } from "@/lib/security/rate-limit";
import { authSecret } from "@/lib/security/secret";
import { clientRequestDays } from "@/lib/config/client-requests";
import { addCalendarDays } from "@/lib/plans/working-days";
import { formatPlainDate } from "@/lib/plans/plain-date-text";
import { localDateOf } from "@/lib/plans/zoned-time";
import ClientFeedbackRequestEmail, { clientFeedbackRequestSubject } from "@/emails/client-feedback-request";
import type { Transaction } from "./access";
import type { ClientRequestInput, InterviewerRequestInput } from "./client-request-schema";
import { assertStaff, findVisibleInterview } from "./staff-visibility";

// A consultant asks the client about one agency interview: a signed link, valid 30 days,
// that only answers for that interview. The token is an HMAC of the request's id, so the
// reminder can carry the same link; the database holds only its hash, useless without the secret.


/** Generous for a consultant's day; tight enough that a client is never pestered. */
export const clientRequestLimits = {
  perConsultant: { limit: 30, windowMs: 60 * 60_000 },
  perClientAddress: { limit: 3, windowMs: 24 * 60 * 60_000 },
} satisfies Record<string, RateLimitRule>;

export const hashClientToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const clientTokenFor = (requestId: string) =>
  createHmac("sha256", authSecret()).update(`client-feedback-request:${requestId}`).digest("base64url");

export const firstNameOf = (name: string | null | undefined) => name?.trim().split(/\s+/)[0] || "the candidate";

export type ClientRequestResult =
  | { status: "sent"; contactName: string }
  | { status: "not_found" }
  | { status: "not_agency" }
  | { status: "opted_out" }
  | { status: "no_address" }
  /** "client": this address has had its requests for the day, from anyone; "consultant": the caller's hourly allowance. */
  | { status: "rate_limited"; limit: "consultant" | "client"; retryAfterSeconds: number };

/** To one of the round's interviewers, who becomes the vacancy's client contact; their address comes from the interview. */
export async function sendClientFeedbackRequestToInterviewer(caller: CurrentUser, input: InterviewerRequestInput, now = new Date()): Promise<ClientRequestResult> {
  assertStaff(caller);
  const visible = await findVisibleInterview(getDb(), caller, input.interviewId);
  if (!visible) return { status: "not_found" };
  const [person] = await getDb()
    .select({ name: interviewers.name, email: interviewers.email, title: interviewers.title })
    .from(interviewers)
    .where(and(eq(interviewers.id, input.interviewerId), eq(interviewers.interviewId, input.interviewId)));
  if (!person) return { status: "not_found" };
  if (!person.email) return { status: "no_address" };
  return sendClientFeedbackRequest(caller, { interviewId: input.interviewId, contactName: person.name, contactEmail: person.email.toLowerCase(), contactRole: person.title }, now);
}

export async function sendClientFeedbackRequest(caller: CurrentUser, input: ClientRequestInput, now = new Date()): Promise<ClientRequestResult> {
  assertStaff(caller);
  // Refusals first, so nobody's attempt on an interview they cannot see uses up a limit.
  const refused = await refusal(getDb(), caller, input);
  if (refused) return refused;
  for (const [limit, rule, key] of [
    ["consultant", clientRequestLimits.perConsultant, `client-request:consultant:${caller.id}`],
    ["client", clientRequestLimits.perClientAddress, `client-request:address:${hashForKey(input.contactEmail)}`],
  ] as const) {
    const decision = await consumeRateLimit(key, rule, now);
    if (!decision.allowed) return { status: "rate_limited", limit, retryAfterSeconds: decision.retryAfterSeconds };
  }
  return getDb().transaction(async (tx) => {
    // One live link per interview, even when two requests arrive together: the second waits here.
    await tx.select({ id: interviews.id }).from(interviews).where(eq(interviews.id, input.interviewId)).for("update");
    const visible = await findVisibleInterview(tx, caller, input.interviewId);
    if (!visible || visible.application.source !== "agency") return { status: "not_found" };
    const { interview, application } = visible;
    await tx
      .update(applications)
      .set({ clientContactName: input.contactName, clientContactEmail: input.contactEmail, clientContactRole: input.contactRole, updatedAt: now })
      .where(eq(applications.id, application.id));
    // One live link per interview: asking again replaces the last one.
    await tx
      .update(clientFeedbackRequests)
      .set({ replacedAt: now })
      .where(and(eq(clientFeedbackRequests.interviewId, interview.id), isNull(clientFeedbackRequests.replacedAt)));
    const requestId = randomUUID();
    const token = clientTokenFor(requestId);
    const expiresAt = new Date(now.getTime() + clientRequestDays * 86_400_000);
    const [request] = await tx
      .insert(clientFeedbackRequests)
      .values({
        id: requestId,
        interviewId: interview.id,
        candidateId: interview.candidateId,
        requestedBy: caller.id,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        tokenHash: hashClientToken(token),
        createdAt: now,
        expiresAt,
      })
      .returning({ id: clientFeedbackRequests.id });
    await emailClientRequest(tx, {
      requestId: request!.id,
      contact: { name: input.contactName, email: input.contactEmail },
      consultant: { name: caller.name?.trim() || caller.email, email: caller.email },
      candidateName: visible.candidateName,
      role: application.role,
      interview: { startsAt: interview.startsAt, timeZone: interview.timeZone },
      expiresAt,
      reminder: false,
      now,
    });
    await recordAudit(tx, caller, { candidateId: interview.candidateId, action: "create", entity: "client_feedback_request", entityId: interview.id }, now);
    return { status: "sent", contactName: input.contactName };
  });
}

async function refusal(db: Database, caller: CurrentUser, input: ClientRequestInput): Promise<ClientRequestResult | null> {
  const visible = await findVisibleInterview(db, caller, input.interviewId);
  if (!visible) return { status: "not_found" };
  if (visible.application.source !== "agency") return { status: "not_agency" };
  if (await hasOptedOut(db, input.contactEmail)) return { status: "opted_out" };
  return null;
}

export async function hasOptedOut(tx: Database | Transaction, address: string): Promise<boolean> {
  const [row] = await tx.select({ at: clientRequestOptOuts.createdAt }).from(clientRequestOptOuts).where(eq(clientRequestOptOuts.addressHash, hashAddress(address)));
  return Boolean(row);
}

type RequestEmail = {
  requestId: string;
  contact: { name: string; email: string };
  consultant: { name: string; email: string };
  candidateName: string | null;
  role: string;
  interview: { startsAt: Date; timeZone: string };
  expiresAt: Date;
  reminder: boolean;
  now: Date;
};

/** Keyed by the request (and whether it is the reminder), so neither is ever sent twice. */
export async function emailClientRequest(tx: Transaction, email: RequestEmail): Promise<void> {
  const interviewDate = localDateOf(email.interview.startsAt, email.interview.timeZone);
  const props = {
    contactName: email.contact.name,
    consultantName: email.consultant.name,
    candidateFirstName: firstNameOf(email.candidateName),
    role: email.role,
    interviewDay: formatPlainDate(interviewDate),
    token: clientTokenFor(email.requestId),
    // The last whole day the link works, in the interview's zone.
    validUntil: formatPlainDate(addCalendarDays(localDateOf(email.expiresAt, email.interview.timeZone), -1)),
    reminder: email.reminder,
  };
  await enqueueEmail(
    {
      to: email.contact.email,
      template: email.reminder ? "client-feedback-reminder" : "client-feedback-request",
      subject: clientFeedbackRequestSubject(props),
      element: createElement(ClientFeedbackRequestEmail, props),
      idempotencyKey: `${email.reminder ? "client-feedback-reminder" : "client-feedback-request"}:${email.requestId}`,
      replyTo: email.consultant.email,
    },
    email.now,
    tx,
  );
}
