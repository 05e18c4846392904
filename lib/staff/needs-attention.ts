import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, notInArray, sql } from "drizzle-orm";
import { recordListView } from "@/lib/audit/record";
import { getDb, type Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applicationStageEvents, applications, interviews, planSteps, reflections, thankYouNotes, timelineSlips } from "@/lib/db/schema/journey";
import { auditLog } from "@/lib/db/schema/privacy";
import { clientAnswers } from "@/lib/db/schema/client";
import { stageLabels } from "@/lib/domain/labels";
import type { CurrentUser } from "@/lib/auth/dal";
import { terminalStages } from "@/lib/domain/values";
import { decisionDateOf, type Timeline } from "@/lib/plans/follow-up-rules";
import { localDateOf } from "@/lib/plans/zoned-time";
import { attentionPage } from "./attention-page";
import { applicationAttentionItems, attentionStepKinds, candidateMoveItems, clientAnswerItems, oldestFirst, thanksAttentionItems, toAttentionItems, type CandidateMove, type NeedsAttentionItem } from "./attention-rules";
import { agencyVisibleApplication, ownedByVisibleCandidate, visibleCandidate } from "@/lib/journey/staff-visibility";

// Only agency-visible applications; a private direct application never reaches anyone here.
// The page (viewNeedsAttention) is audited; the morning digest is mail, not a view, and is not.

export type AttentionViewer = Pick<CurrentUser, "id" | "role"> & { timeZone: string };

export type NeedsAttentionView = { shown: NeedsAttentionItem[]; hiddenCount: number; total: number };

/** Logged as one view naming the candidates shown. */
export async function viewNeedsAttention(caller: CurrentUser, timeZone: string, showAll: boolean, now: Date): Promise<NeedsAttentionView> {
  const db = getDb();
  const all = await listNeedsAttention(db, { id: caller.id, role: caller.role, timeZone }, now);
  const { shown, hiddenCount } = attentionPage(all, showAll);
  await recordListView(db, caller, shown.map((item) => item.candidateId), "needs_attention", now);
  return { shown, hiddenCount, total: all.length };
}

export async function listNeedsAttention(db: Database, viewer: AttentionViewer, now: Date): Promise<NeedsAttentionItem[]> {
  const [steps, states, thanks, moves, answers] = await Promise.all([
    overdueSteps(db, viewer, now),
    openApplicationStates(db, viewer, now),
    thanksToPassOn(db, viewer),
    unseenCandidateMoves(db, viewer, now),
    clientAnswersToReview(db, viewer),
  ]);
  return oldestFirst([
    ...toAttentionItems(steps, now, viewer.timeZone),
    ...applicationAttentionItems(states, now, viewer.timeZone),
    ...thanksAttentionItems(thanks, now, viewer.timeZone),
    ...candidateMoveItems(moves, now, viewer.timeZone),
    ...clientAnswerItems(answers, now, viewer.timeZone),
  ]);
}

/** Who and what an item is about; every query joins interviews, applications and the candidate (users). */
const subjectColumns = {
  interviewId: interviews.id,
  candidateId: users.id,
  candidateName: users.name,
  candidateEmail: users.email,
  company: applications.company,
  role: applications.role,
};

function visibleApplications(viewer: AttentionViewer) {
  return and(visibleCandidate(viewer), ownedByVisibleCandidate(viewer, applications.candidateId), agencyVisibleApplication);
}

function openVisibleApplications(viewer: AttentionViewer) {
  return and(visibleApplications(viewer), notInArray(applications.stage, [...terminalStages]));
}

async function overdueSteps(db: Database, viewer: AttentionViewer, now: Date) {
  return db
    .select({ ...subjectColumns, kind: planSteps.kind, dueAt: planSteps.dueAt })
    .from(planSteps)
    .innerJoin(users, eq(users.id, planSteps.candidateId))
    .innerJoin(interviews, eq(interviews.id, planSteps.interviewId))
    .innerJoin(applications, and(eq(applications.id, interviews.applicationId), eq(applications.candidateId, users.id)))
    .where(
      and(
        openVisibleApplications(viewer),
        ownedByVisibleCandidate(viewer, planSteps.candidateId),
        eq(planSteps.state, "pending"),
        // The rules decide again in toAttentionItems; these only keep the rows few.
        inArray(planSteps.kind, attentionStepKinds),
        isNotNull(planSteps.dueAt),
        lte(planSteps.dueAt, now),
      ),
    )
    .orderBy(asc(planSteps.dueAt));
}

async function thanksToPassOn(db: Database, viewer: AttentionViewer) {
  const rows = await db
    .select({ ...subjectColumns, handedAt: thankYouNotes.sentAt })
    .from(thankYouNotes)
    .innerJoin(users, eq(users.id, thankYouNotes.candidateId))
    .innerJoin(interviews, eq(interviews.id, thankYouNotes.interviewId))
    .innerJoin(applications, and(eq(applications.id, interviews.applicationId), eq(applications.candidateId, users.id)))
    .where(
      and(visibleApplications(viewer), eq(thankYouNotes.state, "handed_to_consultant"), isNull(thankYouNotes.passedOnAt)),
    );
  return rows.flatMap((row) => (row.handedAt ? [{ ...row, handedAt: row.handedAt }] : []));
}

/** Answers a client gave through their link that the consultant has not yet released or kept back. */
async function clientAnswersToReview(db: Database, viewer: AttentionViewer) {
  return db
    .select({ ...subjectColumns, answeredAt: clientAnswers.createdAt })
    .from(clientAnswers)
    .innerJoin(users, eq(users.id, clientAnswers.candidateId))
    .innerJoin(interviews, eq(interviews.id, clientAnswers.interviewId))
    .innerJoin(applications, and(eq(applications.id, interviews.applicationId), eq(applications.candidateId, users.id)))
    .where(
      and(
        visibleApplications(viewer),
        ownedByVisibleCandidate(viewer, clientAnswers.candidateId),
        isNull(clientAnswers.reviewedAt),
        // A newer answer is the client's word now: the one to review.
        sql`not exists (select 1 from client_answers as newer where newer.interview_id = ${clientAnswers.interviewId} and newer.created_at > ${clientAnswers.createdAt})`,
      ),
    );
}

const recentDays = 30;

/** Debriefs shared and outcomes the candidate recorded since this viewer last opened their page (within a month). */
async function unseenCandidateMoves(db: Database, viewer: AttentionViewer, now: Date): Promise<CandidateMove[]> {
  const lastSeen = sql`coalesce((select max(${auditLog.at}) from ${auditLog} where ${auditLog.candidateId} = ${users.id} and ${auditLog.actorId} = ${viewer.id} and ${auditLog.entity} = 'candidate' and ${auditLog.action} = 'view'), 'epoch'::timestamptz)`;
  const recent = sql`${new Date(now.getTime() - recentDays * 86_400_000).toISOString()}::timestamptz`;
  const scope = visibleApplications(viewer);
  const [debriefs, outcomes] = await Promise.all([
    db
      .select({ ...subjectColumns, at: reflections.updatedAt })
      .from(reflections)
      .innerJoin(interviews, and(eq(interviews.id, reflections.interviewId), eq(interviews.reflectionShared, true)))
      .innerJoin(applications, and(eq(applications.id, interviews.applicationId), eq(applications.candidateId, interviews.candidateId)))
      .innerJoin(users, eq(users.id, interviews.candidateId))
      .where(and(scope, sql`${reflections.updatedAt} > ${lastSeen}`, sql`${reflections.updatedAt} > ${recent}`)),
    db
      .selectDistinctOn([applicationStageEvents.id], { ...subjectColumns, at: applicationStageEvents.changedAt, stage: applicationStageEvents.toStage })
      .from(applicationStageEvents)
      .innerJoin(applications, eq(applications.id, applicationStageEvents.applicationId))
      .innerJoin(users, and(eq(users.id, applications.candidateId), eq(users.id, applicationStageEvents.changedBy)))
      .innerJoin(interviews, and(eq(interviews.applicationId, applications.id), eq(interviews.candidateId, users.id)))
      .where(and(scope, inArray(applicationStageEvents.toStage, [...terminalStages]), sql`${applicationStageEvents.changedAt} > ${lastSeen}`, sql`${applicationStageEvents.changedAt} > ${recent}`))
      .orderBy(applicationStageEvents.id, desc(interviews.startsAt)),
  ]);
  return [
    ...debriefs.map((row) => ({ ...row, what: "debrief" as const, outcome: null })),
    ...outcomes.map(({ stage, ...row }) => ({ ...row, what: "outcome" as const, outcome: stageLabels[stage] })),
  ];
}

async function openApplicationStates(db: Database, viewer: AttentionViewer, now: Date) {
  const at = now.toISOString();
  const rows = await db
    .selectDistinctOn([applications.id], {
      ...subjectColumns,
      applicationId: applications.id,
      stage: applications.stage,
      applicationUpdatedAt: applications.updatedAt,
      stageChangedAt: applications.stageChangedAt,
      startsAt: interviews.startsAt,
      interviewUpdatedAt: interviews.updatedAt,
      timeZone: interviews.timeZone,
      timelineKind: interviews.timelineKind,
      timelineDate: interviews.timelineDate,
      timelineAmount: interviews.timelineAmount,
      timelineUnit: interviews.timelineUnit,
      slippedTo: sql<string | null>`(select ${timelineSlips.newDate}::text from ${timelineSlips} where ${timelineSlips.interviewId} = ${interviews.id} order by ${timelineSlips.createdAt} desc limit 1)`,
      hasUpcomingInterview: sql<boolean>`exists (select 1 from interviews later where later.application_id = ${applications.id} and later.starts_at > ${at}::timestamptz)`,
    })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.candidateId))
    .innerJoin(interviews, and(eq(interviews.applicationId, applications.id), eq(interviews.candidateId, applications.candidateId), lte(interviews.startsAt, now)))
    .where(openVisibleApplications(viewer))
    .orderBy(applications.id, desc(interviews.startsAt));
  return rows.map((row) => {
    const timeline: Timeline =
      row.timelineKind === "date" && row.timelineDate
        ? { kind: "date", date: row.timelineDate }
        : row.timelineKind === "relative" && row.timelineAmount && row.timelineUnit
          ? { kind: "relative", amount: row.timelineAmount, unit: row.timelineUnit }
          : { kind: "none" };
    const interviewDay = localDateOf(row.startsAt, row.timeZone);
    const stated = timeline.kind === "date" && timeline.date < interviewDay ? null : decisionDateOf(timeline, interviewDay);
    const activity = [row.applicationUpdatedAt, row.stageChangedAt, row.startsAt, row.interviewUpdatedAt].map((date) => date.getTime());
    return {
      interviewId: row.interviewId,
      candidateId: row.candidateId,
      candidateName: row.candidateName,
      candidateEmail: row.candidateEmail,
      company: row.company,
      role: row.role,
      stage: row.stage,
      decisionDate: row.slippedTo ?? stated,
      lastActivityAt: new Date(Math.max(...activity)),
      hasUpcomingInterview: row.hasUpcomingInterview,
    };
  });
}
