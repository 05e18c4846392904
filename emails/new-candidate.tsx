import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";
import { greeting, listNames } from "./components/greeting";
import { siteUrl } from "./components/links";
import { button, heading, paragraph } from "./components/styles";

export interface NewCandidateProps {
  consultantName: string | null;
  candidateName: string;
  candidateId: string;
  /** Their agency applications in progress; the new one when assigned on applying. */
  vacancies: { company: string; role: string }[];
}

export function newCandidateSubject({ candidateName }: Pick<NewCandidateProps, "candidateName">): string {
  return `${candidateName} is now your candidate`;
}

export default function NewCandidateEmail(props: NewCandidateProps) {
  const { consultantName, candidateName, candidateId, vacancies } = props;
  const applyingFor = listNames(vacancies.map((vacancy) => `${vacancy.role} at ${vacancy.company}`));
  return (
    <EmailLayout preview={newCandidateSubject(props)}>
      <Heading as="h1" style={heading}>
        {newCandidateSubject(props)}
      </Heading>
      <Text style={paragraph}>{greeting(consultantName)}</Text>
      <Text style={paragraph}>
        You are now {candidateName}&rsquo;s consultant
        {applyingFor ? <>, for {applyingFor} through the agency</> : null}. They have been told your name, and their
        interviews, debriefs and thank-you notes for the agency will come to you.
      </Text>
      <Button href={siteUrl(`/consultant/candidates/${encodeURIComponent(candidateId)}`)} style={button}>
        Open {candidateName}&rsquo;s page
      </Button>
    </EmailLayout>
  );
}

NewCandidateEmail.PreviewProps = {
  consultantName: "Priya Shah",
  candidateName: "Sam Taylor",
  candidateId: "00000000-0000-4000-8000-000000000000",
  vacancies: [{ company: "Northgate Homes Trust", role: "Housing Officer" }],
} satisfies NewCandidateProps;
