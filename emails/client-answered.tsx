import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";
import { greeting } from "./components/greeting";
import { siteUrl } from "./components/links";
import { button, heading, paragraph } from "./components/styles";
import { MessageBlock } from "./components/message-block";

export interface ClientAnsweredProps {
  consultantName: string | null;
  contactName: string;
  company: string;
  candidateName: string;
  candidateId: string;
  /** "Offer coming", as the client chose. */
  status: string;
  /** "Friday 18 December 2026", or null when they gave no date. */
  decideBy: string | null;
  hasFeedbackForCandidate: boolean;
  /** Whether the date moved the candidate's follow-ups (it may be the one already planned for). */
  replanned: boolean;
  noteForConsultant: string | null;
}

export function clientAnsweredSubject({ contactName, company, candidateName }: Pick<ClientAnsweredProps, "contactName" | "company" | "candidateName">): string {
  return `${contactName} at ${company} answered about ${candidateName}`;
}

export default function ClientAnsweredEmail(props: ClientAnsweredProps) {
  const { consultantName, candidateName, candidateId, status, decideBy, replanned, hasFeedbackForCandidate, noteForConsultant } = props;
  return (
    <EmailLayout preview={clientAnsweredSubject(props)}>
      <Heading as="h1" style={heading}>
        {clientAnsweredSubject(props)}
      </Heading>
      <Text style={paragraph}>{greeting(consultantName)}</Text>
      <Text style={paragraph}>
        Where things are now: {status}. {decideBy
          ? `They expect to decide by ${decideBy}${replanned ? `; ${candidateName}'s follow-ups have moved to match` : ", the date already planned for"}.`
          : "They gave no decision date."}
      </Text>
      {noteForConsultant ? (
        <>
          <Text style={paragraph}>Their note for you:</Text>
          <MessageBlock message={noteForConsultant} />
        </>
      ) : null}
      <Text style={paragraph}>
        {hasFeedbackForCandidate
          ? `They left feedback for ${candidateName}. It reaches ${candidateName} only when you pass it on, as it is or edited.`
          : `They left no feedback for ${candidateName}.`}
      </Text>
      <Button href={siteUrl(`/consultant/candidates/${encodeURIComponent(candidateId)}`)} style={button}>
        Review the answer
      </Button>
    </EmailLayout>
  );
}

ClientAnsweredEmail.PreviewProps = {
  consultantName: "Priya Shah",
  contactName: "Jo Evans",
  company: "Northgate Homes Trust",
  candidateName: "Sam Taylor",
  candidateId: "00000000-0000-4000-8000-000000000000",
  status: "Still deciding",
  decideBy: "Friday 18 December 2026",
  hasFeedbackForCandidate: true,
  replanned: true,
  noteForConsultant: "Strong on tenancy law; salary expectations a little high.",
} satisfies ClientAnsweredProps;
