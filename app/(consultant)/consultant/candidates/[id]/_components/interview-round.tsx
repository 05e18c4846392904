import { Card } from "@/components/ui/card";
import { formatLabels } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/domain/format";
import type { StaffApplicationView, StaffInterviewView } from "@/lib/staff/candidate-detail";
import { ClientRequestPanel } from "./client-request-panel";
import { ClientFeedbackForm } from "./client-feedback-form";
import { ClientFeedbackList } from "./client-feedback-list";
import { PlanStatusSummary } from "./plan-status-summary";
import { SharedDebrief } from "./shared-debrief";
import { MarkPassedOnForm } from "./thanks-to-pass-on";

type Props = {
  interview: StaffInterviewView;
  application: Pick<StaffApplicationView, "id" | "stage" | "source" | "clientContact">;
  timeZone: string;
  applicationClosed: boolean;
  candidate: { id: string; name: string | null; email: string };
};

export function InterviewRound({ interview, application, timeZone, applicationClosed, candidate }: Props) {
  const candidateName = candidate.name?.trim() || candidate.email;
  const roundLabel = `round ${interview.round}`;
  const headingId = `round-${interview.id}`;
  return (
    <Card as="article" aria-labelledby={headingId} className="space-y-4">
      <div>
        <h3 id={headingId} className="text-xl">
          Round {interview.round}: {formatDateTime(interview.startsAt, timeZone)}
        </h3>
        <p className="text-muted">
          {formatLabels[interview.format]} · {interview.durationMinutes} minutes
        </p>
      </div>
      <section className="space-y-1">
        <h4 className="font-semibold">Plan</h4>
        <PlanStatusSummary plan={interview.plan} timeZone={timeZone} applicationClosed={applicationClosed} />
      </section>
      <section className="space-y-1">
        <h4 className="font-semibold">The candidate&apos;s debrief</h4>
        <SharedDebrief debrief={interview.debrief} timeZone={timeZone} />
      </section>
      {interview.thanks ? (
        <section className="space-y-2">
          <h4 className="font-semibold">Thanks to pass on to the client</h4>
          <p className="text-muted">Given to you on {formatDateTime(interview.thanks.handedAt, timeZone)}.</p>
          <blockquote className="whitespace-pre-line border-l-4 border-brand pl-4">{interview.thanks.body}</blockquote>
          {interview.thanks.passedOn ? (
            <p>
              Passed on by {interview.thanks.passedOn.by} on {formatDateTime(interview.thanks.passedOn.at, timeZone)}.
            </p>
          ) : (
            <MarkPassedOnForm candidateId={candidate.id} noteId={interview.thanks.id} candidateName={candidateName} />
          )}
        </section>
      ) : null}
      {application.source === "agency" || interview.client.latest ? (
        <section className="space-y-2">
          <h4 className="font-semibold">Asking the client</h4>
          <ClientRequestPanel
            interviewId={interview.id}
            roundLabel={roundLabel}
            client={interview.client}
            interviewers={interview.interviewers}
            application={application}
            applicationClosed={applicationClosed}
            candidateName={candidateName}
            timeZone={timeZone}
          />
        </section>
      ) : null}
      <section className="space-y-2">
        <h4 className="font-semibold">Feedback from the client</h4>
        <ClientFeedbackList notes={interview.feedback} timeZone={timeZone} />
        <ClientFeedbackForm interviewId={interview.id} roundLabel={roundLabel} />
      </section>
    </Card>
  );
}
