import { formatPlainDate } from "./plain-date-text";
import { localDateOf } from "./zoned-time";

export type TimelineSlip = { previousDate: string | null; newDate: string; createdAt: Date; source?: "candidate" | "client" };

/**
 * How the decision date moved, in one sentence a candidate can repeat:
 * "They first said 1 January; on 10 December they said 15 January." Null
 * when it never moved.
 */
export function describeTimelineHistory(slips: readonly TimelineSlip[], timeZone: string): string | null {
  if (slips.length === 0) return null;
  const ordered = [...slips].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const first = ordered[0]!.previousDate;
  const opening = first ? `They first said ${formatPlainDate(first)}` : "They first gave no date";
  // A date the client gave on their feedback page, the consultant asked for: say so.
  const moves = ordered.map(
    (slip) => `on ${formatPlainDate(localDateOf(slip.createdAt, timeZone))} ${slip.source === "client" ? "they told your consultant" : "they said"} ${formatPlainDate(slip.newDate)}`,
  );
  return `${[opening, ...moves].join("; ")}.`;
}
