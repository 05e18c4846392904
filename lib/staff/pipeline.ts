import "server-only";
import { and, asc, count, desc, eq, gte, ilike, lt, or, sql, type SQL } from "drizzle-orm";
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

/** The whole board shows each stage's newest few, one chosen stage a hundred; counts say the rest. */
export function cardsPerStage(filters: PipelineFilters): number {
  return filters.stage ? 100 : 25;
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

export type PipelineBoard = { cards: PipelineCard[]; countsByStage: Partial<Record<ApplicationStage, number>> };

function conditions(caller: CurrentUser, filters: PipelineFilters, timeZone: string): SQL {
  const dayStart = (isoDate: string) => zonedTimeToUtc(isoDate, 0, 0, timeZone);
  const pattern = filters.q ? likePattern(filters.q) : undefined;
  return and(
    visibleCandidate(caller),
    ownedByVisibleCandidate(caller, applications.candidateId),
    agencyVisibleApplication,
    filters.stage ? eq(applications.stage, filters.stage) : undefined,
    filters.candidate ? eq(applications.candidateId, filters.candidate) : undefined,
    filters.company ? ilike(applications.company, likePattern(filters.company)) : undefined,
    filters.from ? gte(applications.stageChangedAt, dayStart(filters.from)) : undefined,
    filters.to ? lt(applications.stageChangedAt, dayStart(addCalendarDays(filters.to, 1))) : undefined,
    pattern
      ? or(ilike(users.name, pattern), ilike(users.email, pattern), ilike(applications.company, pattern), ilike(applications.role, pattern))
      : undefined,
  )!;
}

export async function loadPipeline(caller: CurrentUser, filters: PipelineFilters, now: Date, timeZone = "Europe/London"): Promise<PipelineBoard> {
  const db = getDb();
  const where = conditions(caller, filters, timeZone);
  // Numbered in the database, so a stage with thousands of rows sends only its first few.
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
      .where(where),
  );
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
      .where(sql`${ranked.rank} <= ${cardsPerStage(filters)}`)
      .orderBy(asc(ranked.stage), desc(ranked.stageChangedAt)),
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
