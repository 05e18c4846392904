import { Button, Heading, Link, Text } from "@react-email/components";
import { brand } from "../lib/config/brand";
import { EmailLayout } from "./components/email-layout";
import { greeting } from "./components/greeting";
import { siteUrl } from "./components/links";
import { button, heading, muted, paragraph } from "./components/styles";

export interface ClientFeedbackRequestProps {
  contactName: string;
  consultantName: string;
  candidateFirstName: string;
  role: string;
  /** "Tuesday 1 December", in the interview's time zone. */
  interviewDay: string;
  token: string;
  /** "Wednesday 6 January 2027": the link's last day. */
  validUntil: string;
  /** The one reminder, sent when the first went unanswered. */
  reminder?: boolean;
}

export function clientFeedbackRequestSubject({ candidateFirstName, role, reminder }: Pick<ClientFeedbackRequestProps, "candidateFirstName" | "role" | "reminder">): string {
  return `${reminder ? "Reminder: " : ""}${candidateFirstName}'s interview for ${role}: a minute for your answer?`;
}

export default function ClientFeedbackRequestEmail(props: ClientFeedbackRequestProps) {
  const { contactName, consultantName, candidateFirstName, role, interviewDay, token, validUntil, reminder } = props;
  const link = siteUrl(`/client/feedback/${token}`);
  return (
    <EmailLayout preview={clientFeedbackRequestSubject(props)}>
      <Heading as="h1" style={heading}>
        How did {candidateFirstName}&rsquo;s interview go?
      </Heading>
      <Text style={paragraph}>{greeting(contactName)}</Text>
      <Text style={paragraph}>
        {reminder ? <>A short reminder from {consultantName}: </> : null}
        {candidateFirstName} interviewed with you for {role} on {interviewDay}. When will you decide, and where do
        things stand? It takes a minute, with no account to make, and your answer goes straight to {consultantName} at{" "}
        {brand.agencyName}.
      </Text>
      <Button href={link} style={button}>
        Answer for {candidateFirstName}
      </Button>
      <Text style={muted}>
        The link is for this interview only and works until {validUntil}. Reply to this email to reach {consultantName}
        directly.
      </Text>
      <Text style={muted}>
        Would you rather not get these requests? <Link href={`${link}#stop`}>Stop feedback requests to this address</Link>.
      </Text>
    </EmailLayout>
  );
}

ClientFeedbackRequestEmail.PreviewProps = {
  contactName: "Jo Evans",
  consultantName: "Priya Shah",
  candidateFirstName: "Sam",
  role: "Housing Officer",
  interviewDay: "Tuesday 1 December",
  token: "x".repeat(43),
  validUntil: "Thursday 31 December 2026",
} satisfies ClientFeedbackRequestProps;
