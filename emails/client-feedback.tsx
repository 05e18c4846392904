import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";
import { greeting } from "./components/greeting";
import { interviewUrl } from "./components/links";
import { button, heading, muted, paragraph } from "./components/styles";
import { MessageBlock } from "./components/message-block";

export interface ClientFeedbackProps {
  candidateName: string | null;
  consultantName: string;
  company: string;
  role: string;
  interviewId: string;
  body: string;
}

export function clientFeedbackSubject({ company }: Pick<ClientFeedbackProps, "company">): string {
  return `Feedback from ${company} on your interview`;
}

export default function ClientFeedbackEmail(props: ClientFeedbackProps) {
  const { candidateName, consultantName, company, role, interviewId, body } = props;
  return (
    <EmailLayout preview={clientFeedbackSubject(props)}>
      <Heading as="h1" style={heading}>
        {clientFeedbackSubject(props)}
      </Heading>
      <Text style={paragraph}>{greeting(candidateName)}</Text>
      <Text style={paragraph}>
        {consultantName} has passed on what {company} said about your interview for {role}:
      </Text>
      <MessageBlock message={body} />
      <Button href={interviewUrl(interviewId)} style={button}>
        See your plan for this interview
      </Button>
      <Text style={muted}>Reply to this email to reach {consultantName} directly.</Text>
    </EmailLayout>
  );
}

ClientFeedbackEmail.PreviewProps = {
  candidateName: "Sam Taylor",
  consultantName: "Priya Shah",
  company: "Northgate Homes Trust",
  role: "Housing Officer",
  interviewId: "00000000-0000-4000-8000-000000000000",
  body: "They liked your case study and want to see you for a second round next week.",
} satisfies ClientFeedbackProps;
