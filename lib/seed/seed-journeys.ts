import "server-only";
import { brand } from "@/lib/config/brand";
import type { ApplicationStage, InterviewFormat } from "@/lib/domain/values";
import type { Rows } from "./seed";
import * as data from "./seed-data";
import { lastRoundDays, settleDays, type DemoPlan } from "./seed-data";
import { londonTime, londonWorkingDate, workday, type Random } from "./seed-random";

// One demo application with its rounds and what was recorded about them, dated relative to `now`.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type Staff = { id: string; name: string };
export type JourneyContext = {
  r: Random; rows: Rows; now: Date; candidateId: string; applicationId: string;
  plan: DemoPlan; company: data.DemoCompany; consultant: Staff;
};

export function randomPlan(r: Random, stage: ApplicationStage): DemoPlan {
  const [min, max] = lastRoundDays[stage];
  // Some "interviewing" candidates are between rounds, waiting for the next to be booked.
  const lastDay = stage === "interviewing" && r.chance(0.3) ? -r.int(1, 3) : r.int(min, max);
  const rounds = stage === "applied" ? 0 : r.int(1, 2);
  return { stage, source: r.chance(0.65) ? "agency" : "direct", lastDay, rounds };
}

export function addApplication(c: JourneyContext): Date {
  const { r, now, plan } = c;
  const agency = plan.source === "agency";
  const job = r.pick(c.company.roles);
  const days = interviewDays(c);
  const starts = days.map((day) => londonTime(now, day, r.pick([9, 10, 11, 13, 14, 15]), r.pick([0, 30])));
  const last = starts.at(-1);
  // Applied a week or more before the first round, and invited on a working day soon after.
  const appliedDay = days.length ? Math.min(days[0]!, 0) - r.int(7, 21) : -r.int(1, 14);
  const createdAt = londonTime(now, appliedDay, r.int(8, 20), r.pick([0, 15, 30, 45]));
  const changed = !last
    ? createdAt
    : plan.stage === "interviewing"
      ? londonTime(now, workday(now, appliedDay + r.int(1, 2), 1), r.int(9, 17), r.pick([0, 30]))
      : new Date(last.getTime() + (settleDays[plan.stage] ?? 0) * DAY + 2 * HOUR);
  const stageChangedAt = notAfter(changed, now);
  c.rows.applications.push({
    id: c.applicationId,
    candidateId: c.candidateId,
    company: c.company.name,
    role: job.title,
    location: c.company.city,
    source: plan.source,
    consultantId: agency ? c.consultant.id : null,
    jobUrl: agency ? null : `https://jobs.example.com/${c.company.slug}/${slugify(job.title)}`,
    salaryNotes: job.salary,
    stage: plan.stage,
    stageChangedAt,
    sharedWithAgency: !agency && r.chance(0.5),
    clientWelcomesDirectNotes: agency && r.chance(0.3),
    createdAt,
    updatedAt: stageChangedAt,
  });
  starts.forEach((startsAt, index) => addInterview(c, startsAt, index + 1, index === starts.length - 1));
  return createdAt;
}

/** Day offsets of each round, on working days; the first of two is always in the past. */
function interviewDays({ r, now, plan }: JourneyContext): number[] {
  if (plan.rounds === 0) return [];
  const last = workday(now, plan.lastDay);
  if (plan.rounds === 1) return [last];
  const gap = plan.lastDay - r.int(5, 9);
  return [workday(now, plan.lastDay > 0 ? Math.min(gap, -r.int(2, 6)) : gap), last];
}

/** Taken from the name rather than the random stream, so adding it moved nothing else in the seed. */
function talkedAbout(name: string, round: number, index: number): string | null {
  const spread = [...name].reduce((total, char) => total + char.charCodeAt(0), round + index);
  return spread % 3 === 0 ? null : data.talkedAboutTopics[spread % data.talkedAboutTopics.length]!;
}

function addInterview(c: JourneyContext, startsAt: Date, round: number, isLast: boolean) {
  const { r, rows, plan, candidateId } = c;
  const agency = plan.source === "agency";
  const id = r.uuid();
  const format: InterviewFormat =
    round === 1 ? r.pick(["phone", "video", "video", "in_person"]) : r.pick(["in_person", "in_person", "video"]);
  const durationMinutes = format === "phone" ? 30 : r.pick([45, 60, 60, 90]);
  const endsAt = startsAt.getTime() + durationMinutes * 60_000;
  const ended = endsAt < c.now.getTime();
  const panel = r.sample(data.interviewerNames, r.int(1, 2)).map((name, index) => ({
    id: r.uuid(), interviewId: id, candidateId, name, title: r.pick(data.interviewerTitles), email: emailFor(name),
    talkedAbout: ended ? talkedAbout(name, round, index) : null,
  }));
  const lead = panel[0]!;
  const reflect = ended && (plan.reflect ?? r.chance(0.65));
  const booked = notAfter(new Date(startsAt.getTime() - 5 * DAY), c.now);
  rows.interviews.push({
    id,
    applicationId: c.applicationId,
    candidateId,
    round,
    startsAt,
    durationMinutes,
    timeZone: brand.defaultTimeZone,
    format,
    location: format === "in_person" ? c.company.address : null,
    meetingUrl: format === "video" ? `https://meet.example.com/${r.code()}` : null,
    ...timeline(r, startsAt, ended),
    followUpContact: agency ? `${c.consultant.name}, ${brand.agencyName}` : `${lead.name}, ${lead.title}`,
    arrangedById: agency ? c.consultant.id : null,
    reflectionShared: agency && reflect && r.chance(0.6),
    createdAt: booked,
    updatedAt: booked,
  });
  rows.interviewers.push(...panel);

  if (reflect) {
    const at = notAfter(new Date(endsAt + 3 * HOUR), c.now);
    const low = plan.stage === "rejected" ? 1 : 2;
    rows.reflections.push({
      id: r.uuid(), interviewId: id, candidateId,
      rapport: r.int(low, 5), answers: r.int(low, 5), relevance: r.int(low, 5),
      wentWell: r.pick(data.wentWellNotes), toImprove: r.pick(data.toImproveNotes),
      stillWant: stillWant(plan.stage, r),
      createdAt: at, updatedAt: at,
    });
    for (const question of r.sample(data.questionBank, r.int(2, 3))) {
      const howItWent = r.int(1, 5);
      const notes =
        howItWent >= 4 ? r.pick(data.questionNotes.good) : howItWent <= 2 ? r.pick(data.questionNotes.poor) : null;
      rows.questions.push({ id: r.uuid(), interviewId: id, candidateId, question, howItWent, notes, createdAt: at });
    }
  }

  const kind = !agency || !ended ? null : feedbackKind(plan.stage, isLast, r);
  if (kind) {
    rows.feedback.push({
      id: r.uuid(), interviewId: id, candidateId, consultantId: c.consultant.id,
      body: r.pick(data.feedback[kind]), createdAt: notAfter(new Date(endsAt + r.int(1, 2) * DAY), c.now),
    });
  }
}

function stillWant(stage: ApplicationStage, r: Random) {
  if (stage === "withdrawn") return "no" as const;
  return stage === "offer" || stage === "accepted" ? ("yes" as const) : r.pick(["yes", "yes", "maybe"] as const);
}

function feedbackKind(stage: ApplicationStage, isLast: boolean, r: Random): keyof typeof data.feedback | null {
  if (!isLast || stage === "interviewing") return "progressing";
  if (stage === "offer" || stage === "accepted") return "offer";
  if (stage === "rejected") return "rejected";
  return stage === "awaiting_decision" && r.chance(0.5) ? "waiting" : null;
}

/** A decision timeline is recorded "before you leave", so only ended rounds have one. */
function timeline(r: Random, startsAt: Date, ended: boolean) {
  const kind = ended ? r.pick(["date", "date", "relative", "relative", "none"] as const) : "none";
  if (kind === "date") {
    return { timelineKind: kind, timelineDate: londonWorkingDate(startsAt, r.int(7, 21)) };
  }
  if (kind === "relative") {
    return r.chance(0.5)
      ? { timelineKind: kind, timelineAmount: r.int(1, 3), timelineUnit: "weeks" as const }
      : { timelineKind: kind, timelineAmount: r.int(3, 10), timelineUnit: "days" as const };
  }
  return { timelineKind: kind };
}

function notAfter(date: Date, now: Date): Date {
  return new Date(Math.min(date.getTime(), now.getTime() - HOUR));
}

export function emailFor(name: string): string {
  return `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@example.com`;
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
