// Bulk data for bench/pipeline.ts: one consultant (the timed one) with a fixed
// caseload among N candidates, the other candidates shared out among as many
// more consultants as that caseload needs. Each candidate's rows come from
// their own seeded PRNG, so the timed consultant's candidates are the same,
// ids included, at every scale. Their rows are interleaved with everyone
// else's, as on a live table, rather than packed at the start. Interviews,
// interviewers and stored plans come from portal-seed's addInterview.
import type postgres from "postgres";
import type { ApplicationStage } from "@/lib/domain/values";
import { addInterview, copyBatch, copyInto, emptyBatch, Random, type Batch, type InterviewSpec, type Rows } from "./portal-seed";

export type PipelineSeedCounts = {
  consultants: number;
  candidates: number;
  applications: number;
  interviews: number;
  interviewers: number;
  planSteps: number;
  timelineSlips: number;
  stageEvents: number;
};

type Out = Batch & { slips: Rows; events: Rows };
type Person = { email: string; consultantId: string };

const slipColumns = ["id", "interview_id", "candidate_id", "previous_date", "new_date", "note", "created_at"];
const eventColumns = ["id", "application_id", "candidate_id", "from_stage", "to_stage", "changed_by", "changed_at"];

const hour = 3_600_000;
const day = 24 * hour;

const companies = ["Acme Ltd", "Northwind", "Globex", "Initech", "Umbrella Health", "Hooli", "Stark Logistics", "Wayne Foods", "Tyrell Systems", "Cyberdyne", "Soylent", "Vandelay Imports", "Pied Piper", "Wonka Retail", "Aperture Labs"];
const roleNames = ["Account Manager", "Data Analyst", "Software Engineer", "Finance Officer", "HR Advisor", "Project Manager", "Marketing Executive", "Operations Lead", "Customer Success Manager", "Paralegal"];
const cities = ["London", "Manchester", "Leeds", "Bristol", "Birmingham", "Glasgow", "Cardiff", "Remote"];
const firstNames = ["Alex", "Sam", "Priya", "Tom", "Aisha", "James", "Chloe", "Oliver", "Fatima", "Ewan", "Grace", "Ravi"];
const lastNames = ["Smith", "Jones", "Khan", "Taylor", "Brown", "Patel", "Evans", "Wilson", "Walker", "Hughes"];
const timeZones = [["Europe/London", 85], ["Europe/Dublin", 5], ["Europe/Paris", 5], ["America/New_York", 5]] as const;
// After the last round: recent applications are more often still open than portal-seed's two-year spread.
const afterLastRound = [["awaiting_decision", 32], ["interviewing", 10], ["rejected", 25], ["no_response", 10], ["offer", 10], ["accepted", 7], ["withdrawn", 6]] as const;
const slipNotes = ["Hiring manager on leave", "Client still interviewing", null, null];

/**
 * One candidate's PRNG. Streams seeded independently can overlap and repeat
 * each other's draws, so ids start with the candidate's own tag and a counter
 * rather than coming from the draws alone.
 */
class CandidateRandom extends Random {
  private issued = 0;
  constructor(seed: number, private readonly tag: number) {
    super(seed);
  }
  override uuid(): string {
    const random = super.uuid();
    this.issued += 1;
    return `${this.tag.toString(16).padStart(8, "0")}-${this.issued.toString(16).padStart(4, "0")}${random.slice(13)}`;
  }
}

const earlier = (a: Date, b: Date) => (a < b ? a : b);
const later = (a: Date, b: Date) => (a > b ? a : b);
const isoDay = (at: Date) => at.toISOString().slice(0, 10);
const plusDays = (iso: string, days: number) => isoDay(new Date(Date.parse(`${iso}T00:00:00Z`) + days * day));

function addCandidate(rng: Random, person: Person, now: Date, out: Out): void {
  const candidateId = rng.uuid();
  const { consultantId } = person;
  const timeZone = rng.weighted(timeZones);
  const joinedAt = new Date(now.getTime() - rng.int(90, 700) * day);
  out.users.push([candidateId, `${rng.pick(firstNames)} ${rng.pick(lastNames)}`, person.email, "candidate", timeZone, consultantId, joinedAt, joinedAt]);

  // 1–5 applications (mean 3): 65% through the agency; of the direct ones, 40% shared with it.
  for (let a = rng.int(1, 5); a > 0; a -= 1) {
    const applicationId = rng.uuid();
    const source = rng.chance(0.65) ? "agency" : "direct";
    const shared = source === "direct" && rng.chance(0.4);
    const welcomes = source === "agency" && rng.chance(0.3);
    const company = rng.pick(companies);
    const rounds = rng.weighted([[0, 25], [1, 35], [2, 25], [3, 15]] as const);
    // The first round between nine weeks ago and two weeks ahead, later ones 4–10 days apart, none more than 18 days ahead:
    // the plans' due dates then run from about 60 days ago to 30 days ahead.
    const first = Math.floor(now.getTime() / day) * day + rng.int(-63, 14) * day + rng.int(16, 33) * 30 * 60_000;
    const offsets: number[] = [];
    for (let round = 0, at = 0; round < rounds; round += 1, at += rng.int(4, 10) * day) offsets.push(at);
    const shift = Math.ceil(Math.max(0, first + (offsets.at(-1) ?? 0) - (now.getTime() + 18 * day)) / day) * day;
    const starts = offsets.map((offset) => new Date(first + offset - shift));
    const last = starts.at(-1);
    const createdAt = starts[0] ? earlier(new Date(starts[0].getTime() - rng.int(5, 30) * day), now) : new Date(now.getTime() - rng.int(0, 90) * day);
    // Booking the first round moves it to interviewing.
    const booked = starts[0] ? later(createdAt, earlier(new Date(starts[0].getTime() - rng.int(2, 10) * day), now)) : createdAt;

    let stage: ApplicationStage;
    let stageChangedAt: Date;
    if (!last) {
      stage = rng.weighted([["applied", 60], ["no_response", 20], ["withdrawn", 20]] as const);
      stageChangedAt = stage === "applied" ? createdAt : earlier(new Date(createdAt.getTime() + rng.int(7, 40) * day), now);
    } else {
      stage = last > now ? "interviewing" : rng.weighted(afterLastRound);
      stageChangedAt = stage === "interviewing" ? booked : earlier(new Date(last.getTime() + rng.int(2, 30 * 24) * hour), now);
    }
    out.applications.push([
      applicationId, candidateId, company, rng.pick(roleNames), rng.pick(cities), source, source === "agency" ? consultantId : null,
      stage, stageChangedAt, shared, welcomes, createdAt, later(createdAt, stageChangedAt),
    ]);

    // The stage history the app writes with every move: applied, interviewing once booked, then where it ended.
    const changedBy = source === "agency" ? consultantId : candidateId;
    const event = (from: ApplicationStage | null, to: ApplicationStage, at: Date) => out.events.push([rng.uuid(), applicationId, candidateId, from, to, changedBy, at]);
    event(null, "applied", createdAt);
    if (last) event("applied", "interviewing", booked);
    if (stage !== "applied" && stage !== "interviewing") event(last ? "interviewing" : "applied", stage, stageChangedAt);

    starts.forEach((startsAt, round) => {
      const interviewId = rng.uuid();
      const spec: InterviewSpec = { interviewId, applicationId, candidateId, consultantId, timeZone, source, welcomes, company, stage, stageChangedAt, startsAt, round: round + 1, now };
      const timeline = addInterview(rng, spec, out);
      // A quarter of the stated decision dates already past the interview move once or twice.
      if (timeline.kind === "none" || startsAt > now || !rng.chance(0.25)) return;
      let previous = timeline.kind === "date" ? timeline.date : null;
      let at = startsAt;
      for (let slip = rng.int(1, 2); slip > 0; slip -= 1) {
        at = earlier(new Date(at.getTime() + rng.int(2, 10) * day), now);
        const next = plusDays(previous ?? isoDay(startsAt), rng.int(3, 14));
        out.slips.push([rng.uuid(), interviewId, candidateId, previous, next, rng.pick(slipNotes), at]);
        previous = next;
      }
    });
  }
}

/** Fills an empty, migrated database, refreshes planner statistics and returns the timed consultant's id. */
export async function seedPipeline(
  sql: postgres.Sql,
  options: { candidates: number; caseload: number; now: Date; seed?: number; batch?: number },
): Promise<{ consultantId: string; counts: PipelineSeedCounts }> {
  const { candidates, caseload, now } = options;
  if (candidates < caseload) throw new Error(`${candidates} candidates cannot include a caseload of ${caseload}`);
  const root = new Random(options.seed ?? 20_261_127);
  // Drawn in this order whatever the scale, so the timed consultant and their candidates never change.
  const timedConsultant = root.uuid();
  const timedSeeds = new Random(root.int(0, 2 ** 32 - 1));
  const otherSeeds = new Random(root.int(0, 2 ** 32 - 1));
  const others = Array.from({ length: Math.ceil((candidates - caseload) / caseload) }, () => root.uuid());

  const counts: PipelineSeedCounts = { consultants: 0, candidates, applications: 0, interviews: 0, interviewers: 0, planSteps: 0, timelineSlips: 0, stageEvents: 0 };
  const empty = (): Out => ({ ...emptyBatch(), slips: [], events: [] });
  const flush = async (out: Out) => {
    await copyBatch(sql, out);
    await copyInto(sql, "timeline_slips", slipColumns, out.slips);
    await copyInto(sql, "application_stage_events", eventColumns, out.events);
    counts.consultants += out.users.filter((row) => row[3] === "consultant").length;
    counts.applications += out.applications.length;
    counts.interviews += out.interviews.length;
    counts.interviewers += out.interviewers.length;
    counts.planSteps += out.planSteps.length;
    counts.timelineSlips += out.slips.length;
    counts.stageEvents += out.events.length;
  };

  const staff = empty();
  const hired = new Date(now.getTime() - 1_000 * day);
  [timedConsultant, ...others].forEach((id, i) => staff.users.push([id, `Consultant ${i + 1}`, `consultant-${i + 1}@bench.example`, "consultant", "Europe/London", null, hired, hired]));
  await flush(staff);

  const batchSize = options.batch ?? 500;
  let [timed, other] = [0, 0];
  let out = empty();
  for (let position = 0; position < candidates; position += 1) {
    // Spread the caseload evenly through the insertion order.
    if (Math.floor(((position + 1) * caseload) / candidates) > Math.floor((position * caseload) / candidates)) {
      timed += 1;
      const rng = new CandidateRandom(timedSeeds.int(0, 2 ** 32 - 1), timed);
      addCandidate(rng, { email: `timed-${timed}@bench.example`, consultantId: timedConsultant }, now, out);
    } else {
      const rng = new CandidateRandom(otherSeeds.int(0, 2 ** 32 - 1), 0x8000_0000 + other);
      addCandidate(rng, { email: `candidate-${other + 1}@bench.example`, consultantId: others[other % others.length]! }, now, out);
      other += 1;
    }
    if ((position + 1) % batchSize === 0) {
      await flush(out);
      out = empty();
    }
  }
  await flush(out);
  await sql`vacuum (analyze)`;
  return { consultantId: timedConsultant, counts };
}
