import { Button, Heading, Link, Text } from "@react-email/components";
import { formatLongDate } from "./components/dates";
import { EmailLayout } from "./components/email-layout";
import { button, heading, link, muted, paragraph } from "./components/styles";

export interface StaffInvitationProps {
  /** Auth.js's one-time sign-in link: following it accepts the invitation. */
  url: string;
  role: "consultant" | "admin";
  /** Who sent it, as the team knows them; null when their account is gone. */
  inviterName: string | null;
  expiresAt: Date;
  timeZone: string;
  siteName: string;
  agencyName: string;
}

const roleWords: Record<StaffInvitationProps["role"], string> = {
  consultant: "a consultant",
  admin: "an admin",
};

export function staffInvitationSubject({ siteName, agencyName }: Pick<StaffInvitationProps, "siteName" | "agencyName">): string {
  return `You are invited to join ${agencyName} on ${siteName}`;
}

export default function StaffInvitationEmail({ url, role, inviterName, expiresAt, timeZone, siteName, agencyName }: StaffInvitationProps) {
  const inviter = inviterName?.trim() || agencyName;
  return (
    <EmailLayout preview={`${inviter} has invited you to join ${siteName} as ${roleWords[role]}`}>
      <Heading as="h1" style={heading}>
        Join {agencyName} on {siteName}
      </Heading>
      <Text style={paragraph}>
        {inviter} has invited you to join {siteName} as {roleWords[role]}.{" "}
        {role === "admin"
          ? "You will see every candidate's pipeline, assign candidates to consultants and read the audit log."
          : "You will see the pipelines of the candidates assigned to you and what needs your attention each day."}
      </Text>
      <Button href={url} style={button}>
        Accept and sign in
      </Button>
      <Text style={{ ...paragraph, marginTop: "16px" }}>
        The link works once, until {formatLongDate(expiresAt, timeZone)}. After that, ask {inviter} to send a new
        invitation.
      </Text>
      <Text style={muted}>
        If the button does not work, paste this address into your browser:{" "}
        <Link href={url} style={link}>
          {url}
        </Link>
      </Text>
      <Text style={muted}>
        If you were not expecting this, you can ignore this email: nobody can use the invitation without the link.
      </Text>
    </EmailLayout>
  );
}

StaffInvitationEmail.PreviewProps = {
  url: "http://localhost:3000/api/auth/callback/staff-invitation?token=preview&email=priya.shah%40example.com",
  role: "consultant",
  inviterName: "Grace Okafor",
  expiresAt: new Date("2026-11-12T10:00:00Z"),
  timeZone: "Europe/London",
  siteName: "Next Steps",
  agencyName: "Connections Recruitment",
} satisfies StaffInvitationProps;
