import "server-only";
import { and, asc, count, eq, gte, ilike, lt, or, sql, type SQL } from "drizzle-orm";
import { recordListView } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import type { ApplicationStage } from "@/lib/domain/values";
import { addCalendarDays } from "@/lib/plans/working-days";
import { zonedTimeToUtc } from "@/lib/plans/zoned-time";
import { likePattern, type PipelineFilters } from "./pipeline-filters";
import { agencyVisibleApplication, ownedByVisibleCandidate, visibleCandidate } from "@/lib/journey/staff-visibility";

// Visibility is in every query's WHERE, and every load writes one audit line naming the
// candidates on the cards, so no caller reads the board unlogged.

/** The whole board shows each stage's most recently moved few; the count in each heading says how many
 *  more there are, and the stage on its own shows them all, a page at a time. */
export const boardCardsPerStage = 10;
export const stageCardsPerPage = 24;

/** The positions (1-based, newest first within a stage) a view shows. */
export function cardWindow(filters: PipelineFilters): { first: number; last: number } {
  if (!filters.stage) return { first: 1, last: boardCardsPerStage };
  const first = ((filters.page ?? 1) - 1) * stageCardsPerPage + 1;
  return { first, last: first + stageCardsPerPage - 1 };
}

export type PipelineCard = {
  id: string;
  company: string;
  role: string;
  stage: ApplicationStage;
  source: "agency" | "direct";
  stageChangedAt: Date;
  candidateId: string;
  candidateName: string | null;
  candidateEmail: string;
  nextInterviewAt: Date | null;
  lastInterviewAt: Date | null;
};

export type PipelineBoard = {
  cards: PipelineCard[];
  /** Every stage's count under the other filters, the chosen stage's too: headings and the links between stages. */
  countsByStage: Partial<Record<ApplicationStage, number>>;
};

/** Everything but the stage: the counts cover every stage, so a one-stage view can link to the others. */
function conditions(caller: CurrentUser, filters: Omit<PipelineFilters, "stage" | "page">, timeZone: string): SQL {
  const dayStart = (isoDate: string) => zonedTimeToUtc(isoDate, 0, 0, timeZone);
  const pattern = filters.q ? likePattern(filters.q) : undefined;
  return and(
    visibleCandidate(caller),
    ownedByVisibleCandidate(caller, applications.candidateId),
    agencyVisibleApplication,
    filters.candidate ? eq(applications.candidateId, filters.candidate) : undefined,
    filters.company ? ilike(applications.company, likePattern(filters.company)) : undefined,
    filters.from ? gte(applications.stageChangedAt, dayStart(filters.from)) : undefined,
    filters.to ? lt(applications.stageChangedAt, dayStart(addCalendarDays(filters.to, 1))) : undefined,
    pattern
      ? or(ilike(users.name, pattern), ilike(users.email, pattern), ilike(applications.company, pattern), ilike(applications.role, pattern))
      : undefined,
  )!;
}

/** `include` (a card just moved) is sent even if it falls outside the window, where the filters allow it. */
export async function loadPipeline(caller: CurrentUser, filters: PipelineFilters, now: Date, timeZone = "Europe/London", include?: string): Promise<PipelineBoard> {
  const db = getDb();
  const where = conditions(caller, filters, timeZone);
  // Numbered in the database, so a stage with thousands of rows sends only the window asked for.
  const ranked = db.$with("ranked").as(
    db
      .select({
        id: sql<string>`${applications.id}`.as("id"),
        company: sql<string>`${applications.company}`.as("company"),
        role: sql<string>`${applications.role}`.as("role"),
        stage: sql<ApplicationStage>`${applications.stage}`.as("stage"),
        source: sql<"agency" | "direct">`${applications.source}`.as("source"),
        stageChangedAt: sql<Date>`${applications.stageChangedAt}`.as("stage_changed_at"),
        candidateId: sql<string>`${users.id}`.as("candidate_id"),
        candidateName: sql<string | null>`${users.name}`.as("candidate_name"),
        candidateEmail: sql<string>`${users.email}`.as("candidate_email"),
        rank: sql<number>`row_number() over (partition by ${applications.stage} order by ${applications.stageChangedAt} desc, ${applications.id})`.as("rank"),
      })
      .from(applications)
      .innerJoin(users, eq(users.id, applications.candidateId))
      .where(and(where, filters.stage ? eq(applications.stage, filters.stage) : undefined)),
  );
  const { first, last } = cardWindow(filters);
  const inWindow = sql`${ranked.rank} between ${first} and ${last}`;
  const at = now.toISOString();
  // Qualified by hand: a bare "id" inside the subquery would mean interviews.id.
  const cardId = sql`${sql.identifier("ranked")}.${sql.identifier("id")}`;
  const [rows, counts] = await Promise.all([
    db
      .with(ranked)
      .select({
        id: ranked.id,
        company: ranked.company,
        role: ranked.role,
        stage: ranked.stage,
        source: ranked.source,
        stageChangedAt: ranked.stageChangedAt,
        candidateId: ranked.candidateId,
        candidateName: ranked.candidateName,
        candidateEmail: ranked.candidateEmail,
        nextInterviewAt: sql<string | null>`(select min(i.starts_at) from interviews i where i.application_id = ${cardId} and i.starts_at > ${at}::timestamptz)`,
        lastInterviewAt: sql<string | null>`(select max(i.starts_at) from interviews i where i.application_id = ${cardId} and i.starts_at <= ${at}::timestamptz)`,
      })
      .from(ranked)
      .where(include ? or(inWindow, sql`${ranked.id} = ${include}`) : inWindow)
      .orderBy(asc(ranked.stage), asc(ranked.rank)),
    db
      .select({ stage: applications.stage, total: count() })
      .from(applications)
      .innerJoin(users, eq(users.id, applications.candidateId))
      .where(where)
      .groupBy(applications.stage),
  ]);
  const cards = rows.map((row) => ({
    ...row,
    stageChangedAt: new Date(row.stageChangedAt),
    nextInterviewAt: row.nextInterviewAt ? new Date(row.nextInterviewAt) : null,
    lastInterviewAt: row.lastInterviewAt ? new Date(row.lastInterviewAt) : null,
  }));
  await recordListView(db, caller, cards.map((card) => card.candidateId), "pipeline", now);
  return { cards, countsByStage: Object.fromEntries(counts.map((row) => [row.stage, row.total])) };
}
