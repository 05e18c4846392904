import { Button, Heading, Section, Text } from "@react-email/components";
import { followUpMessage } from "../lib/drafts/follow-up-message";
import { formatLongDate } from "./components/dates";
import { EmailLayout } from "./components/email-layout";
import { EmailPreferencesFooter } from "./components/email-preferences-footer";
import { greeting } from "./components/greeting";
import { interviewUrl } from "./components/links";
import { MessageBlock } from "./components/message-block";
import { button, heading, listItem, muted, paragraph, subheading } from "./components/styles";

export type FollowUpContact = { name: string; email: string | null };

export interface FollowUpReminderProps {
  candidateName: string | null;
  interviewId: string;
  company: string;
  role: string;
  interviewStartsAt: Date;
  timeZone: string;
  /** Two follow-ups at most: pacing matters more than persistence. */
  which: "first" | "second";
  /** The follow-up contact recorded after the interview, else the interviewers; may be empty. */
  contacts: FollowUpContact[];
  unsubscribeUrl: string;
}

export function followUpReminderSubject({ company, which }: Pick<FollowUpReminderProps, "company" | "which">): string {
  return which === "first" ? `Time to follow up with ${company}` : `One last follow-up with ${company}`;
}

export function suggestedFollowUpMessage(
  props: Pick<FollowUpReminderProps, "candidateName" | "company" | "role" | "interviewStartsAt" | "timeZone" | "which" | "contacts">,
): string {
  return followUpMessage({ ...props, interviewDay: formatLongDate(props.interviewStartsAt, props.timeZone) });
}

/** Due on the follow-up date the plan computed; cancelled if news arrives first. */
export default function FollowUpReminderEmail(props: FollowUpReminderProps) {
  const { candidateName, interviewId, company, role, interviewStartsAt, timeZone, which, contacts, unsubscribeUrl } = props;
  return (
    <EmailLayout preview={followUpReminderSubject({ company, which })}>
      <Heading as="h1" style={heading}>
        {which === "first" ? "Time to follow up" : "Your second and last follow-up"}: {role} at {company}
      </Heading>
      <Text style={paragraph}>
        {greeting(candidateName)} you have not recorded any news from {company} since your interview on{" "}
        {formatLongDate(interviewStartsAt, timeZone)}.{" "}
        {which === "first"
          ? "Following up now shows interest and initiative; it is not pestering."
          : "This is the second and last follow-up we suggest. If there is still no answer after it, put your energy into your other applications."}
      </Text>
      <Heading as="h2" style={subheading}>
        Who to contact
      </Heading>
      {contacts.length > 0 ? (
        <Section>
          {contacts.map((contact, index) => (
            <Text key={index} style={listItem}>
              {contact.email ? `${contact.name} (${contact.email})` : contact.name}
            </Text>
          ))}
        </Section>
      ) : (
        <Text style={paragraph}>
          Whoever invited you to the interview. If you do not have a name, the receptionist can usually give you the
          right person and their contact details.
        </Text>
      )}
      <Heading as="h2" style={subheading}>
        A message you could send
      </Heading>
      <MessageBlock message={suggestedFollowUpMessage(props)} />
      <Button href={interviewUrl(interviewId)} style={button}>
        Open the interview
      </Button>
      <Text style={{ ...muted, marginTop: "16px" }}>
        Heard back already? Record the outcome on the interview page and these reminders stop.
      </Text>
      <EmailPreferencesFooter
        reason="You get this because follow-up reminders are on for your account."
        unsubscribeUrl={unsubscribeUrl}
      />
    </EmailLayout>
  );
}

FollowUpReminderEmail.PreviewProps = {
  candidateName: "Sam Taylor",
  interviewId: "7b0f1c9e-3d5a-4e2b-9c61-2f8a4d1e6b30",
  company: "Harbour Lane Foods",
  role: "Data Analyst",
  interviewStartsAt: new Date("2026-11-05T10:00:00Z"),
  timeZone: "Europe/London",
  which: "first",
  contacts: [{ name: "Jo Evans", email: "jo.evans@harbourlane.example" }],
  unsubscribeUrl: "http://localhost:3000/api/unsubscribe?token=preview",
} satisfies FollowUpReminderProps;
