import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { stageLabels } from "../lib/domain/labels";
import type { ApplicationStage } from "../lib/domain/values";
import { formatLongDate } from "./components/dates";
import { EmailLayout } from "./components/email-layout";
import { EmailPreferencesFooter } from "./components/email-preferences-footer";
import { greeting } from "./components/greeting";
import { interviewUrl, siteUrl } from "./components/links";
import { countOf, isNonEmpty, type NonEmpty } from "./components/non-empty";
import { button, heading, link, listItem, paragraph, subheading } from "./components/styles";

export type DigestApplication = { id: string; company: string; role: string; stage: ApplicationStage };
export type DigestDueItem = { interviewId: string; company: string; title: string; dueAt: Date };

export interface CandidateDigestProps {
  candidateName: string | null;
  timeZone: string;
  /** Open applications only; at least one, or there is no digest to send. */
  applications: NonEmpty<DigestApplication>;
  dueThisWeek: DigestDueItem[];
  unsubscribeUrl: string;
}

/** The sender asks this before rendering: with no open application there is nothing worth an email. */
export function hasCandidateDigestContent<T extends { applications: readonly DigestApplication[] }>(
  input: T,
): input is T & { applications: NonEmpty<DigestApplication> } {
  return isNonEmpty(input.applications);
}

export function candidateDigestSubject({ applications, dueThisWeek }: Pick<CandidateDigestProps, "applications" | "dueThisWeek">): string {
  const open = countOf(applications.length, "open application");
  return dueThisWeek.length > 0
    ? `Your week: ${open}, ${countOf(dueThisWeek.length, "thing")} due`
    : `Your week: ${open}`;
}

export default function CandidateDigestEmail(props: CandidateDigestProps) {
  const { candidateName, timeZone, applications, dueThisWeek, unsubscribeUrl } = props;
  // The type already demands an application; this stops a cast from sending an empty digest.
  if (!hasCandidateDigestContent(props)) throw new Error("A candidate digest needs at least one open application");
  return (
    <EmailLayout preview={candidateDigestSubject({ applications, dueThisWeek })}>
      <Heading as="h1" style={heading}>
        Your week ahead
      </Heading>
      <Text style={paragraph}>
        {greeting(candidateName)} here is where your applications stand and what is due in the next seven days.
      </Text>
      <Heading as="h2" style={subheading}>
        Due this week
      </Heading>
      {dueThisWeek.length > 0 ? (
        <Section>
          {dueThisWeek.map((item, index) => (
            <Text key={index} style={listItem}>
              {formatLongDate(item.dueAt, timeZone)}, {item.company}:{" "}
              <Link href={interviewUrl(item.interviewId)} style={link}>
                {item.title}
              </Link>
            </Text>
          ))}
        </Section>
      ) : (
        <Text style={paragraph}>Nothing is due this week: you are up to date.</Text>
      )}
      <Heading as="h2" style={subheading}>
        Your open applications
      </Heading>
      <Section>
        {applications.map((application) => (
          <Text key={application.id} style={listItem}>
            {stageLabels[application.stage]}:{" "}
            <Link href={siteUrl(`/portal/applications/${encodeURIComponent(application.id)}`)} style={link}>
              {application.role} at {application.company}
            </Link>
          </Text>
        ))}
      </Section>
      <Heading as="h2" style={subheading}>
        Keep applying while you wait
      </Heading>
      <Text style={paragraph}>
        However well an interview went, keep your search moving: decisions take time, and good roles come and go while
        you wait. Add each new application to your portal and it gets a plan of its own.
      </Text>
      <Button href={siteUrl("/portal/applications/new")} style={button}>
        Add an application
      </Button>
      <EmailPreferencesFooter
        reason="You get this because the weekly digest is on for your account."
        unsubscribeUrl={unsubscribeUrl}
      />
    </EmailLayout>
  );
}

CandidateDigestEmail.PreviewProps = {
  candidateName: "Sam Taylor",
  timeZone: "Europe/London",
  applications: [
    { id: "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6", company: "Harbour Lane Foods", role: "Data Analyst", stage: "awaiting_decision" },
    { id: "6e2f3a4b-5c6d-4e7f-8a81-92a3b4c5d6e7", company: "Northern Rail Parts", role: "Reporting Analyst", stage: "interviewing" },
    { id: "7f3a4b5c-6d7e-4f80-9b92-a3b4c5d6e7f8", company: "Salford Housing Trust", role: "Insight Officer", stage: "applied" },
  ],
  dueThisWeek: [
    {
      interviewId: "7b0f1c9e-3d5a-4e2b-9c61-2f8a4d1e6b30",
      company: "Harbour Lane Foods",
      title: "Follow up if you have not heard",
      dueAt: new Date("2026-11-26T09:00:00Z"),
    },
  ],
  unsubscribeUrl: "http://localhost:3000/api/unsubscribe?token=preview",
} satisfies CandidateDigestProps;
