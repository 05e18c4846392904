import { Link, Text } from "@react-email/components";
import { emailPreferencesPath, siteUrl } from "./links";
import { link, muted } from "./styles";

type Props = {
  reason: string;
  unsubscribeUrl: string;
  /** Null where the reader has no preferences page to go to. */
  preferencesPath?: string | null;
};

/** The way out of every reminder and digest: one click, no sign-in. */
export function EmailPreferencesFooter({ reason, unsubscribeUrl, preferencesPath = emailPreferencesPath }: Props) {
  return (
    <Text style={{ ...muted, marginTop: "32px" }}>
      {reason}{" "}
      <Link href={unsubscribeUrl} style={link}>
        Stop these emails
      </Link>
      {preferencesPath ? (
        <>
          {" "}
          or{" "}
          <Link href={siteUrl(preferencesPath)} style={link}>
            manage email preferences
          </Link>
        </>
      ) : null}
      .
    </Text>
  );
}
