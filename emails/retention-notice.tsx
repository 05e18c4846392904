import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";
import { formatLongDate } from "./components/dates";
import { greeting } from "./components/greeting";
import { siteUrl } from "./components/links";
import { button, heading, paragraph } from "./components/styles";

// The retention pass's one message to a candidate (lib/retention/accounts.ts), in three cases:
// a year unused with no "keep" consent (erasure on a date, unless they press the button), a year
// unused with that consent (we keep them, and say so), and "keep my details" withdrawn.

export type RetentionNoticeProps = {
  name: string | null;
  siteName: string;
  timeZone: string;
  /** Null: nothing is scheduled, because they asked us to keep their details. */
  erasureDate: Date | null;
  reason: "inactive" | "withdrawn";
  /** The signed one-click "keep my details" page, for the inactive case. */
  keepUrl: string | null;
};

export function retentionNoticeSubject({ siteName, erasureDate, reason }: Pick<RetentionNoticeProps, "siteName" | "erasureDate" | "reason">): string {
  if (reason === "withdrawn") return `Your ${siteName} account will be deleted`;
  return erasureDate ? `Shall we keep your ${siteName} account?` : `We are keeping your ${siteName} details, as you asked`;
}

export default function RetentionNoticeEmail(props: RetentionNoticeProps) {
  const { name, siteName, timeZone, erasureDate, reason, keepUrl } = props;
  const on = erasureDate ? formatLongDate(erasureDate, timeZone) : null;
  return (
    <EmailLayout preview={retentionNoticeSubject(props)}>
      <Heading as="h1" style={heading}>
        {retentionNoticeSubject(props)}
      </Heading>
      <Text style={paragraph}>{greeting(name)}</Text>
      {reason === "withdrawn" ? (
        <>
          <Text style={paragraph}>
            You told us not to keep your details between job searches, and none of your applications is open, so we
            will delete your account and everything in it on {on}.
          </Text>
          <Text style={paragraph}>
            Changed your mind? Sign in before then and choose &ldquo;Keep my details&rdquo; on your privacy page. If you
            add an application before then, we keep your details until it closes.
          </Text>
          <Button href={siteUrl("/portal/privacy")} style={button}>
            Your privacy page
          </Button>
        </>
      ) : on && keepUrl ? (
        <>
          <Text style={paragraph}>
            You have not signed in to {siteName} for a year, and none of your applications is open. We do not keep
            people&rsquo;s details for longer than they need them, so unless you tell us otherwise we will delete your
            account and everything in it on {on}.
          </Text>
          <Text style={paragraph}>To keep your details for your next job search, press the button. You will not need to sign in.</Text>
          <Button href={keepUrl} style={button}>
            Keep my details
          </Button>
          <Text style={paragraph}>Signing in before {on} keeps them too. If you are happy for them to go, you need do nothing.</Text>
        </>
      ) : (
        <>
          <Text style={paragraph}>
            You have not signed in to {siteName} for a year. You asked us to keep your details between job searches, so
            we are keeping them, ready for the next time you look for work.
          </Text>
          <Text style={paragraph}>If you would rather we deleted them, you can do that at any time from your privacy page.</Text>
          <Button href={siteUrl("/portal/privacy")} style={button}>
            Your privacy page
          </Button>
        </>
      )}
    </EmailLayout>
  );
}

RetentionNoticeEmail.PreviewProps = {
  name: "Sam Taylor",
  siteName: "Next Steps",
  timeZone: "Europe/London",
  erasureDate: new Date("2027-01-05T09:00:00Z"),
  reason: "inactive",
  keepUrl: "http://localhost:3000/keep-my-details?token=preview",
} satisfies RetentionNoticeProps;
