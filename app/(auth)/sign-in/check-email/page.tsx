import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { isMailboxEnabled } from "@/lib/email/mailbox";
import { signInLinkMinutes } from "@/lib/auth/auth";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default async function CheckEmailPage() {
  // Whether the mailbox is on is decided by the running server, not the build.
  await connection();
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold">Check your email</h1>
      <p>
        If the address you gave can receive mail, a sign-in link is on its way. It works once and expires in{" "}
        {signInLinkMinutes} minutes.
      </p>
      <p>Nothing there after a few minutes? Check your spam folder, or <Link href="/sign-in" className="underline">ask for a new link</Link>.</p>
      {isMailboxEnabled() ? (
        <Notice tone="warning">
          Running locally: mail is not sent anywhere. Open the <Link href="/dev/mailbox" className="underline">local mailbox</Link> to find your link.
        </Notice>
      ) : null}
    </div>
  );
}
