import { formatDate, formatDateTime } from "@/lib/domain/format";
import { stageLabels } from "@/lib/domain/labels";
import type { ApplicationStage } from "@/lib/domain/values";
import { daysBetween } from "@/lib/plans/working-days";
import { localDateOf } from "@/lib/plans/zoned-time";

// The words on a pipeline card and after a move; pure, with the clock passed in.

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const movedToday = "Moved here today";

/** How long an application has sat in its stage, in calendar days of the viewer's zone:
 *  days for the first fortnight, then weeks, then (30-day) months. */
export function timeInStage(changedAt: Date, now: Date, timeZone: string): string {
  const days = Math.max(0, daysBetween(localDateOf(changedAt, timeZone), localDateOf(now, timeZone)));
  if (days === 0) return movedToday;
  if (days < 14) return `${count(days, "day")} in this stage`;
  if (days < 63) return `${count(Math.floor(days / 7), "week")} in this stage`;
  return `${count(Math.floor(days / 30), "month")} in this stage`;
}

export type MovedCard = { candidateName: string | null; candidateEmail: string; company: string; role: string; stage: ApplicationStage };

/** The status line after a move; without the card (the filters now hide it) it says so. */
export function moveMessage(card: MovedCard | undefined): string {
  if (!card) return "Application moved. The filters hide it from this board now.";
  return `${card.candidateName ?? card.candidateEmail} moved to ${stageLabels[card.stage]} (${card.role} at ${card.company}).`;
}

type CardData = {
  id: string;
  candidateId: string;
  candidateName: string | null;
  candidateEmail: string;
  company: string;
  role: string;
  stage: ApplicationStage;
  source: "agency" | "direct";
  stageChangedAt: Date;
  nextInterviewAt: Date | null;
  lastInterviewAt: Date | null;
};

/** What a card shows, in words: the client card gets these strings and nothing it does not render. */
export type CardView = {
  id: string;
  candidateId: string;
  name: string;
  role: string;
  company: string;
  stage: ApplicationStage;
  /** A direct application the candidate shared with the agency. */
  shared?: true;
  inStage: string;
  since?: string;
  interview?: string;
};

export function cardView(card: CardData, now: Date, timeZone: string): CardView {
  const inStage = timeInStage(card.stageChangedAt, now, timeZone);
  const interview = card.nextInterviewAt
    ? `Next interview ${formatDateTime(card.nextInterviewAt, timeZone)}`
    : card.lastInterviewAt
      ? `Last interview ${formatDate(card.lastInterviewAt, timeZone)}`
      : undefined;
  return {
    id: card.id,
    candidateId: card.candidateId,
    name: card.candidateName ?? card.candidateEmail,
    role: card.role,
    company: card.company,
    stage: card.stage,
    ...(card.source === "direct" ? { shared: true as const } : {}),
    inStage,
    ...(inStage === movedToday ? {} : { since: `since ${formatDate(card.stageChangedAt, timeZone)}` }),
    ...(interview ? { interview } : {}),
  };
}
