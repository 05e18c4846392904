import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/page-heading";
import { authSecret } from "@/lib/security/secret";
import { describeUnsubscribeList, getUnsubscribeStatus, verifyUnsubscribeToken } from "@/lib/email/unsubscribe";
import { buttonClass } from "@/components/ui/button";

// The token in the address is the only authority here: no session needed.
// Showing the page changes nothing (mail scanners open links); the button does.
export const metadata: Metadata = {
  title: "Stop emails",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UnsubscribePage({ searchParams }: Props) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : null;
  const payload = value ? verifyUnsubscribeToken(value, authSecret()) : null;
  const status = payload ? await getUnsubscribeStatus(payload) : null;
  if (!value || !status) return <InvalidLink />;

  const what = describeUnsubscribeList(status.list, status.role);
  const isCandidate = status.role === "candidate";
  if (!status.subscribed) {
    return (
      <div className="max-w-3xl space-y-4">
        <PageHeading title={`You will no longer get ${what}`} lead="This took effect at once: nothing already scheduled will be sent." />
        {isCandidate ? (
          <p>
            Changed your mind? Turn them back on in your{" "}
            <Link href="/portal/settings" className="font-semibold text-brand-dark underline">
              email preferences
            </Link>
            .
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <div className="max-w-3xl space-y-4">
      <PageHeading
        title={`Stop ${what}?`}
        lead={
          status.list === "reminders"
            ? "You will no longer get emails about your interviews: the thank-you and debrief prompts, follow-up reminders and the reminder the day before."
            : "You will no longer get the digest email. Everything in it stays on the site."
        }
      />
      <form method="post" action={`/api/unsubscribe?token=${encodeURIComponent(value)}`}>
        <input type="hidden" name="from" value="page" />
        <button type="submit" className={buttonClass("primary")}>
          Stop {what}
        </button>
      </form>
      {isCandidate ? (
        <p>
          Or choose exactly what you get in your{" "}
          <Link href="/portal/settings" className="font-semibold text-brand-dark underline">
            email preferences
          </Link>
          .
        </p>
      ) : null}
    </div>
  );
}

function InvalidLink() {
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeading
        title="This link is not valid"
        lead="It may have been cut short when it was copied from the email. Try opening it from the email again."
      />
      <p>
        You can also turn emails off in your{" "}
        <Link href="/portal/settings" className="font-semibold text-brand-dark underline">
          email preferences
        </Link>{" "}
        after signing in.
      </p>
    </div>
  );
}
