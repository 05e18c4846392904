import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";
import { greeting } from "./components/greeting";
import { siteUrl } from "./components/links";
import { button, heading, paragraph } from "./components/styles";

export interface NoConsultantProps {
  adminName: string | null;
  candidateName: string;
  vacancy: { company: string; role: string };
}

export function noConsultantSubject({ candidateName }: Pick<NoConsultantProps, "candidateName">): string {
  return `${candidateName} has no consultant`;
}

export default function NoConsultantEmail(props: NoConsultantProps) {
  const { adminName, candidateName, vacancy } = props;
  return (
    <EmailLayout preview={noConsultantSubject(props)}>
      <Heading as="h1" style={heading}>
        {noConsultantSubject(props)}
      </Heading>
      <Text style={paragraph}>{greeting(adminName)}</Text>
      <Text style={paragraph}>
        {candidateName} has applied for {vacancy.role} at {vacancy.company} through the agency, but nobody could be
        assigned to them: the team has no active consultants. Until someone is, their thanks and debriefs reach no
        one. Invite a consultant or assign one from the candidates page.
      </Text>
      <Button href={siteUrl("/admin/candidates?consultant=none")} style={button}>
        Candidates without a consultant
      </Button>
    </EmailLayout>
  );
}

NoConsultantEmail.PreviewProps = {
  adminName: "Alex Morgan",
  candidateName: "Sam Taylor",
  vacancy: { company: "Northgate Homes Trust", role: "Housing Officer" },
} satisfies NoConsultantProps;
