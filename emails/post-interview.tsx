import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";
import { EmailPreferencesFooter } from "./components/email-preferences-footer";
import { greeting, listNames } from "./components/greeting";
import { interviewUrl } from "./components/links";
import { button, heading, link, paragraph, subheading } from "./components/styles";

/** Direct applications thank the interviewers; agency ones go through the consultant first. */
export type PostInterviewRoute =
  | { source: "direct"; interviewerNames: string[] }
  | { source: "agency"; consultant: { name: string; phone: string }; clientWelcomesDirectNotes: boolean };

export interface PostInterviewProps {
  candidateName: string | null;
  interviewId: string;
  company: string;
  role: string;
  route: PostInterviewRoute;
  unsubscribeUrl: string;
}

export function postInterviewSubject({ company, route }: Pick<PostInterviewProps, "company" | "route">): string {
  return route.source === "agency"
    ? `How did it go at ${company}? Time to debrief ${route.consultant.name}`
    : `How did it go at ${company}? Your thank-you notes are ready`;
}

export default function PostInterviewEmail({ candidateName, interviewId, company, role, route, unsubscribeUrl }: PostInterviewProps) {
  return (
    <EmailLayout preview={postInterviewSubject({ company, route })}>
      <Heading as="h1" style={heading}>
        How did it go at {company}?
      </Heading>
      <Text style={paragraph}>
        {greeting(candidateName)} your interview for the {role} role at {company} finished a couple of hours ago. While
        it is fresh, two things are worth doing today.
      </Text>
      {route.source === "agency" ? (
        <AgencyThanks interviewId={interviewId} company={company} route={route} />
      ) : (
        <DirectThanks interviewId={interviewId} interviewerNames={route.interviewerNames} />
      )}
      <Heading as="h2" style={subheading}>
        Write down how it went
      </Heading>
      <Text style={paragraph}>
        Note the questions they asked, how each answer went and what you would say differently. Ten minutes now pays
        off at your next interview, and it helps you decide whether you still want the job.
      </Text>
      <Text style={paragraph}>
        <Link href={interviewUrl(interviewId, "reflection")} style={link}>
          Write your reflection
        </Link>
      </Text>
      <EmailPreferencesFooter
        reason="You get this because interview reminders are on for your account."
        unsubscribeUrl={unsubscribeUrl}
      />
    </EmailLayout>
  );
}

function DirectThanks({ interviewId, interviewerNames }: { interviewId: string; interviewerNames: string[] }) {
  const who = interviewerNames.length > 0 ? listNames(interviewerNames) : "each interviewer";
  return (
    <>
      <Heading as="h2" style={subheading}>
        Thank your interviewers
      </Heading>
      <Text style={paragraph}>
        A short note to {who} within 24 hours of the interview keeps you in their mind. Your drafts are ready, one per
        interviewer: read them, make them sound like you, then send them.
      </Text>
      <Button href={interviewUrl(interviewId, "thank-you")} style={button}>
        Open your thank-you drafts
      </Button>
    </>
  );
}

function AgencyThanks({
  interviewId,
  company,
  route,
}: {
  interviewId: string;
  company: string;
  route: Extract<PostInterviewRoute, { source: "agency" }>;
}) {
  const { name, phone } = route.consultant;
  return (
    <>
      <Heading as="h2" style={subheading}>
        Debrief {name}
      </Heading>
      <Text style={paragraph}>
        Call {name} on {phone} today. Tell them how it went, what they asked and anything that worries you: they pass your feedback to{" "}
        {company} and can tell you how it looked from the other side.
      </Text>
      <Text style={paragraph}>
        {route.clientWelcomesDirectNotes
          ? `${company} is happy to receive notes directly, so thank your interviewers yourself within 24 hours. Your drafts are ready.`
          : `${name} can pass your thanks on to your interviewers. Write a short note and hand it to them from your thank-you page.`}
      </Text>
      <Button href={interviewUrl(interviewId, "thank-you")} style={button}>
        {route.clientWelcomesDirectNotes ? "Open your thank-you drafts" : `Write your thanks for ${name} to pass on`}
      </Button>
    </>
  );
}

PostInterviewEmail.PreviewProps = {
  candidateName: "Sam Taylor",
  interviewId: "7b0f1c9e-3d5a-4e2b-9c61-2f8a4d1e6b30",
  company: "Harbour Lane Foods",
  role: "Data Analyst",
  route: { source: "direct", interviewerNames: ["Jo Evans", "Ravi Patel"] },
  unsubscribeUrl: "http://localhost:3000/api/unsubscribe?token=preview",
} satisfies PostInterviewProps;
