import { Button, Heading, Link, Text } from "@react-email/components";
import { brand } from "../lib/config/brand";
import type { InterviewFormat } from "../lib/domain/values";
import { formatLongDateTime } from "./components/dates";
import { EmailLayout } from "./components/email-layout";
import { EmailPreferencesFooter } from "./components/email-preferences-footer";
import { greeting } from "./components/greeting";
import { interviewUrl } from "./components/links";
import { button, heading, link, listItem, muted, paragraph } from "./components/styles";

export type InterviewTomorrowInterviewer = { name: string; title: string | null };

export interface InterviewTomorrowProps {
  candidateName: string | null;
  interviewId: string;
  company: string;
  role: string;
  startsAt: Date;
  durationMinutes: number;
  /** The candidate's own time zone: every time in the email is shown in it. */
  timeZone: string;
  format: InterviewFormat;
  location: string | null;
  meetingUrl: string | null;
  interviewers: InterviewTomorrowInterviewer[];
  unsubscribeUrl: string;
  /** Where to download the .ics when the sender links it rather than attaching it. */
  calendarUrl?: string | null;
}

function timeOfDay(value: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(brand.locale, { hour: "2-digit", minute: "2-digit", timeZone }).format(value);
}

export function interviewTomorrowSubject({ company, startsAt, timeZone }: Pick<InterviewTomorrowProps, "company" | "startsAt" | "timeZone">): string {
  return `Tomorrow at ${timeOfDay(startsAt, timeZone)}: your interview with ${company}`;
}

export default function InterviewTomorrowEmail(props: InterviewTomorrowProps) {
  const { candidateName, interviewId, company, role, startsAt, durationMinutes, timeZone, interviewers, unsubscribeUrl, calendarUrl } = props;
  const endsAt = new Date(startsAt.getTime() + durationMinutes * 60_000);
  return (
    <EmailLayout preview={interviewTomorrowSubject({ company, startsAt, timeZone })}>
      <Heading as="h1" style={heading}>
        Your interview with {company} is tomorrow
      </Heading>
      <Text style={paragraph}>
        {greeting(candidateName)} here are the details for your {role} interview, so they are to hand in the morning.
      </Text>
      <Text style={listItem}>
        <strong>When:</strong> {formatLongDateTime(startsAt, timeZone)} to {timeOfDay(endsAt, timeZone)} ({timeZone} time)
      </Text>
      <Text style={listItem}>
        <strong>Where:</strong> <Where {...props} />
      </Text>
      <Text style={listItem}>
        <strong>With:</strong>{" "}
        {interviewers.length > 0
          ? interviewers.map((person) => (person.title ? `${person.name} (${person.title})` : person.name)).join(", ")
          : "the names are not recorded yet: your invitation may have them"}
      </Text>
      <Text style={{ ...paragraph, marginTop: "16px" }}>
        {calendarUrl ? (
          <>
            <Link href={calendarUrl} style={link}>
              Download the calendar file
            </Link>{" "}
            and open it to add the interview to your calendar.
          </>
        ) : (
          "The calendar file is attached: open it to add the interview to your calendar."
        )}
      </Text>
      <Button href={interviewUrl(interviewId)} style={button}>
        Open the interview
      </Button>
      <Text style={{ ...muted, marginTop: "16px" }}>
        Before you go, reread the job advert and your notes, and plan to be ready ten minutes early. Good luck.
      </Text>
      <EmailPreferencesFooter
        reason="You get this because interview reminders are on for your account."
        unsubscribeUrl={unsubscribeUrl}
      />
    </EmailLayout>
  );
}

function Where({ format, location, meetingUrl }: Pick<InterviewTomorrowProps, "format" | "location" | "meetingUrl">) {
  if (format === "video") {
    if (meetingUrl) {
      return (
        <>
          by video,{" "}
          <Link href={meetingUrl} style={link}>
            join the call
          </Link>
          {location ? ` (${location})` : null}
        </>
      );
    }
    return <>by video{location ? `, ${location}` : ": the link is not recorded yet, check your invitation"}</>;
  }
  if (format === "phone") return <>by phone{location ? `, ${location}` : null}</>;
  return <>{location ?? "in person: the address is not recorded yet, check your invitation"}</>;
}

InterviewTomorrowEmail.PreviewProps = {
  candidateName: "Sam Taylor",
  interviewId: "7b0f1c9e-3d5a-4e2b-9c61-2f8a4d1e6b30",
  company: "Harbour Lane Foods",
  role: "Data Analyst",
  startsAt: new Date("2026-11-05T10:00:00Z"),
  durationMinutes: 60,
  timeZone: "Europe/London",
  format: "in_person",
  location: "Harbour Lane Foods, 12 Dock Street, Salford M50 3AB",
  meetingUrl: null,
  interviewers: [
    { name: "Jo Evans", title: "Head of Finance" },
    { name: "Ravi Patel", title: null },
  ],
  unsubscribeUrl: "http://localhost:3000/api/unsubscribe?token=preview",
} satisfies InterviewTomorrowProps;
