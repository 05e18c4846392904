import type { DigestApplication, DigestDueItem } from "../../emails/candidate-digest";
import { terminalStages, type ApplicationSource, type ApplicationStage } from "../domain/values";
import { describeStep, type PlanStepKind } from "../plans/interview-plan";

// Pure: the composer reads the candidate's data, this picks what the weekly digest says.

export const digestLookAheadMs = 7 * 24 * 60 * 60_000;

export type CandidateApplication = DigestApplication & { source: ApplicationSource; clientWelcomesDirectNotes: boolean; stageChangedAt: Date };
export type CandidatePendingStep = { applicationId: string; interviewId: string; kind: PlanStepKind; dueAt: Date | null };
export type CandidateDigestContent = { applications: DigestApplication[]; dueThisWeek: DigestDueItem[] };

export function isOpen(stage: ApplicationStage): boolean {
  return !terminalStages.includes(stage);
}

/** No open application means no digest, whatever else there is. */
export function selectCandidateDigest(
  input: { applications: readonly CandidateApplication[]; steps: readonly CandidatePendingStep[] },
  now: Date,
): CandidateDigestContent {
  const open = input.applications
    .filter((application) => isOpen(application.stage))
    .sort((a, b) => b.stageChangedAt.getTime() - a.stageChangedAt.getTime() || a.company.localeCompare(b.company));
  const byId = new Map(open.map((application) => [application.id, application]));
  const horizon = now.getTime() + digestLookAheadMs;
  const dueThisWeek = input.steps
    .flatMap((step) => {
      const application = byId.get(step.applicationId);
      const { dueAt } = step;
      if (!application || !dueAt || dueAt.getTime() < now.getTime() || dueAt.getTime() >= horizon) return [];
      const title = describeStep(step.kind, application.source, application.clientWelcomesDirectNotes);
      return [{ interviewId: step.interviewId, company: application.company, title, dueAt }];
    })
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  return {
    applications: open.map(({ id, company, role, stage }) => ({ id, company, role, stage })),
    dueThisWeek,
  };
}
