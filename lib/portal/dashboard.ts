import "server-only";
import { and, asc, count, desc, eq, gte, inArray, lt, lte, max, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { applications, interviews, planSteps } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { describeStep, type PlanStepKind } from "@/lib/plans/interview-plan";
import { assertCandidate } from "@/lib/journey/access";
import type { ApplicationSource, ApplicationStage } from "@/lib/domain/values";
import { localMonthBounds, medianDaysToDecision, startOfNextLocalDay, statedDecisionDate } from "./dashboard-stats";

export type ApplicationSummary = {
  id: string;
  company: string;
  role: string;
  stage: ApplicationStage;
  source: "agency" | "direct";
};

export type UpcomingInterview = {
  id: string;
  company: string;
  role: string;
  startsAt: Date;
  timeZone: string;
  format: "phone" | "video" | "in_person";
};

export async function listOwnApplications(caller: CurrentUser): Promise<ApplicationSummary[]> {
  assertCandidate(caller);
  return getDb()
    .select({
      id: applications.id,
      company: applications.company,
      role: applications.role,
      stage: applications.stage,
      source: applications.source,
    })
    .from(applications)
    .where(eq(applications.candidateId, caller.id))
    .orderBy(desc(applications.updatedAt), asc(applications.company));
}

export async function listOwnUpcomingInterviews(caller: CurrentUser, now: Date): Promise<UpcomingInterview[]> {
  assertCandidate(caller);
  return getDb()
    .select({
      id: interviews.id,
      company: applications.company,
      role: applications.role,
      startsAt: interviews.startsAt,
      timeZone: interviews.timeZone,
      format: interviews.format,
    })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .where(and(eq(interviews.candidateId, caller.id), gte(interviews.startsAt, now)))
    .orderBy(asc(interviews.startsAt))
    .limit(10);
}

export type DueStep = {
  id: string;
  kind: PlanStepKind;
  description: string;
  dueAt: Date;
  interviewId: string;
  company: string;
  role: string;
  source: ApplicationSource;
  clientWelcomesDirectNotes: boolean;
};

/** How many due steps the dashboard lists; the rest are on the interview pages. */
const DUE_STEPS_SHOWN = 50;

export async function listOwnDueSteps(caller: CurrentUser, now: Date, timeZone: string): Promise<DueStep[]> {
  assertCandidate(caller);
  return selectPendingSteps(caller, lt(planSteps.dueAt, startOfNextLocalDay(now, timeZone)), DUE_STEPS_SHOWN);
}

/** The next few dated steps after today, so the dashboard shows what is coming when nothing is due. */
export async function listOwnUpcomingSteps(caller: CurrentUser, now: Date, timeZone: string, limit = 3): Promise<DueStep[]> {
  assertCandidate(caller);
  return selectPendingSteps(caller, gte(planSteps.dueAt, startOfNextLocalDay(now, timeZone)), limit);
}

async function selectPendingSteps(caller: CurrentUser, due: SQL, limit: number): Promise<DueStep[]> {
  const rows = await getDb()
    .select({
      id: planSteps.id,
      kind: planSteps.kind,
      dueAt: planSteps.dueAt,
      interviewId: planSteps.interviewId,
      company: applications.company,
      role: applications.role,
      source: applications.source,
      clientWelcomesDirectNotes: applications.clientWelcomesDirectNotes,
    })
    .from(planSteps)
    .innerJoin(interviews, eq(interviews.id, planSteps.interviewId))
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .where(and(eq(planSteps.candidateId, caller.id), eq(planSteps.state, "pending"), due))
    .orderBy(asc(planSteps.dueAt))
    .limit(limit);
  return rows.flatMap(({ dueAt, ...row }) =>
    dueAt ? [{ ...row, dueAt, description: describeStep(row.kind, row.source, row.clientWelcomesDirectNotes) }] : [],
  );
}

export type AwaitingDecision = { id: string; company: string; role: string; decisionDate: string | null };

export async function listOwnAwaitingDecisions(caller: CurrentUser): Promise<AwaitingDecision[]> {
  assertCandidate(caller);
  const rows = await getDb()
    .select({
      id: applications.id,
      company: applications.company,
      role: applications.role,
      interview: {
        startsAt: interviews.startsAt,
        timeZone: interviews.timeZone,
        timelineKind: interviews.timelineKind,
        timelineDate: interviews.timelineDate,
        timelineAmount: interviews.timelineAmount,
        timelineUnit: interviews.timelineUnit,
      },
    })
    .from(applications)
    .leftJoin(interviews, and(eq(interviews.applicationId, applications.id), eq(interviews.candidateId, caller.id)))
    .where(and(eq(applications.candidateId, caller.id), eq(applications.stage, "awaiting_decision")))
    // Latest interview first, so the first date found per application is the most recent word.
    .orderBy(asc(applications.company), desc(interviews.startsAt));
  const byApplication = new Map<string, AwaitingDecision>();
  for (const { interview, ...application } of rows) {
    const entry = byApplication.get(application.id) ?? { ...application, decisionDate: null };
    entry.decisionDate ??= interview ? statedDecisionDate(interview) : null;
    byApplication.set(application.id, entry);
  }
  return [...byApplication.values()].sort((a, b) => (a.decisionDate ?? "9999").localeCompare(b.decisionDate ?? "9999"));
}

export type DashboardStats = {
  interviewsThisMonth: number;
  offers: number;
  decisions: number;
  /** Null below two decisions: one is an anecdote, not a typical wait. */
  medianDaysToDecision: number | null;
};

const decidedStages: ApplicationStage[] = ["offer", "accepted", "rejected"];

export async function getOwnDashboardStats(caller: CurrentUser, now: Date, timeZone: string): Promise<DashboardStats> {
  assertCandidate(caller);
  const db = getDb();
  const month = localMonthBounds(now, timeZone);
  const [[monthCount], [offerCount], decided] = await Promise.all([
    db
      .select({ n: count() })
      .from(interviews)
      .where(and(eq(interviews.candidateId, caller.id), gte(interviews.startsAt, month.start), lt(interviews.startsAt, month.end))),
    // The current stage only, so an offer later declined or withdrawn from is not counted.
    db
      .select({ n: count() })
      .from(applications)
      .where(and(eq(applications.candidateId, caller.id), inArray(applications.stage, ["offer", "accepted"]))),
    // The last interview on or before the decision: a decision with no interview before it tells nothing about waiting.
    db
      .select({ decidedAt: applications.stageChangedAt, lastInterviewAt: max(interviews.startsAt) })
      .from(applications)
      .innerJoin(interviews, and(eq(interviews.applicationId, applications.id), eq(interviews.candidateId, caller.id)))
      .where(
        and(
          eq(applications.candidateId, caller.id),
          inArray(applications.stage, decidedStages),
          lte(interviews.startsAt, applications.stageChangedAt),
        ),
      )
      .groupBy(applications.id, applications.stageChangedAt),
  ]);
  const decisions = decided.flatMap((row) => (row.lastInterviewAt ? [{ decidedAt: row.decidedAt, lastInterviewAt: row.lastInterviewAt }] : []));
  return {
    interviewsThisMonth: monthCount?.n ?? 0,
    offers: offerCount?.n ?? 0,
    decisions: decisions.length,
    medianDaysToDecision: medianDaysToDecision(decisions),
  };
}
