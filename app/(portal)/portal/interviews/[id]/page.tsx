import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeading } from "@/components/page-heading";
import { requireRole } from "@/lib/auth/dal";
import { stageLabels } from "@/lib/domain/labels";
import { terminalStages } from "@/lib/domain/values";
import { formatDateTime } from "@/lib/domain/format";
import { listOwnClientFeedback } from "@/lib/portal/client-feedback";
import { getOwnInterview } from "@/lib/journey/interviews";
import { getOwnSettings } from "@/lib/portal/settings";
import { describeTimelineHistory } from "@/lib/plans/timeline-history";
import { DeleteWithConfirmation } from "../../applications/_components/delete-with-confirmation";
import { deleteInterviewAction } from "../actions";
import { ClientFeedbackSection } from "../_components/client-feedback-section";
import { InterviewFacts } from "../_components/interview-facts";
import { OutcomeForm } from "../_components/outcome-form";
import { PlanStepList } from "../_components/plan-step-list";
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

  return (
    <div className="space-y-10">
      <div>
        <p className="mb-4">
          <Link href={`/portal/applications/${interview.applicationId}`}>
            Back to {interview.role} at {interview.company}
          </Link>
        </p>
        <PageHeading
          title={`Round ${interview.round}: ${interview.role} at ${interview.company}`}
          lead={`${formatDateTime(interview.startsAt, interview.timeZone)} · Application stage: ${stageLabels[interview.stage]}`}
        />
        <InterviewFacts {...interview} />
        <p className="mt-6 flex flex-wrap gap-3">
          <Link href={`${base}/edit`} className="button button-secondary">
            Edit the interview
          </Link>
          <a href={`${base}/calendar.ics`} className="button button-secondary" download>
            Add to your calendar (.ics)
          </a>
        </p>
      </div>

      <section aria-labelledby="plan-heading" className="space-y-3">
        <h2 id="plan-heading" className="text-2xl">Your plan</h2>
        <p className="text-muted">
          {planOpen
            ? `Times are in ${interview.timeZone.replaceAll("_", " ")} time. Mark each step done as you go, or skip what does not apply.`
            : `The plan is closed: the application's outcome is “${stageLabels[interview.stage]}”. Steps still open were cancelled, with their reminders.`}
        </p>
        <PlanStepList
          interviewId={interview.id}
          steps={interview.steps}
          timeZone={interview.timeZone}
          source={interview.source}
          clientWelcomesDirectNotes={interview.clientWelcomesDirectNotes}
          planOpen={planOpen}
          now={new Date()}
          thanks={interview.thanks}
        />
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li><Link href={`${base}/reflection`}>Your reflection</Link></li>
          <li><Link href={`${base}/thank-you`}>Thank-you notes</Link></li>
        </ul>
      </section>

      <ClientFeedbackSection notes={feedback} agencyArranged={interview.source === "agency"} timeZone={settings.timeZone} />

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
