import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";

export interface SignInLinkProps {
  url: string;
  expiresInMinutes: number;
  siteName: string;
}

export function signInSubject(siteName: string): string {
  return `Your sign-in link for ${siteName}`;
}

/** A service email: the link and nothing else, no marketing. */
export default function SignInLinkEmail({ url, expiresInMinutes, siteName }: SignInLinkProps) {
  return (
    <EmailLayout preview={`Sign in to ${siteName}`}>
      <Heading as="h1" style={{ fontSize: "22px", margin: "0 0 16px" }}>
        Sign in to {siteName}
      </Heading>
      <Text>Use the button below to sign in. The link works once and expires in {expiresInMinutes} minutes.</Text>
      <Button href={url} style={button}>
        Sign in
      </Button>
      <Text style={{ fontSize: "14px" }}>
        If the button does not work, paste this address into your browser: <Link href={url}>{url}</Link>
      </Text>
      <Text style={{ fontSize: "14px", color: "#57534e" }}>
        If you did not ask to sign in, you can ignore this email: nobody can sign in without the link.
      </Text>
    </EmailLayout>
  );
}

SignInLinkEmail.PreviewProps = {
  url: "http://localhost:3000/api/auth/callback/email?token=preview&email=candidate%40example.com",
  expiresInMinutes: 10,
  siteName: "Next Steps",
} satisfies SignInLinkProps;

const button = {
  backgroundColor: "#115e59",
  color: "#ffffff",
  padding: "12px 20px",
  borderRadius: "6px",
  fontWeight: 600,
  textDecoration: "none",
};
