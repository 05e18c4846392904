import "server-only";
import { and, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications, applicationStageEvents, interviews } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { localDateOf, zonedTimeToUtc } from "@/lib/plans/zoned-time";
import { agencyVisibleApplication, visibleCandidate } from "@/lib/journey/staff-visibility";

// Counted from interviews and the stage history of agency-visible applications. Work belongs to
// the application's consultant, else the candidate's; an admin sees everyone's rows.

export type MonthFigures = {
  consultantId: string;
  consultantName: string;
  /** YYYY-MM in the agency's zone. */
  month: string;
  interviews: number;
  offers: number;
  placements: number;
  interviewToOfferRate: number | null;
  /** Days from the last interview to the decision (offer or rejection); null without a decision. */
  medianDaysToDecision: number | null;
};

export function monthWindowStart(now: Date, monthsBack: number, timeZone: string): Date {
  const [year, month] = localDateOf(now, timeZone).split("-").map(Number) as [number, number];
  const index = year * 12 + (month - 1) - monthsBack;
  const first = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
  return zonedTimeToUtc(first, 0, 0, timeZone);
}

export async function consultantMetrics(
  caller: CurrentUser,
  options: { now: Date; months?: number; timeZone?: string },
): Promise<MonthFigures[]> {
  const timeZone = options.timeZone ?? "Europe/London";
  const since = monthWindowStart(options.now, (options.months ?? 6) - 1, timeZone);
  const db = getDb();
  const owner = sql<string>`coalesce(${applications.consultantId}, ${users.consultantId})`;
  const ownedByCaller: SQL | undefined = caller.role === "admin" ? undefined : sql`${owner} = ${caller.id}`;
  const scope = and(visibleCandidate(caller), agencyVisibleApplication, sql`${owner} is not null`, ownedByCaller);
  const monthOf = (column: AnyPgColumn) => sql<string>`to_char(${column} at time zone ${timeZone}, 'YYYY-MM')`;

  const [held, outcomes, decisions] = await Promise.all([
    db
      .select({ consultantId: owner, month: monthOf(interviews.startsAt), n: sql<number>`count(*)::int` })
      .from(interviews)
      .innerJoin(applications, and(eq(applications.id, interviews.applicationId), eq(applications.candidateId, interviews.candidateId)))
      .innerJoin(users, eq(users.id, applications.candidateId))
      .where(and(scope, gte(interviews.startsAt, since), lte(interviews.startsAt, options.now)))
      // By position: the zone is a parameter, so the SELECT's expression and a repeated one would not match.
      .groupBy(sql`1`, sql`2`),
    db
      .select({ consultantId: owner, month: monthOf(applicationStageEvents.changedAt), stage: applicationStageEvents.toStage, n: sql<number>`count(*)::int` })
      .from(applicationStageEvents)
      .innerJoin(applications, eq(applications.id, applicationStageEvents.applicationId))
      .innerJoin(users, eq(users.id, applications.candidateId))
      .where(and(scope, inArray(applicationStageEvents.toStage, ["offer", "accepted"]), gte(applicationStageEvents.changedAt, since)))
      .groupBy(sql`1`, sql`2`, sql`3`),
    db
      .select({
        consultantId: owner,
        month: monthOf(applicationStageEvents.changedAt),
        median: sql<number | null>`percentile_cont(0.5) within group (order by extract(epoch from ${applicationStageEvents.changedAt} - (
          select max(i.starts_at) from interviews i where i.application_id = ${applications.id} and i.starts_at <= ${applicationStageEvents.changedAt}
        )) / 86400)`,
      })
      .from(applicationStageEvents)
      .innerJoin(applications, eq(applications.id, applicationStageEvents.applicationId))
      .innerJoin(users, eq(users.id, applications.candidateId))
      .where(
        and(
          scope,
          inArray(applicationStageEvents.toStage, ["offer", "rejected"]),
          gte(applicationStageEvents.changedAt, since),
          sql`exists (select 1 from interviews i where i.application_id = ${applications.id} and i.starts_at <= ${applicationStageEvents.changedAt})`,
        ),
      )
      .groupBy(sql`1`, sql`2`),
  ]);

  const figures = new Map<string, MonthFigures>();
  const row = (consultantId: string, month: string) => {
    const key = `${consultantId}|${month}`;
    let entry = figures.get(key);
    if (!entry) {
      entry = { consultantId, consultantName: "", month, interviews: 0, offers: 0, placements: 0, interviewToOfferRate: null, medianDaysToDecision: null };
      figures.set(key, entry);
    }
    return entry;
  };
  for (const item of held) row(item.consultantId, item.month).interviews = Number(item.n);
  for (const item of outcomes) {
    const entry = row(item.consultantId, item.month);
    if (item.stage === "offer") entry.offers = Number(item.n);
    else entry.placements = Number(item.n);
  }
  for (const item of decisions) {
    if (item.median !== null) row(item.consultantId, item.month).medianDaysToDecision = Math.round(Number(item.median) * 10) / 10;
  }
  const ids = [...new Set([...figures.values()].map((entry) => entry.consultantId))];
  const names = ids.length > 0 ? await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, ids)) : [];
  const nameOf = new Map(names.map((person) => [person.id, person.name?.trim() || person.email]));
  return [...figures.values()]
    .map((entry) => ({
      ...entry,
      consultantName: nameOf.get(entry.consultantId) ?? "Former consultant",
      interviewToOfferRate: entry.interviews > 0 ? entry.offers / entry.interviews : null,
    }))
    .sort((a, b) => a.consultantName.localeCompare(b.consultantName) || b.month.localeCompare(a.month));
}

/** "2026-11" → "November 2026". */
export function monthLabel(month: string): string {
  return new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T12:00:00Z`));
}

