// Pure. "Today" and "this month" are the candidate's, not the server's: Sydney and London have
// different todays.

import { addCalendarDays } from "@/lib/plans/working-days";
import { localDateOf, zonedTimeToUtc } from "@/lib/plans/zoned-time";

const DAY_MS = 86_400_000;

/** The instant the local day after `now` begins: "due today or overdue" means due before it. */
export function startOfNextLocalDay(now: Date, timeZone: string): Date {
  return zonedTimeToUtc(addCalendarDays(localDateOf(now, timeZone), 1), 0, 0, timeZone);
}

/** The local calendar month containing `now`, as instants: from `start` (inclusive) to `end` (exclusive). */
export function localMonthBounds(now: Date, timeZone: string): { start: Date; end: Date } {
  const [year, month] = localDateOf(now, timeZone).split("-").map(Number) as [number, number];
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  const first = (y: number, m: number) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-01`;
  return {
    start: zonedTimeToUtc(first(year, month), 0, 0, timeZone),
    end: zonedTimeToUtc(first(next.year, next.month), 0, 0, timeZone),
  };
}

export function median(values: readonly number[]): number | null {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return null;
  const sorted = [...finite].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export type Decision = { lastInterviewAt: Date; decidedAt: Date };

/** Below this many decisions a median says more about luck than about employers. */
export const minimumDecisionsForMedian = 2;

export function medianDaysToDecision(decisions: readonly Decision[]): number | null {
  const days = decisions
    .filter((d) => d.decidedAt >= d.lastInterviewAt)
    .map((d) => (d.decidedAt.getTime() - d.lastInterviewAt.getTime()) / DAY_MS);
  return days.length < minimumDecisionsForMedian ? null : median(days);
}

/** "9 days", "1 day", "under a day": whole days, as people count waiting. */
export function describeDays(days: number): string {
  if (days < 0.5) return "under a day";
  const whole = Math.round(days);
  return whole === 1 ? "1 day" : `${whole} days`;
}

export type StatedTimeline = {
  startsAt: Date;
  timeZone: string;
  timelineKind: "date" | "relative" | "none";
  timelineDate: string | null;
  timelineAmount: number | null;
  timelineUnit: "days" | "weeks" | null;
};

export function statedDecisionDate(interview: StatedTimeline): string | null {
  if (interview.timelineKind === "date") return interview.timelineDate;
  if (interview.timelineKind === "relative" && interview.timelineAmount && interview.timelineUnit) {
    const days = interview.timelineAmount * (interview.timelineUnit === "weeks" ? 7 : 1);
    return addCalendarDays(localDateOf(interview.startsAt, interview.timeZone), days);
  }
  return null;
}
