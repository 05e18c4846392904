import "server-only";
import { and, eq, gte, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications, interviews } from "@/lib/db/schema/journey";
import { clientAnswers, clientFeedbackRequests } from "@/lib/db/schema/client";
import type { CurrentUser } from "@/lib/auth/dal";
import { assertStaff } from "@/lib/journey/staff-visibility";

// How long clients take to answer: days from the interview to the client's first answer to a
// feedback request, per consultant who asked and per client company. A consultant sees their own
// requests; an admin sees everyone's.

export type AnswerTimes = {
  /** The consultant's or the company's name. */
  name: string;
  /** Interviews asked about (asking again is the same question). */
  requests: number;
  answered: number;
  /** Median whole days from the interview to the first answer; null with no answers. */
  medianDays: number | null;
};

export async function clientAnswerTimes(caller: CurrentUser, options: { now: Date; days?: number }): Promise<{ byConsultant: AnswerTimes[]; byCompany: AnswerTimes[] }> {
  assertStaff(caller);
  const since = new Date(options.now.getTime() - (options.days ?? 183) * 86_400_000);
  // Per interview: asking again replaces a link but is the same question, so the first request
  // counts, and the first answer to any of them.
  const firstAnswer = sql`(select min(${clientAnswers.createdAt}) from ${clientAnswers} where ${clientAnswers.interviewId} = ${clientFeedbackRequests.interviewId})`;
  const firstRequest = sql`not exists (select 1 from client_feedback_requests as earlier where earlier.interview_id = ${clientFeedbackRequests.interviewId} and earlier.created_at < ${clientFeedbackRequests.createdAt})`;
  const days = sql`extract(epoch from (${firstAnswer} - ${interviews.startsAt})) / 86400`;
  const figures = {
    requests: sql<number>`count(*)::int`,
    answered: sql<number>`count(${firstAnswer})::int`,
    medianDays: sql<number | null>`round(percentile_cont(0.5) within group (order by ${days}))::int`,
  };
  const scope = and(gte(clientFeedbackRequests.createdAt, since), firstRequest, caller.role === "admin" ? undefined : eq(clientFeedbackRequests.requestedBy, caller.id));
  const db = getDb();
  const [byConsultant, byCompany] = await Promise.all([
    db
      .select({ name: sql<string>`coalesce(nullif(trim(${users.name}), ''), ${users.email}, 'A consultant since deleted')`, ...figures })
      .from(clientFeedbackRequests)
      .innerJoin(interviews, eq(interviews.id, clientFeedbackRequests.interviewId))
      .leftJoin(users, eq(users.id, clientFeedbackRequests.requestedBy))
      .where(scope)
      .groupBy(sql`1`)
      .orderBy(sql`1`),
    db
      .select({ name: applications.company, ...figures })
      .from(clientFeedbackRequests)
      .innerJoin(interviews, eq(interviews.id, clientFeedbackRequests.interviewId))
      .innerJoin(applications, eq(applications.id, interviews.applicationId))
      .where(scope)
      .groupBy(applications.company)
      .orderBy(applications.company),
  ]);
  return { byConsultant, byCompany };
}
