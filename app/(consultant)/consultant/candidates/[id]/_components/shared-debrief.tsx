import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/domain/format";
import { howItWentLabels, stillWantLabels, type ScoreField } from "@/lib/journey/reflection-schema";
import type { SharedDebrief as Debrief } from "@/lib/staff/candidate-detail";

type Props = { debrief: Debrief | null; timeZone: string };

// The candidate's own scales, in the third person (the portal's legends say "your answers").
const scoreLabels: Record<ScoreField, string> = {
  rapport: "Rapport with the interviewers",
  answers: "How well they answered",
  relevance: "How relevant their answers were",
};
const scoreFields = Object.keys(scoreLabels) as ScoreField[];

/** The candidate's reflection on a round, only ever passed in when they shared it. */
export function SharedDebrief({ debrief, timeZone }: Props) {
  if (!debrief) return <p className="text-muted">Not shared. Candidates choose, round by round, whether their consultant sees their reflection.</p>;
  const facts: [string, ReactNode][] = scoreFields
    .filter((field) => debrief[field] !== null)
    .map((field) => [scoreLabels[field], `${debrief[field]} out of 5`]);
  if (debrief.wentWell) facts.push(["What went well", debrief.wentWell]);
  if (debrief.toImprove) facts.push(["What to improve", debrief.toImprove]);
  if (debrief.stillWant) facts.push(["Still wants the role", stillWantLabels[debrief.stillWant]]);

  return (
    <div className="space-y-2">
      {facts.length > 0 ? (
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[14rem_1fr]">
          {facts.map(([term, detail]) => (
            <div key={term} className="contents">
              <dt className="font-semibold">{term}</dt>
              <dd className="mb-2 whitespace-pre-line break-words sm:mb-0">{detail}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {debrief.questions.length > 0 ? (
        <>
          <p className="font-semibold">Questions they were asked</p>
          <ul className="list-disc space-y-1 pl-6">
            {debrief.questions.map((question, index) => (
              <li key={index}>
                {question.question} <span className="text-muted">({howItWentLabels[question.howItWent] ?? question.howItWent})</span>
                {question.notes ? <span className="block text-sm whitespace-pre-line">{question.notes}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="text-sm text-muted">Last updated {formatDateTime(debrief.updatedAt, timeZone)}</p>
    </div>
  );
}
