import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";
import { greeting, listNames } from "./components/greeting";
import { siteUrl } from "./components/links";
import { button, heading, muted, paragraph } from "./components/styles";
import { MessageBlock } from "./components/message-block";

export interface ThanksToPassOnProps {
  consultantName: string | null;
  candidateName: string;
  candidateId: string;
  company: string;
  role: string;
  /** Who the candidate wants thanked; empty when nobody is on record. */
  interviewers: string[];
  body: string;
}

export function thanksToPassOnSubject({ candidateName, company }: Pick<ThanksToPassOnProps, "candidateName" | "company">): string {
  return `Pass on thanks from ${candidateName} to ${company}`;
}

export default function ThanksToPassOnEmail(props: ThanksToPassOnProps) {
  const { consultantName, candidateName, candidateId, company, role, interviewers, body } = props;
  const to = interviewers.length > 0 ? listNames(interviewers) : `the panel at ${company}`;
  return (
    <EmailLayout preview={thanksToPassOnSubject(props)}>
      <Heading as="h1" style={heading}>
        {thanksToPassOnSubject(props)}
      </Heading>
      <Text style={paragraph}>{greeting(consultantName)}</Text>
      <Text style={paragraph}>
        {candidateName} has written a thank-you note for their interview for {role} at {company}, and asks you to pass it
        on to {to}.
      </Text>
      <MessageBlock message={body} />
      <Text style={paragraph}>Once you have passed it on, mark it on their page so they know.</Text>
      <Button href={siteUrl(`/consultant/candidates/${encodeURIComponent(candidateId)}`)} style={button}>
        Open {candidateName}&rsquo;s page
      </Button>
      <Text style={muted}>Reply to this email to reach {candidateName} directly.</Text>
    </EmailLayout>
  );
}

ThanksToPassOnEmail.PreviewProps = {
  consultantName: "Priya Shah",
  candidateName: "Sam Taylor",
  candidateId: "00000000-0000-4000-8000-000000000000",
  company: "Northgate Homes Trust",
  role: "Housing Officer",
  interviewers: ["Jo Evans", "Raj Patel"],
  body: "Dear Jo and Raj,\n\nThank you for your time today. I enjoyed hearing about the new estates team.\n\nBest wishes,\nSam Taylor",
} satisfies ThanksToPassOnProps;
