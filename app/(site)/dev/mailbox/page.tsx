import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Cell, ColumnHeader, RowHeader, Table, TableBody, TableHead, TableRow } from "@/components/ui/table";
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
        <Table caption="Messages in the local mailbox" hideCaption>
          <TableHead>
            <ColumnHeader>To</ColumnHeader>
            <ColumnHeader>Subject</ColumnHeader>
            <ColumnHeader>Sent</ColumnHeader>
            <ColumnHeader>State</ColumnHeader>
          </TableHead>
          <TableBody>
            {messages.map((message) => (
              <TableRow key={message.id}>
                {/* A cell, not the row header: the e2e helpers find a message by its recipient's cell. */}
                <Cell>{message.recipient}</Cell>
                <RowHeader>
                  <Link href={`/dev/mailbox/${message.id}`} className="underline">
                    {message.subject}
                  </Link>
                </RowHeader>
                <Cell>{formatDateTime(message.createdAt)}</Cell>
                <Cell>{message.state}</Cell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
