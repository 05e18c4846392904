import { formatLabels } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/domain/format";
import type { StaffInterviewView } from "@/lib/staff/candidate-detail";
import { ClientFeedbackForm } from "./client-feedback-form";
import { ClientFeedbackList } from "./client-feedback-list";
import { PlanStatusSummary } from "./plan-status-summary";
import { SharedDebrief } from "./shared-debrief";

type Props = { interview: StaffInterviewView; timeZone: string; applicationClosed: boolean };

export function InterviewRound({ interview, timeZone, applicationClosed }: Props) {
  const roundLabel = `round ${interview.round}`;
  const headingId = `round-${interview.id}`;
  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded border border-line p-4">
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
      <section className="space-y-2">
        <h4 className="font-semibold">Feedback from the client</h4>
        <ClientFeedbackList notes={interview.feedback} timeZone={timeZone} />
        <ClientFeedbackForm interviewId={interview.id} roundLabel={roundLabel} />
      </section>
    </article>
  );
}
