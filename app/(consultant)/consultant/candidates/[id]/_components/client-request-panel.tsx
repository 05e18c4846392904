import { Card } from "@/components/ui/card";
import { clientAnswerLabels, stageLabels, stageSuggestedByClient } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/domain/format";
import type { ApplicationStage } from "@/lib/domain/values";
import { formatPlainDate } from "@/lib/plans/plain-date-text";
import type { StaffClientRequests } from "@/lib/staff/client-requests";
import { ClientAnswerReviewForm } from "./client-answer-review-form";
import { ClientRequestForm } from "./client-request-form";
import { ConfirmStageForm } from "./confirm-stage-form";

type Props = {
  interviewId: string;
  roundLabel: string;
  client: StaffClientRequests;
  interviewers: { id: string; name: string; title: string | null; email: string | null }[];
  application: { id: string; stage: ApplicationStage; source: "agency" | "direct"; clientContact: { name: string | null; email: string | null; role: string | null } };
  applicationClosed: boolean;
  candidateName: string;
  timeZone: string;
};

const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);

export function ClientRequestPanel({ interviewId, roundLabel, client, interviewers, application, applicationClosed, candidateName, timeZone }: Props) {
  const { latest, answers } = client;
  return (
    <div className="space-y-3">
      {latest ? (
        <p>
          Asked {latest.contactName} on {formatDateTime(latest.sentAt, timeZone)}.{" "}
          {latest.answeredAt
            ? `Last answered ${formatDateTime(latest.answeredAt, timeZone)}.`
            : latest.expired
              ? "No answer, and the link has expired."
              : `No answer yet: waiting ${days(latest.waitingDays ?? 0)}${latest.remindedAt ? ", reminded once" : ""}.`}
        </p>
      ) : null}
      {answers.length > 0 ? (
        <ol className="space-y-3">
          {answers.map((answer, index) => {
            // Only the newest answer is the client's word now; the earlier ones are history.
            const newest = index === answers.length - 1;
            const suggested = newest ? stageSuggestedByClient[answer.status] : undefined;
            return (
              <Card as="li" key={answer.id} className="space-y-2">
                <p className="font-semibold">
                  {clientAnswerLabels[answer.status]}
                  {answer.decideBy ? `; deciding by ${formatPlainDate(answer.decideBy)}` : ""}
                </p>
                <p className="text-sm text-muted">Answered {formatDateTime(answer.at, timeZone)}.</p>
                {answer.noteForConsultant ? (
                  <div>
                    <p className="text-sm font-semibold">Their note for you</p>
                    <blockquote className="whitespace-pre-line border-l-4 border-line pl-4">{answer.noteForConsultant}</blockquote>
                  </div>
                ) : null}
                {answer.reviewed ? (
                  <p className="text-sm">{answer.released ? `Feedback passed on to ${candidateName}.` : `Kept back from ${candidateName}.`}</p>
                ) : !newest ? (
                  <p className="text-sm text-muted">Changed by a later answer.</p>
                ) : (
                  <ClientAnswerReviewForm answerId={answer.id} feedback={answer.feedbackForCandidate} candidateName={candidateName} />
                )}
                {suggested && suggested !== application.stage && !applicationClosed ? (
                  <ConfirmStageForm applicationId={application.id} stage={suggested} stageLabel={stageLabels[suggested]} />
                ) : null}
              </Card>
            );
          })}
        </ol>
      ) : null}
      {application.source === "agency" && !applicationClosed ? (
        <ClientRequestForm
          interviewId={interviewId}
          roundLabel={roundLabel}
          contact={application.clientContact}
          interviewers={interviewers.flatMap((person) => (person.email ? [{ ...person, email: person.email }] : []))}
          again={latest !== null}
        />
      ) : null}
    </div>
  );
}
