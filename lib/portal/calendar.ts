import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, asc, eq, gte, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Database } from "@/lib/db/client";
import { applications, interviewers, interviews, planSteps } from "@/lib/db/schema/journey";
import { calendarFeeds } from "@/lib/db/schema/privacy";
import type { CurrentUser } from "@/lib/auth/dal";
import { brand } from "@/lib/config/brand";
import { siteOrigin } from "@/lib/env";
import { buildIcs, icsFileName, type IcsEvent } from "@/lib/calendar/ics";
import { formatDateTime } from "@/lib/format";
import { describeStep } from "@/lib/plans/interview-plan";
import { assertCandidate } from "./access";

// A candidate's interviews and follow-ups as iCalendar: one file per
// interview or follow-up, one of them all (the privacy page's download), and
// a private feed behind a revocable token. The
// token is shown once; only its SHA-256 is stored, so the table alone opens
// nobody's calendar. UIDs are stable per row, so a re-download or the next
// feed poll updates the event instead of adding a copy.

export type IcsFile = { fileName: string; content: string };

const followUpKinds = ["follow_up_1", "follow_up_2"] as const;
type FollowUpKind = (typeof followUpKinds)[number];
const FOLLOW_UP_MINUTES = 15;
/** The feed keeps the recent past, so a candidate can still see what just happened. */
const FEED_PAST_DAYS = 30;
/** A bound on one feed, far above what any one candidate has. */
const FEED_MAX_ROWS = 500;
const DAY_MS = 86_400_000;

/** 32 random bytes in base64url: 43 characters. */
export const calendarFeedTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const idSchema = z.uuid();

const interviewColumns = {
  id: interviews.id,
  round: interviews.round,
  startsAt: interviews.startsAt,
  durationMinutes: interviews.durationMinutes,
  timeZone: interviews.timeZone,
  format: interviews.format,
  location: interviews.location,
  meetingUrl: interviews.meetingUrl,
  followUpContact: interviews.followUpContact,
  company: applications.company,
  role: applications.role,
  source: applications.source,
  welcomes: applications.clientWelcomesDirectNotes,
};
type InterviewRow = {
  id: string; round: number; startsAt: Date; durationMinutes: number; timeZone: string;
  format: "phone" | "video" | "in_person"; location: string | null; meetingUrl: string | null;
  followUpContact: string | null; company: string; role: string; source: "agency" | "direct"; welcomes: boolean;
};
type Person = { interviewId: string; name: string; title: string | null; email: string | null };
type FollowUpRow = { id: string; kind: FollowUpKind; dueAt: Date; interview: InterviewRow };

const formatNames = { phone: "Phone interview", video: "Video interview", in_person: "In-person interview" } as const;
const planUrl = (interviewId: string) => `${siteOrigin()}/portal/interviews/${interviewId}`;

function interviewTitle(row: InterviewRow): string {
  return `Interview: ${row.company}, ${row.role}${row.round > 1 ? ` (round ${row.round})` : ""}`;
}

function interviewEvent(row: InterviewRow, people: Person[]): IcsEvent {
  const lines = [row.round > 1 ? `Round ${row.round}. ${formatNames[row.format]}.` : `${formatNames[row.format]}.`];
  if (row.meetingUrl) lines.push(`Join: ${row.meetingUrl}`);
  if (row.location) lines.push(`Where: ${row.location}`);
  if (people.length > 0) {
    lines.push("", "Interviewers:");
    for (const person of people) {
      lines.push(`- ${[person.name, person.title].filter(Boolean).join(", ")}${person.email ? ` (${person.email})` : ""}`);
    }
  }
  lines.push("", `Your plan for this interview: ${planUrl(row.id)}`);
  return {
    uid: `interview-${row.id}@next-steps`,
    title: interviewTitle(row),
    description: lines.join("\n"),
    location: row.location ?? row.meetingUrl ?? undefined,
    url: row.meetingUrl ?? planUrl(row.id),
    start: row.startsAt,
    end: new Date(row.startsAt.getTime() + row.durationMinutes * 60_000),
    alarmMinutesBefore: [60, 15],
    timeZone: row.timeZone,
  };
}

function followUpTitle(step: FollowUpRow): string {
  const what = step.kind === "follow_up_1" ? "Follow up" : "Second follow-up";
  const { company, role, round } = step.interview;
  // Each round has its own follow-ups; the round tells two of them apart in a calendar.
  return `${what}: ${company}, ${role}${round > 1 ? ` (round ${round})` : ""}`;
}

function followUpEvent(step: FollowUpRow): IcsEvent {
  const { interview } = step;
  const lines = [`${describeStep(step.kind, interview.source, interview.welcomes)}.`];
  if (interview.followUpContact) lines.push(`Who to contact: ${interview.followUpContact}`);
  lines.push(
    `Interview: ${formatDateTime(interview.startsAt, interview.timeZone)}`,
    "",
    `Your plan for this interview: ${planUrl(interview.id)}`,
  );
  return {
    uid: `step-${step.id}@next-steps`,
    title: followUpTitle(step),
    description: lines.join("\n"),
    url: planUrl(interview.id),
    start: step.dueAt,
    end: new Date(step.dueAt.getTime() + FOLLOW_UP_MINUTES * 60_000),
    alarmMinutesBefore: [15],
    timeZone: interview.timeZone,
  };
}

async function listPeople(candidateId: string, interviewIds: string[], db: Database = getDb()): Promise<Map<string, Person[]>> {
  const byInterview = new Map<string, Person[]>();
  if (interviewIds.length === 0) return byInterview;
  const rows = await db
    .select({ interviewId: interviewers.interviewId, name: interviewers.name, title: interviewers.title, email: interviewers.email })
    .from(interviewers)
    .where(and(eq(interviewers.candidateId, candidateId), inArray(interviewers.interviewId, interviewIds)))
    .orderBy(asc(interviewers.name));
  for (const row of rows) byInterview.set(row.interviewId, [...(byInterview.get(row.interviewId) ?? []), row]);
  return byInterview;
}

/** Pending follow-ups with a due date, with their interview; every filter includes the owner. */
async function listFollowUps(
  candidateId: string,
  filter: { interviewId?: string; stepId?: string; dueFrom?: Date },
  db: Database = getDb(),
): Promise<FollowUpRow[]> {
  const rows = await db
    .select({ id: planSteps.id, kind: planSteps.kind, dueAt: planSteps.dueAt, interview: interviewColumns })
    .from(planSteps)
    .innerJoin(interviews, eq(interviews.id, planSteps.interviewId))
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .where(
      and(
        eq(planSteps.candidateId, candidateId),
        eq(planSteps.state, "pending"),
        inArray(planSteps.kind, [...followUpKinds]),
        filter.interviewId ? eq(planSteps.interviewId, filter.interviewId) : undefined,
        filter.stepId ? eq(planSteps.id, filter.stepId) : undefined,
        filter.dueFrom ? gte(planSteps.dueAt, filter.dueFrom) : undefined,
      ),
    )
    .orderBy(asc(planSteps.dueAt))
    .limit(FEED_MAX_ROWS);
  return rows.flatMap((row) =>
    row.dueAt && (followUpKinds as readonly string[]).includes(row.kind)
      ? [{ id: row.id, kind: row.kind as FollowUpKind, dueAt: row.dueAt, interview: row.interview }]
      : [],
  );
}

/** One of the caller's interviews, with its pending follow-ups, as an .ics file; null if it is not theirs. */
export async function interviewIcs(caller: CurrentUser, interviewId: string, now: Date): Promise<IcsFile | null> {
  assertCandidate(caller);
  if (!idSchema.safeParse(interviewId).success) return null;
  return candidateInterviewIcs(getDb(), caller.id, interviewId, now);
}

/**
 * The same file for code acting for the candidate (the interview-tomorrow
 * email attaches it), read through `db` so it sees the caller's transaction.
 * Every query is scoped to the candidate.
 */
export async function candidateInterviewIcs(db: Database, candidateId: string, interviewId: string, now: Date): Promise<IcsFile | null> {
  const [row] = await db
    .select(interviewColumns)
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .where(and(eq(interviews.id, interviewId), eq(interviews.candidateId, candidateId)));
  if (!row) return null;
  const [people, followUps] = await Promise.all([
    listPeople(candidateId, [row.id], db),
    listFollowUps(candidateId, { interviewId: row.id }, db),
  ]);
  const events = [interviewEvent(row, people.get(row.id) ?? []), ...followUps.map(followUpEvent)];
  const title = interviewTitle(row);
  return { fileName: icsFileName(title), content: buildIcs(events, { calendarName: title, now }) };
}

/** One pending follow-up of the caller's as an .ics file; null if it is not theirs, not pending or not a follow-up. */
export async function followUpIcs(caller: CurrentUser, stepId: string, now: Date): Promise<IcsFile | null> {
  assertCandidate(caller);
  if (!idSchema.safeParse(stepId).success) return null;
  const [step] = await listFollowUps(caller.id, { stepId });
  if (!step) return null;
  const title = followUpTitle(step);
  return { fileName: icsFileName(title), content: buildIcs([followUpEvent(step)], { calendarName: title, now }) };
}

function hashFeedToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * A new private feed for the caller; earlier ones stop working at once. The
 * token is returned this once and cannot be read back.
 */
export async function createCalendarFeed(caller: CurrentUser, now = new Date()): Promise<string> {
  assertCandidate(caller);
  const token = randomBytes(32).toString("base64url");
  await getDb().transaction(async (tx) => {
    await tx
      .update(calendarFeeds)
      .set({ revokedAt: now })
      .where(and(eq(calendarFeeds.userId, caller.id), isNull(calendarFeeds.revokedAt)));
    await tx.insert(calendarFeeds).values({ userId: caller.id, tokenHash: hashFeedToken(token), createdAt: now });
  });
  return token;
}

/** Turns off every feed of the caller's; returns how many were live. */
export async function revokeCalendarFeeds(caller: CurrentUser, now = new Date()): Promise<number> {
  assertCandidate(caller);
  const revoked = await getDb()
    .update(calendarFeeds)
    .set({ revokedAt: now })
    .where(and(eq(calendarFeeds.userId, caller.id), isNull(calendarFeeds.revokedAt)))
    .returning({ id: calendarFeeds.id });
  return revoked.length;
}

/** Whether the caller has a live feed, and since when (never the token). */
export async function getOwnCalendarFeedStatus(caller: CurrentUser): Promise<{ active: boolean; createdAt: Date | null }> {
  assertCandidate(caller);
  const [feed] = await getDb()
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, caller.id), isNull(calendarFeeds.revokedAt)))
    .limit(1);
  return { active: Boolean(feed), createdAt: feed?.createdAt ?? null };
}

/**
 * The feed behind a token: the owner's interviews and pending follow-ups from
 * 30 days ago on. Null for a malformed, unknown or revoked token.
 */
export async function feedIcsForToken(token: string, now: Date): Promise<string | null> {
  if (!calendarFeedTokenSchema.safeParse(token).success) return null;
  const [feed] = await getDb()
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, hashFeedToken(token)), isNull(calendarFeeds.revokedAt)));
  if (!feed) return null;
  return candidateCalendar(feed.userId, now, new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS));
}

/** Every interview of the caller's, past ones too, and their pending follow-ups: the privacy page's download. */
export async function allInterviewsIcs(caller: CurrentUser, now: Date): Promise<IcsFile> {
  assertCandidate(caller);
  return { fileName: "interviews-and-follow-ups.ics", content: await candidateCalendar(caller.id, now, undefined) };
}

/** One calendar of the candidate's interviews and pending follow-ups, from `from` on when given. */
async function candidateCalendar(candidateId: string, now: Date, from: Date | undefined): Promise<string> {
  const [rows, followUps] = await Promise.all([
    getDb()
      .select(interviewColumns)
      .from(interviews)
      .innerJoin(applications, eq(applications.id, interviews.applicationId))
      .where(and(eq(interviews.candidateId, candidateId), from ? gte(interviews.startsAt, from) : undefined))
      .orderBy(asc(interviews.startsAt))
      .limit(FEED_MAX_ROWS),
    listFollowUps(candidateId, { dueFrom: from }),
  ]);
  const people = await listPeople(candidateId, rows.map((row) => row.id));
  const events = [...rows.map((row) => interviewEvent(row, people.get(row.id) ?? [])), ...followUps.map(followUpEvent)];
  return buildIcs(events, { calendarName: `${brand.siteName}: interviews and follow-ups`, now });
}
