import "server-only";
import { and, asc, eq, gte, inArray } from "drizzle-orm";
import { getDb, type Database } from "@/lib/db/client";
import { applications, interviewers, interviews, planSteps } from "@/lib/db/schema/journey";
import { brand } from "@/lib/config/brand";
import { siteOrigin } from "@/lib/env";
import { buildIcs, icsFileName, type IcsEvent } from "@/lib/calendar/ics";
import { formatDateTime } from "@/lib/domain/format";
import { describeStep } from "@/lib/plans/interview-plan";

// Every query takes the candidate's id; callers decide who that may be. UIDs are stable per
// row, so a re-download or the next feed poll updates an event, never copies it.

export type IcsFile = { fileName: string; content: string };

const followUpKinds = ["follow_up_1", "follow_up_2"] as const;
type FollowUpKind = (typeof followUpKinds)[number];
const FOLLOW_UP_MINUTES = 15;
/** A bound on one calendar, far above what any one candidate has. */
const MAX_ROWS = 500;

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
    .limit(MAX_ROWS);
  return rows.flatMap((row) =>
    row.dueAt && (followUpKinds as readonly string[]).includes(row.kind)
      ? [{ id: row.id, kind: row.kind as FollowUpKind, dueAt: row.dueAt, interview: row.interview }]
      : [],
  );
}

/** Reads through `db` so it sees a caller's transaction. */
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

export async function candidateFollowUpIcs(candidateId: string, stepId: string, now: Date): Promise<IcsFile | null> {
  const [step] = await listFollowUps(candidateId, { stepId });
  if (!step) return null;
  const title = followUpTitle(step);
  return { fileName: icsFileName(title), content: buildIcs([followUpEvent(step)], { calendarName: title, now }) };
}

export async function candidateCalendar(candidateId: string, now: Date, from: Date | undefined): Promise<string> {
  const [rows, followUps] = await Promise.all([
    getDb()
      .select(interviewColumns)
      .from(interviews)
      .innerJoin(applications, eq(applications.id, interviews.applicationId))
      .where(and(eq(interviews.candidateId, candidateId), from ? gte(interviews.startsAt, from) : undefined))
      .orderBy(asc(interviews.startsAt))
      .limit(MAX_ROWS),
    listFollowUps(candidateId, { dueFrom: from }),
  ]);
  const people = await listPeople(candidateId, rows.map((row) => row.id));
  const events = [...rows.map((row) => interviewEvent(row, people.get(row.id) ?? [])), ...followUps.map(followUpEvent)];
  return buildIcs(events, { calendarName: `${brand.siteName}: interviews and follow-ups`, now });
}
