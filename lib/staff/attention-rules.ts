import type { PlanStepKind } from "../plans/interview-plan";
import { daysBetween } from "../plans/working-days";
import { localDateOf, zonedTimeToUtc } from "../plans/zoned-time";

// Pure rules shared by the morning digest and the pages, so both say the same thing;
// needs-attention.ts fetches the steps.

/** Steps that need the consultant once overdue, in a consultant's words. */
export const attentionReasons = {
  debrief: "Debrief not done",
  thanks: "Thank-you note overdue",
  timeline: "Decision timeline not recorded",
  decide: "Not yet decided whether they still want the role",
  follow_up_1: "Follow-up due",
  follow_up_2: "Second follow-up due",
} as const satisfies Partial<Record<PlanStepKind, string>>;

export type AttentionStepKind = keyof typeof attentionReasons;
export const attentionStepKinds = Object.keys(attentionReasons) as AttentionStepKind[];

export function isAttentionStepKind(kind: PlanStepKind): kind is AttentionStepKind {
  return kind in attentionReasons;
}

type AttentionSubject = {
  interviewId: string;
  candidateId: string;
  candidateName: string | null;
  candidateEmail: string;
  company: string;
  role: string;
};

export type PendingStep = AttentionSubject & {
  kind: PlanStepKind;
  dueAt: Date | null;
};

export type NeedsAttentionItem = {
  interviewId: string;
  candidateId: string;
  candidateName: string;
  company: string;
  role: string;
  reason: string;
  /** Whole calendar days, in the consultant's zone, since the step fell due; 0 is today. */
  ageDays: number;
  dueAt: Date;
};

/** A pending step is overdue from its due instant on; a follow-up is "due" at that same moment. */
export function isOverdue(step: { dueAt: Date | null }, now: Date): boolean {
  return step.dueAt !== null && step.dueAt.getTime() <= now.getTime();
}

/** Calendar days rather than 24-hour periods, so something that fell due at 18:00 yesterday reads "for 1 day" this morning. */
export function attentionAgeDays(dueAt: Date, now: Date, timeZone: string): number {
  return Math.max(0, daysBetween(localDateOf(dueAt, timeZone), localDateOf(now, timeZone)));
}

type OverdueStep = PendingStep & { kind: AttentionStepKind; dueAt: Date };

function needsAttention(step: PendingStep, now: Date): step is OverdueStep {
  return isAttentionStepKind(step.kind) && isOverdue(step, now);
}

export function toAttentionItems(steps: readonly PendingStep[], now: Date, timeZone: string): NeedsAttentionItem[] {
  return steps
    .filter((step) => needsAttention(step, now))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.candidateEmail.localeCompare(b.candidateEmail))
    .map((step) => ({
      interviewId: step.interviewId,
      candidateId: step.candidateId,
      candidateName: step.candidateName?.trim() || step.candidateEmail,
      company: step.company,
      role: step.role,
      reason: attentionReasons[step.kind],
      ageDays: attentionAgeDays(step.dueAt, now, timeZone),
      dueAt: step.dueAt,
    }));
}

// Two reasons come from the application as a whole: a passed decision date, and silence.

/** With no interview coming and nothing recorded for this long, an open application has gone quiet. */
export const quietAfterDays = 14;

export type OpenApplicationState = AttentionSubject & {
  stage: string;
  /** The decision date of the latest interview, with any slip the candidate recorded (YYYY-MM-DD); null without one. */
  decisionDate: string | null;
  lastActivityAt: Date;
  hasUpcomingInterview: boolean;
};

const awaitingNews = new Set(["interviewing", "awaiting_decision"]);

export function applicationAttentionItems(states: readonly OpenApplicationState[], now: Date, timeZone: string): NeedsAttentionItem[] {
  const today = localDateOf(now, timeZone);
  const items: NeedsAttentionItem[] = [];
  for (const state of states) {
    const base = {
      interviewId: state.interviewId,
      candidateId: state.candidateId,
      candidateName: state.candidateName?.trim() || state.candidateEmail,
      company: state.company,
      role: state.role,
    };
    if (state.decisionDate && state.decisionDate < today && awaitingNews.has(state.stage) && !state.hasUpcomingInterview) {
      const dueAt = zonedTimeToUtc(state.decisionDate, 0, 0, timeZone);
      items.push({ ...base, reason: "Decision date passed without news", ageDays: daysBetween(state.decisionDate, today), dueAt });
      continue;
    }
    const quietSince = state.lastActivityAt.getTime();
    const quietFor = daysBetween(localDateOf(state.lastActivityAt, timeZone), today);
    if (!state.hasUpcomingInterview && quietFor >= quietAfterDays) {
      const dueAt = new Date(quietSince + quietAfterDays * 86_400_000);
      items.push({ ...base, reason: `No news for ${quietFor} days`, ageDays: attentionAgeDays(dueAt, now, timeZone), dueAt });
    }
  }
  return items;
}

export type ThanksToPassOn = AttentionSubject & { handedAt: Date };

/** Something the candidate did that the consultant has not seen yet: a shared debrief or an outcome. */
export type CandidateMove = AttentionSubject & { what: "debrief" | "outcome"; outcome: string | null; at: Date };

/** An item about something that happened at `at`, waiting on the consultant since then. */
function eventItem(subject: AttentionSubject, at: Date, reason: (candidateName: string) => string, now: Date, timeZone: string): NeedsAttentionItem {
  const candidateName = subject.candidateName?.trim() || subject.candidateEmail;
  const { interviewId, candidateId, company, role } = subject;
  return { interviewId, candidateId, candidateName, company, role, reason: reason(candidateName), ageDays: attentionAgeDays(at, now, timeZone), dueAt: at };
}

export function candidateMoveItems(moves: readonly CandidateMove[], now: Date, timeZone: string): NeedsAttentionItem[] {
  return moves.map((move) =>
    eventItem(move, move.at, (name) => (move.what === "debrief" ? `Read ${name}’s debrief` : `${name} recorded an outcome: ${move.outcome}`), now, timeZone),
  );
}

/** A note the candidate gave the consultant, not yet passed on to the client. */
export function thanksAttentionItems(notes: readonly ThanksToPassOn[], now: Date, timeZone: string): NeedsAttentionItem[] {
  return notes.map((note) => eventItem(note, note.handedAt, (name) => `Pass on thanks from ${name} to ${note.company}`, now, timeZone));
}

export type ClientAnswerToReview = AttentionSubject & { answeredAt: Date };

/** One item per answer waiting: the client spoke, and only the consultant can pass it on. */
export function clientAnswerItems(answers: readonly ClientAnswerToReview[], now: Date, timeZone: string): NeedsAttentionItem[] {
  return answers.map((answer) => eventItem(answer, answer.answeredAt, (name) => `${answer.company} answered about ${name}: review it`, now, timeZone));
}

export function oldestFirst(items: NeedsAttentionItem[]): NeedsAttentionItem[] {
  return [...items].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.candidateName.localeCompare(b.candidateName));
}
