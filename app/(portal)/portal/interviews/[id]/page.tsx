import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeading } from "@/components/page-heading";
import { PlanTimeline } from "@/components/plan/plan-timeline";
import { StageBadge } from "@/components/ui/badge";
import { LinkButton, buttonClass } from "@/components/ui/button";
import { requireRole } from "@/lib/auth/dal";
import { stageLabels } from "@/lib/domain/labels";
import { terminalStages } from "@/lib/domain/values";
import { formatDateTime } from "@/lib/domain/format";
import { listOwnClientFeedback } from "@/lib/portal/client-feedback";
import { getOwnInterview, type InterviewDetail } from "@/lib/journey/interviews";
import { getOwnSettings } from "@/lib/portal/settings";
import { describeStep, type PlanStepKind } from "@/lib/plans/interview-plan";
import { describeTimelineHistory } from "@/lib/plans/timeline-history";
import { DeleteWithConfirmation } from "../../applications/_components/delete-with-confirmation";
import { deleteInterviewAction, setPlanStepStateAction } from "../actions";
import { ClientFeedbackSection } from "../_components/client-feedback-section";
import { InterviewFacts } from "../_components/interview-facts";
import { OutcomeForm } from "../_components/outcome-form";
import { SlipForm } from "../_components/slip-form";

export const metadata: Metadata = { title: "Interview", robots: { index: false } };

export default async function InterviewPage({ params }: PageProps<"/portal/interviews/[id]">) {
  const { id } = await params;
  const user = await requireRole(["candidate"], `/portal/interviews/${encodeURIComponent(id)}`);
  // A malformed id is simply not found; it never reaches the database.
  if (!z.uuid().safeParse(id).success) notFound();
  const [interview, feedback, settings] = await Promise.all([getOwnInterview(user, id), listOwnClientFeedback(user, id), getOwnSettings(user)]);
  if (!interview) notFound();
  const planOpen = !terminalStages.includes(interview.stage);
  const base = `/portal/interviews/${interview.id}`;
  const timelineHistory = describeTimelineHistory(interview.slips, settings.timeZone);
  const description = (kind: PlanStepKind) => describeStep(kind, interview.source, interview.clientWelcomesDirectNotes);
  const steps = interview.steps.map((step) => ({
    ...step,
    interviewId: interview.id,
    source: interview.source,
    clientWelcomesDirectNotes: interview.clientWelcomesDirectNotes,
    description: description(step.kind),
    note: step.kind === "thanks" && step.state === "pending" ? thanksNote(interview) : undefined,
  }));

  return (
    <div className="space-y-10">
      <div>
        <p className="mb-3 text-sm">
          <Link href={`/portal/applications/${interview.applicationId}`}>Back to the application</Link>
        </p>
        <PageHeading
          title={`Round ${interview.round}: ${interview.role} at ${interview.company}`}
          lead={
            <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span>{formatDateTime(interview.startsAt, settings.timeZone)}</span>
              <span>
                Application stage: <StageBadge stage={interview.stage} />
              </span>
            </span>
          }
        />
      </div>

      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading" className="text-2xl">Your plan</h2>
        <p className="mt-1 mb-5 text-sm text-muted">
          {planOpen
            ? `Times are in ${settings.timeZone.replaceAll("_", " ")} time.`
            : `The plan is closed: the application's outcome is “${stageLabels[interview.stage]}”. Steps still open were cancelled, with their reminders.`}
        </p>
        <PlanTimeline steps={steps} now={new Date()} timeZone={settings.timeZone} planOpen={planOpen} setStateAction={setPlanStepStateAction} />
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li><Link href={`${base}/reflection`}>Your reflection</Link></li>
          <li><Link href={`${base}/thank-you`}>Thank-you notes</Link></li>
        </ul>
      </section>

      <ClientFeedbackSection notes={feedback} agencyArranged={interview.source === "agency"} timeZone={settings.timeZone} />

      <section aria-labelledby="details-heading" className="space-y-4">
        <h2 id="details-heading" className="text-2xl">About this interview</h2>
        <InterviewFacts {...interview} />
        <p className="flex flex-wrap gap-3">
          <LinkButton href={`${base}/edit`} variant="secondary">
            Edit the interview
          </LinkButton>
          <a href={`${base}/calendar.ics`} className={buttonClass("secondary")} download>
            Add to your calendar (.ics)
          </a>
        </p>
      </section>

      <section aria-labelledby="slip-heading" className="space-y-3">
        <h2 id="slip-heading" className="text-2xl">The timeline slipped</h2>
        {timelineHistory ? <p>{timelineHistory}</p> : null}
        <p>If they have told you they need longer, record the new date: your follow-ups move with it and the old date is kept.</p>
        <SlipForm interviewId={interview.id} />
      </section>

      <section aria-labelledby="outcome-heading" className="space-y-3">
        <h2 id="outcome-heading" className="text-2xl">The outcome</h2>
        <OutcomeForm applicationId={interview.applicationId} interviewId={interview.id} stage={interview.stage} />
      </section>

      <section aria-labelledby="delete-heading" className="space-y-3 border-t border-line pt-6">
        <h2 id="delete-heading" className="text-xl">Delete this interview round</h2>
        <DeleteWithConfirmation
          action={deleteInterviewAction}
          fields={{ id: interview.id, applicationId: interview.applicationId }}
          label="Delete this interview round"
          consequence="This deletes the round with its plan, reflection and thank-you notes. The application stays."
          confirmLabel="Yes, delete the interview round"
        />
      </section>
    </div>
  );
}

/** Progress on a thanks step written to each interviewer, once there is more than one. */
function thanksNote({ source, clientWelcomesDirectNotes, thanks }: InterviewDetail): string | undefined {
  if ((source === "agency" && !clientWelcomesDirectNotes) || thanks.of < 2) return undefined;
  return `${thanks.thanked} of ${thanks.of} thanked${thanks.skipped ? `, ${thanks.skipped} skipped` : ""}`;
}
