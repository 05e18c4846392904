import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { isMailboxEnabled, listMailboxMessages } from "@/lib/email/mailbox";
import { formatDateTime } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Local mailbox", robots: { index: false } };

export default async function MailboxPage() {
  await connection();
  if (!isMailboxEnabled()) notFound();
  const messages = await listMailboxMessages();

  return (
    <div className="mx-auto max-w-4xl space-y-4 px-4 py-10">
      <h1 className="text-3xl font-bold">Local mailbox</h1>
      <p>
        Without RESEND_API_KEY, nothing leaves this machine: every email the site sends lands here instead. Newest
        first.
      </p>
      {messages.length === 0 ? (
        <p>No messages yet. <Link href="/sign-in" className="underline">Ask for a sign-in link</Link> and it will appear here.</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Messages in the local mailbox</caption>
          <thead>
            <tr className="border-b border-stone-400">
              <th scope="col" className="py-2 pr-4">To</th>
              <th scope="col" className="py-2 pr-4">Subject</th>
              <th scope="col" className="py-2 pr-4">Sent</th>
              <th scope="col" className="py-2">State</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id} className="border-b border-stone-200">
                <td className="py-2 pr-4">{message.recipient}</td>
                <td className="py-2 pr-4">
                  <Link href={`/dev/mailbox/${message.id}`} className="underline">
                    {message.subject}
                  </Link>
                </td>
                <td className="py-2 pr-4">{formatDateTime(message.createdAt)}</td>
                <td className="py-2">{message.state}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
