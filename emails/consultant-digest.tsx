import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";
import { EmailPreferencesFooter } from "./components/email-preferences-footer";
import { greeting } from "./components/greeting";
import { siteUrl } from "./components/links";
import { countOf, isNonEmpty, type NonEmpty } from "./components/non-empty";
import { button, heading, link, listItem, muted, paragraph } from "./components/styles";

export type AttentionItem = {
  candidateId: string;
  candidateName: string;
  company: string;
  role: string;
  /** Why it needs attention, e.g. "Debrief not done". */
  reason: string;
  /** Whole days since it started needing attention; 0 is today. */
  ageDays: number;
};

export interface ConsultantDigestProps {
  consultantName: string | null;
  /** At least one, or there is no digest to send. */
  candidates: NonEmpty<AttentionItem>;
  unsubscribeUrl: string;
}

/** The sender asks this before rendering: a morning with nothing to do is not worth an email. */
export function hasConsultantDigestContent<T extends { candidates: readonly AttentionItem[] }>(
  input: T,
): input is T & { candidates: NonEmpty<AttentionItem> } {
  return isNonEmpty(input.candidates);
}

export function consultantDigestSubject({ candidates }: Pick<ConsultantDigestProps, "candidates">): string {
  const count = new Set(candidates.map((item) => item.candidateId)).size;
  return `${countOf(count, "candidate")} ${count === 1 ? "needs" : "need"} your attention today`;
}

export function describeAge(ageDays: number): string {
  if (ageDays <= 0) return "since today";
  return `for ${countOf(Math.floor(ageDays), "day")}`;
}

export default function ConsultantDigestEmail(props: ConsultantDigestProps) {
  const { consultantName, candidates, unsubscribeUrl } = props;
  // The type already demands an item; this stops a cast from sending an empty digest.
  if (!hasConsultantDigestContent(props)) throw new Error("A consultant digest needs at least one candidate");
  return (
    <EmailLayout preview={consultantDigestSubject({ candidates })}>
      <Heading as="h1" style={heading}>
        Needs your attention today
      </Heading>
      <Text style={paragraph}>{greeting(consultantName)} these candidates are waiting on something.</Text>
      <Section>
        {candidates.map((item, index) => (
          <Text key={index} style={listItem}>
            <strong>{item.candidateName}</strong>, {item.role} at {item.company}: {item.reason} ({describeAge(item.ageDays)}).{" "}
            {/* The link also lets an erasure find this email: it is how a digest says who it is about. */}
            <Link href={siteUrl(`/consultant/candidates/${item.candidateId}`)} style={link}>
              {`See ${item.candidateName}’s page`}
            </Link>
          </Text>
        ))}
      </Section>
      <Button href={siteUrl("/consultant")} style={{ ...button, marginTop: "8px" }}>
        Open your pipeline
      </Button>
      <Text style={{ ...muted, marginTop: "16px" }}>Sent only on mornings when something needs you.</Text>
      {/* Staff have no preferences page yet (it is under /portal, for candidates), so only the one-click way out. */}
      <EmailPreferencesFooter
        reason="You get this because the morning digest is on for your account."
        unsubscribeUrl={unsubscribeUrl}
        preferencesPath={null}
      />
    </EmailLayout>
  );
}

ConsultantDigestEmail.PreviewProps = {
  consultantName: "Priya Shah",
  candidates: [
    { candidateId: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", candidateName: "Sam Taylor", company: "Harbour Lane Foods", role: "Data Analyst", reason: "Debrief not done", ageDays: 1 },
    { candidateId: "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", candidateName: "Alex Morgan", company: "Northern Rail Parts", role: "Project Coordinator", reason: "Decision date passed without news", ageDays: 4 },
    { candidateId: "3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f", candidateName: "Jordan Lee", company: "Salford Housing Trust", role: "Insight Officer", reason: "Follow-up due", ageDays: 0 },
  ],
  unsubscribeUrl: "http://localhost:3000/api/unsubscribe?token=preview",
} satisfies ConsultantDigestProps;
