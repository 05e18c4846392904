import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, notInArray, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applicationStageEvents, applications, interviews, planSteps, reflections, thankYouNotes, timelineSlips } from "@/lib/db/schema/journey";
import { auditLog } from "@/lib/db/schema/privacy";
import { clientAnswers } from "@/lib/db/schema/client";
import { stageLabels } from "@/lib/domain/labels";
import type { CurrentUser } from "@/lib/auth/dal";
import { terminalStages } from "@/lib/domain/values";
import { decisionDateOf, type Timeline } from "@/lib/plans/follow-up-rules";
import { localDateOf } from "@/lib/plans/zoned-time";
import { attentionStepKinds, type CandidateMove, type ClientAnswerToReview, type OpenApplicationState, type PendingStep, type ThanksToPassOn } from "./attention-rules";
import type { AttentionWindow } from "./attention-sections";
import { agencyVisibleApplication, ownedByVisibleCandidate, visibleCandidate } from "@/lib/journey/staff-visibility";

// What needs a consultant, read from the database source by source, each oldest first. Only
// agency-visible applications; a private direct application never reaches anyone here. Given a
// window, a source sends the rows up to its end and how many match in all (`count(*) over ()`), so a
// page of one section reads a page's worth, never the whole caseload.

export type AttentionViewer = Pick<CurrentUser, "id" | "role"> & { timeZone: string };
export type Counted<T> = { rows: T[]; total: number };

/** Who and what an item is about; every query joins interviews, applications and the candidate (users). */
const subjectColumns = {
  interviewId: interviews.id,
  candidateId: users.id,
  candidateName: users.name,
  candidateEmail: users.email,
  company: applications.company,
  role: applications.role,
  total: sql<number>`count(*) over ()`.mapWith(Number),
};

/** From the first row, not from the offset: sections merge sources, and any row before the window's end may belong in it. */
const rowsUpTo = (window?: AttentionWindow) => (window ? window.offset + window.limit : 1_000_000);

function counted<T extends { total: number }>(rows: T[]): Counted<Omit<T, "total">> {
  return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
}

function visibleApplications(viewer: AttentionViewer) {
  return and(visibleCandidate(viewer), ownedByVisibleCandidate(viewer, applications.candidateId), agencyVisibleApplication);
}

function openVisibleApplications(viewer: AttentionViewer) {
  return and(visibleApplications(viewer), notInArray(applications.stage, [...terminalStages]));
}

export async function overdueSteps(db: Database, viewer: AttentionViewer, now: Date, window?: AttentionWindow): Promise<Counted<PendingStep>> {
  const rows = await db
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
        // The rules decide again in toAttentionItems; these keep the rows to the ones they will take.
        inArray(planSteps.kind, attentionStepKinds),
        isNotNull(planSteps.dueAt),
        lte(planSteps.dueAt, now),
      ),
    )
    // The rules' own order (due, then the candidate's address), then the row for a stable page.
    .orderBy(asc(planSteps.dueAt), asc(users.email), asc(planSteps.id))
    .limit(rowsUpTo(window));
  return counted(rows);
}

export async function thanksToPassOn(db: Database, viewer: AttentionViewer, window?: AttentionWindow): Promise<Counted<ThanksToPassOn>> {
  const rows = await db
    .select({ ...subjectColumns, handedAt: thankYouNotes.sentAt })
    .from(thankYouNotes)
    .innerJoin(users, eq(users.id, thankYouNotes.candidateId))
    .innerJoin(interviews, eq(interviews.id, thankYouNotes.interviewId))
    .innerJoin(applications, and(eq(applications.id, interviews.applicationId), eq(applications.candidateId, users.id)))
    .where(and(visibleApplications(viewer), eq(thankYouNotes.state, "handed_to_consultant"), isNull(thankYouNotes.passedOnAt), isNotNull(thankYouNotes.sentAt)))
    .orderBy(asc(thankYouNotes.sentAt), asc(thankYouNotes.id))
    .limit(rowsUpTo(window));
  const { rows: notes, total } = counted(rows);
  // Never null here (the query asks for sent notes); the type cannot know it.
  return { rows: notes.flatMap((row) => (row.handedAt ? [{ ...row, handedAt: row.handedAt }] : [])), total };
}

/** Answers a client gave through their link that the consultant has not yet released or kept back. */
export async function clientAnswersToReview(db: Database, viewer: AttentionViewer, window?: AttentionWindow): Promise<Counted<ClientAnswerToReview>> {
  const rows = await db
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
    )
    .orderBy(asc(clientAnswers.createdAt), asc(clientAnswers.id))
    .limit(rowsUpTo(window));
  return counted(rows);
}

const recentDays = 30;

/** When this viewer last opened the candidate's page (the epoch if never). */
const lastSeenBy = (viewer: AttentionViewer) =>
  sql`coalesce((select max(${auditLog.at}) from ${auditLog} where ${auditLog.candidateId} = ${users.id} and ${auditLog.actorId} = ${viewer.id} and ${auditLog.entity} = 'candidate' and ${auditLog.action} = 'view'), 'epoch'::timestamptz)`;
const recentSince = (now: Date) => sql`${new Date(now.getTime() - recentDays * 86_400_000).toISOString()}::timestamptz`;

/** Debriefs shared since this viewer last opened the candidate's page (within a month). */
export async function sharedDebriefs(db: Database, viewer: AttentionViewer, now: Date, window?: AttentionWindow): Promise<Counted<CandidateMove>> {
  const rows = await db
    .select({ ...subjectColumns, at: reflections.updatedAt })
    .from(reflections)
    .innerJoin(interviews, and(eq(interviews.id, reflections.interviewId), eq(interviews.reflectionShared, true)))
    .innerJoin(applications, and(eq(applications.id, interviews.applicationId), eq(applications.candidateId, interviews.candidateId)))
    .innerJoin(users, eq(users.id, interviews.candidateId))
    .where(and(visibleApplications(viewer), sql`${reflections.updatedAt} > ${lastSeenBy(viewer)}`, sql`${reflections.updatedAt} > ${recentSince(now)}`))
    .orderBy(asc(reflections.updatedAt), asc(reflections.id))
    .limit(rowsUpTo(window));
  const { rows: moves, total } = counted(rows);
  return { rows: moves.map((row) => ({ ...row, what: "debrief" as const, outcome: null })), total };
}

/** Outcomes the candidate recorded themselves since this viewer last opened their page (within a month). */
export async function recordedOutcomes(db: Database, viewer: AttentionViewer, now: Date, window?: AttentionWindow): Promise<Counted<CandidateMove>> {
  // The application's latest interview names the item (the page links it); one row per event.
  const latestInterview = sql<string>`(select i.id from ${interviews} i where i.application_id = ${applications.id} and i.candidate_id = ${users.id} order by i.starts_at desc limit 1)`;
  const rows = await db
    .select({ ...subjectColumns, interviewId: latestInterview, at: applicationStageEvents.changedAt, stage: applicationStageEvents.toStage })
    .from(applicationStageEvents)
    .innerJoin(applications, eq(applications.id, applicationStageEvents.applicationId))
    .innerJoin(users, and(eq(users.id, applications.candidateId), eq(users.id, applicationStageEvents.changedBy)))
    .where(
      and(
        visibleApplications(viewer),
        inArray(applicationStageEvents.toStage, [...terminalStages]),
        sql`${applicationStageEvents.changedAt} > ${lastSeenBy(viewer)}`,
        sql`${applicationStageEvents.changedAt} > ${recentSince(now)}`,
        sql`exists (select 1 from ${interviews} i where i.application_id = ${applications.id} and i.candidate_id = ${users.id})`,
      ),
    )
    .orderBy(asc(applicationStageEvents.changedAt), asc(applicationStageEvents.id))
    .limit(rowsUpTo(window));
  const { rows: moves, total } = counted(rows);
  return { rows: moves.map(({ stage, ...row }) => ({ ...row, what: "outcome" as const, outcome: stageLabels[stage] })), total };
}

/**
 * Every open application with an interview behind it and none ahead, with its latest past interview:
 * whether it has gone quiet is the rules' decision (decision dates, working days, the viewer's
 * calendar), so this source is not windowed. Both of the rules' reasons need no interview ahead,
 * so the query leaves out the applications that have one.
 */
export async function openApplicationStates(db: Database, viewer: AttentionViewer, now: Date): Promise<OpenApplicationState[]> {
  const at = now.toISOString();
  const { total: _total, ...subject } = subjectColumns;
  const rows = await db
    .selectDistinctOn([applications.id], {
      ...subject,
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
    })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.candidateId))
    .innerJoin(interviews, and(eq(interviews.applicationId, applications.id), eq(interviews.candidateId, applications.candidateId), lte(interviews.startsAt, now)))
    .where(and(openVisibleApplications(viewer), sql`not exists (select 1 from interviews later where later.application_id = ${applications.id} and later.starts_at > ${at}::timestamptz)`))
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
      hasUpcomingInterview: false,
    };
  });
}
