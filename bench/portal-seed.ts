// Bulk data for bench/portal.ts: N candidates and three consultants; per
// candidate about four applications, ten interviews spread over the two years
// around `now`, one or two interviewers each, and every interview's stored plan
// (from the real plan builder) in a mix of states. Rows go in through COPY,
// a batch of candidates at a time, in foreign-key order. A seeded PRNG makes
// every run produce the same rows relative to `now`.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type postgres from "postgres";
import { terminalStages, type ApplicationStage, type InterviewFormat } from "@/lib/domain/values";
import { englandAndWalesCalendar } from "@/lib/plans/bank-holidays";
import type { Timeline } from "@/lib/plans/follow-up-rules";
import { buildInterviewPlan } from "@/lib/plans/interview-plan";

export type SeedCounts = { users: number; applications: number; interviews: number; interviewers: number; planSteps: number };

export type Cell = string | number | boolean | Date | null;
export type Rows = Cell[][];
export type Batch = { users: Rows; applications: Rows; interviews: Rows; interviewers: Rows; planSteps: Rows };

const columns: Record<keyof Batch, { table: string; names: string[] }> = {
  users: { table: "users", names: ["id", "name", "email", "role", "time_zone", "consultant_id", "created_at", "updated_at"] },
  applications: {
    table: "applications",
    names: ["id", "candidate_id", "company", "role", "location", "source", "consultant_id", "stage", "stage_changed_at", "shared_with_agency", "client_welcomes_direct_notes", "created_at", "updated_at"],
  },
  interviews: {
    table: "interviews",
    names: ["id", "application_id", "candidate_id", "round", "starts_at", "duration_minutes", "time_zone", "format", "location", "meeting_url", "timeline_kind", "timeline_date", "timeline_amount", "timeline_unit", "follow_up_contact", "arranged_by_id", "created_at", "updated_at"],
  },
  interviewers: { table: "interviewers", names: ["id", "interview_id", "candidate_id", "name", "title", "email"] },
  planSteps: { table: "plan_steps", names: ["id", "interview_id", "candidate_id", "kind", "due_at", "state", "completed_at", "created_at", "updated_at"] },
};

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** mulberry32: small, fast and good enough to make synthetic rows. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)] as T;
  }
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let roll = this.next() * choices.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return choices[choices.length - 1]![0];
  }
  uuid(): string {
    const hex = Array.from({ length: 4 }, () => Math.floor(this.next() * 2 ** 32).toString(16).padStart(8, "0")).join("");
    const variant = "89ab"[parseInt(hex[16]!, 16) & 3];
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

const companies = ["Acme Ltd", "Northwind", "Globex", "Initech", "Umbrella Health", "Hooli", "Stark Logistics", "Wayne Foods", "Tyrell Systems", "Cyberdyne", "Soylent", "Vandelay Imports", "Pied Piper", "Wonka Retail", "Aperture Labs"];
const roleNames = ["Account Manager", "Data Analyst", "Software Engineer", "Finance Officer", "HR Advisor", "Project Manager", "Marketing Executive", "Operations Lead", "Customer Success Manager", "Paralegal"];
const cities = ["London", "Manchester", "Leeds", "Bristol", "Birmingham", "Glasgow", "Cardiff", "Remote"];
const firstNames = ["Alex", "Sam", "Priya", "Tom", "Aisha", "James", "Chloe", "Oliver", "Fatima", "Ewan", "Grace", "Ravi"];
const lastNames = ["Smith", "Jones", "Khan", "Taylor", "Brown", "Patel", "Evans", "Wilson", "Walker", "Hughes"];
const titles = ["Hiring Manager", "Head of Engineering", "HR Business Partner", "Team Lead", "Director", null];
const timeZones = [["Europe/London", 85], ["Europe/Dublin", 5], ["Europe/Paris", 5], ["America/New_York", 5]] as const;
const pastStages = [["awaiting_decision", 25], ["rejected", 30], ["no_response", 15], ["offer", 8], ["accepted", 7], ["withdrawn", 5], ["interviewing", 10]] as const;

const earlier = (a: Date, b: Date) => (a < b ? a : b);
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

function addCandidate(rng: Random, index: number, now: Date, consultants: string[], out: Batch): void {
  const candidateId = rng.uuid();
  const consultantId = consultants[index % consultants.length]!;
  const timeZone = rng.weighted(timeZones);
  const joinedAt = new Date(now.getTime() - 400 * day - rng.int(0, 300) * day);
  out.users.push([candidateId, `Candidate ${index}`, `candidate-${index}@bench.example`, "candidate", timeZone, consultantId, joinedAt, joinedAt]);

  // 2–6 applications (mean 4); 8–12 interviews (mean 10) shared among those that reached interview.
  const applicationCount = rng.int(2, 6);
  const interviewCount = rng.int(8, 12);
  const withInterviews = applicationCount >= 3 && rng.chance(0.3) ? applicationCount - 1 : applicationCount;
  const perApplication = Array.from({ length: applicationCount }, (_, i) => (i < withInterviews ? 1 : 0));
  for (let i = withInterviews; i < interviewCount; i += 1) perApplication[rng.int(0, withInterviews - 1)]! += 1;

  for (const rounds of perApplication) {
    const applicationId = rng.uuid();
    const source = rng.chance(0.6) ? "agency" : "direct";
    const welcomes = source === "agency" && rng.chance(0.3);
    const company = rng.pick(companies);
    // Each application's rounds cluster around its own moment in the two years around now.
    const firstStart = new Date(Math.floor((now.getTime() - 365 * day + rng.int(0, 700) * day) / day) * day + rng.int(16, 33) * 30 * minute);
    const offsets: number[] = [];
    for (let round = 0, at = 0; round < rounds; round += 1, at += rng.int(3, 14) * day) offsets.push(at);
    // Later rounds that would run past a year from now move the whole application back.
    const shift = Math.max(0, firstStart.getTime() + (offsets[offsets.length - 1] ?? 0) - (now.getTime() + 365 * day));
    const starts = offsets.map((offset) => new Date(firstStart.getTime() + offset - Math.ceil(shift / day) * day));
    const last = starts[starts.length - 1];
    const createdAt = earlier(new Date((starts[0] ?? firstStart).getTime() - rng.int(7, 30) * day), now);

    let stage: ApplicationStage;
    let stageChangedAt: Date;
    if (!last) {
      stage = rng.weighted([["applied", 60], ["no_response", 20], ["withdrawn", 20]] as const);
      stageChangedAt = stage === "applied" ? createdAt : earlier(new Date(createdAt.getTime() + rng.int(7, 40) * day), now);
    } else if (last > now) {
      stage = "interviewing";
      stageChangedAt = createdAt;
    } else {
      stage = rng.weighted(pastStages);
      stageChangedAt = stage === "interviewing" ? createdAt : earlier(new Date(last.getTime() + rng.int(2, 30 * 24) * hour), now);
    }
    out.applications.push([
      applicationId, candidateId, company, rng.pick(roleNames), rng.pick(cities), source, source === "agency" ? consultantId : null,
      stage, stageChangedAt, source === "direct" && rng.chance(0.3), welcomes, createdAt, stageChangedAt > createdAt ? stageChangedAt : createdAt,
    ]);

    starts.forEach((startsAt, round) => {
      const interviewId = rng.uuid();
      addInterview(rng, { interviewId, applicationId, candidateId, consultantId, timeZone, source, welcomes, company, stage, stageChangedAt, startsAt, round: round + 1, now }, out);
    });
  }
}

export type InterviewSpec = {
  interviewId: string;
  applicationId: string;
  candidateId: string;
  consultantId: string;
  timeZone: string;
  source: "agency" | "direct";
  welcomes: boolean;
  company: string;
  stage: ApplicationStage;
  stageChangedAt: Date;
  startsAt: Date;
  round: number;
  now: Date;
};

/** One interview, its interviewers and its stored plan; returns the timeline it was given. */
export function addInterview(rng: Random, spec: InterviewSpec, out: Batch): Timeline {
  const { interviewId, candidateId, startsAt, now } = spec;
  const durationMinutes = rng.pick([30, 45, 60, 60, 90]);
  const format = rng.pick<InterviewFormat>(["phone", "video", "video", "in_person"]);
  const timeline: Timeline = rng.weighted<Timeline>([
    [{ kind: "date", date: isoDay(new Date(startsAt.getTime() + rng.int(5, 21) * day)) }, 40],
    [{ kind: "relative", amount: rng.int(1, 3), unit: "weeks" }, 20],
    [{ kind: "relative", amount: rng.int(3, 14), unit: "days" }, 10],
    [{ kind: "none" }, 30],
  ]);
  const createdAt = earlier(new Date(startsAt.getTime() - rng.int(2, 14) * day), now);
  out.interviews.push([
    interviewId, spec.applicationId, candidateId, spec.round, startsAt, durationMinutes, spec.timeZone, format,
    format === "in_person" ? `${spec.company}, ${rng.pick(cities)}` : null,
    format === "video" ? `https://meet.example/${interviewId.slice(0, 8)}` : null,
    timeline.kind, timeline.kind === "date" ? timeline.date : null,
    timeline.kind === "relative" ? timeline.amount : null, timeline.kind === "relative" ? timeline.unit : null,
    rng.chance(0.5) ? `${rng.pick(firstNames)} ${rng.pick(lastNames)}` : null,
    spec.source === "agency" ? spec.consultantId : null, createdAt, createdAt,
  ]);

  const people = rng.chance(0.6) ? 1 : 2;
  for (let i = 0; i < people; i += 1) {
    const [first, last] = [rng.pick(firstNames), rng.pick(lastNames)];
    out.interviewers.push([rng.uuid(), interviewId, candidateId, `${first} ${last}`, rng.pick(titles), rng.chance(0.7) ? `${first}.${last}@example.com`.toLowerCase() : null]);
  }

  const plan = buildInterviewPlan(
    { interviewStartsAt: startsAt, durationMinutes, timeZone: spec.timeZone, timeline, thankYouSentAt: null, source: spec.source, clientWelcomesDirectNotes: spec.welcomes },
    englandAndWalesCalendar(),
  );
  // As plan-sync leaves them: work done or skipped before a terminal stage stays; everything pending after it is cancelled.
  const closedAt = terminalStages.includes(spec.stage) ? spec.stageChangedAt : null;
  for (const step of plan) {
    const due = step.dueAt;
    let state: "pending" | "done" | "skipped" | "cancelled" = "pending";
    let completedAt: Date | null = null;
    const cutoff = closedAt ?? now;
    if (due && due <= cutoff) {
      // Recent steps are more often still open than old ones.
      const recent = cutoff.getTime() - due.getTime() < 21 * day;
      state = rng.weighted([["done", recent ? 45 : 75], ["skipped", 10], ["pending", recent ? 45 : 15]] as const);
      if (state !== "pending") completedAt = earlier(new Date(due.getTime() + rng.int(0, 48) * hour), cutoff);
    }
    if (closedAt && state === "pending") state = "cancelled";
    out.planSteps.push([rng.uuid(), interviewId, candidateId, step.kind, due, state, completedAt, createdAt, completedAt ?? closedAt ?? createdAt]);
  }
  return timeline;
}

function encode(cell: Cell): string {
  if (cell === null) return "\\N";
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === "boolean") return cell ? "t" : "f";
  if (typeof cell === "number") return String(cell);
  return cell.replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c] ?? c);
}

function* copyText(rows: Rows, chunk = 1_000): Generator<string> {
  for (let start = 0; start < rows.length; start += chunk) {
    yield rows.slice(start, start + chunk).map((row) => row.map(encode).join("\t") + "\n").join("");
  }
}

/** COPY of rows into `table` (columns `names`, in that order). */
export async function copyInto(sql: postgres.Sql, table: string, names: string[], rows: Rows): Promise<void> {
  if (rows.length === 0) return;
  const writable = await sql.unsafe(`copy ${table} (${names.join(", ")}) from stdin`).writable();
  await pipeline(Readable.from(copyText(rows)), writable);
}

const batchOrder = ["users", "applications", "interviews", "interviewers", "planSteps"] as const;

/** COPY of a batch's rows, table by table in foreign-key order. */
export async function copyBatch(sql: postgres.Sql, batch: Batch): Promise<void> {
  for (const key of batchOrder) await copyInto(sql, columns[key].table, columns[key].names, batch[key]);
}

export const emptyBatch = (): Batch => ({ users: [], applications: [], interviews: [], interviewers: [], planSteps: [] });

/** Fills an empty, migrated database and refreshes planner statistics. */
export async function seedPortal(
  sql: postgres.Sql,
  options: { candidates: number; now: Date; seed?: number; batch?: number },
): Promise<SeedCounts> {
  const rng = new Random(options.seed ?? 20_261_126);
  const counts: SeedCounts = { users: 0, applications: 0, interviews: 0, interviewers: 0, planSteps: 0 };
  const flush = async (batch: Batch) => {
    await copyBatch(sql, batch);
    for (const key of batchOrder) counts[key] += batch[key].length;
  };

  const consultants = Array.from({ length: 3 }, () => rng.uuid());
  const staff = emptyBatch();
  const hired = new Date(options.now.getTime() - 1_000 * day);
  consultants.forEach((id, i) => staff.users.push([id, `Consultant ${i + 1}`, `consultant-${i + 1}@bench.example`, "consultant", "Europe/London", null, hired, hired]));
  await flush(staff);

  const batchSize = options.batch ?? 500;
  for (let start = 0; start < options.candidates; start += batchSize) {
    const batch = emptyBatch();
    for (let i = start; i < Math.min(options.candidates, start + batchSize); i += 1) addCandidate(rng, i + 1, options.now, consultants, batch);
    await flush(batch);
  }
  // VACUUM as well as ANALYZE: it sets the visibility map (as autovacuum would
  // on a live database) and keeps autovacuum from starting mid-measurement.
  await sql`vacuum (analyze)`;
  return counts;
}
