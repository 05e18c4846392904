import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/page-heading";
import { brand } from "@/lib/config/brand";
import { clientRequestDays } from "@/lib/config/client-requests";
import { readClientRequest } from "@/lib/journey/client-answers";
import { clientTokenSchema } from "@/lib/journey/client-request-schema";
import { answerClientRequestAction, stopClientRequestsAction } from "./actions";
import { AnswerForm } from "./_components/answer-form";
import { OneButtonForm } from "@/components/forms/one-button-form";

export const metadata: Metadata = { title: "Your answer about an interview", robots: { index: false, follow: false } };

// An employer's page, reached by the link in their email: no account, no session.
export default async function ClientFeedbackPage({ params }: PageProps<"/client/feedback/[token]">) {
  const { token } = await params;
  if (!clientTokenSchema.safeParse(token).success) notFound();
  const view = await readClientRequest(token);
  if (view.state === "unknown") notFound();
  const consultantName = view.consultant?.name ?? `the team at ${brand.agencyName}`;
  const title = capitalised(`${view.candidateFirstName}'s interview for ${view.role}`);
  const stop = (
    <section id="stop" aria-labelledby="stop-heading" className="mt-12 max-w-xl space-y-2 border-t border-line pt-6">
      <h2 id="stop-heading" className="text-xl">
        Would you rather not get these requests?
      </h2>
      <p>{brand.agencyName} will not send feedback requests to your address again, whoever the candidate.</p>
      <OneButtonForm action={stopClientRequestsAction.bind(null, token)} label="Stop feedback requests to this address" />
    </section>
  );

  if (view.state !== "open") {
    const reason = {
      expired: `This link has expired: links work for ${clientRequestDays} days. To answer now, reply to ${consultantName}'s email or call ${brand.phone.display}.`,
      replaced: `${consultantName} has sent you a newer link for this interview. Please use the one in the latest email.`,
      closed: `${brand.agencyName} no longer needs an answer about this interview. Thank you all the same.`,
      opted_out: `You have stopped feedback requests to this address. To tell us about ${view.candidateFirstName}'s interview, reply to ${consultantName}'s email or call ${brand.phone.display}.`,
    }[view.state];
    return (
      <div className="space-y-4">
        <PageHeading title={title} lead={reason} />
        {view.state === "opted_out" ? null : stop}
      </div>
    );
  }

  return (
    <div>
      <PageHeading
        title={title}
        lead={`${capitalised(view.candidateFirstName)} interviewed with ${view.company} on ${view.interviewDay}. Your answer goes to ${consultantName} at ${brand.agencyName}; it takes a minute. You can change it until ${view.lastDay}.`}
      />
      <AnswerForm
        action={answerClientRequestAction.bind(null, token)}
        candidateFirstName={view.candidateFirstName}
        consultantName={consultantName}
        current={view.latest}
      />
      {stop}
    </div>
  );
}

/** "the candidate's interview" opens a heading as "The candidate's interview". */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
