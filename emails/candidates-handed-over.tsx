import { Heading, Link, Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";
import { greeting } from "./components/greeting";
import { siteUrl } from "./components/links";
import { heading, paragraph } from "./components/styles";

export interface CandidatesHandedOverProps {
  consultantName: string | null;
  /** Who looked after them until now. */
  leaverName: string;
  candidates: { id: string; name: string }[];
}

export function candidatesHandedOverSubject({ leaverName, candidates }: Pick<CandidatesHandedOverProps, "leaverName" | "candidates">): string {
  return `You have ${candidates.length === 1 ? "1 new candidate" : `${candidates.length} new candidates`} from ${leaverName}`;
}

export default function CandidatesHandedOverEmail(props: CandidatesHandedOverProps) {
  const { consultantName, leaverName, candidates } = props;
  return (
    <EmailLayout preview={candidatesHandedOverSubject(props)}>
      <Heading as="h1" style={heading}>
        {candidatesHandedOverSubject(props)}
      </Heading>
      <Text style={paragraph}>{greeting(consultantName)}</Text>
      <Text style={paragraph}>
        {leaverName} has left the team, and you now look after these candidates, with their agency applications in
        progress. Their interviews, debriefs and thanks to pass on come to you from today.
      </Text>
      {candidates.map((candidate) => (
        <Text key={candidate.id} style={paragraph}>
          <Link href={siteUrl(`/consultant/candidates/${encodeURIComponent(candidate.id)}`)}>{candidate.name}</Link>
        </Text>
      ))}
    </EmailLayout>
  );
}

CandidatesHandedOverEmail.PreviewProps = {
  consultantName: "Priya Shah",
  leaverName: "Tom Whitaker",
  candidates: [
    { id: "00000000-0000-4000-8000-000000000001", name: "Sam Taylor" },
    { id: "00000000-0000-4000-8000-000000000002", name: "Alex Morgan" },
  ],
} satisfies CandidatesHandedOverProps;
