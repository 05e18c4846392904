import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { extractLinks, getMailboxMessage, isMailboxEnabled } from "@/lib/email/mailbox";
import { formatDateTime } from "@/lib/domain/format";

export const metadata: Metadata = { title: "Message", robots: { index: false } };

export default async function MailboxMessagePage({ params }: PageProps<"/dev/mailbox/[id]">) {
  if (!isMailboxEnabled()) notFound();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const message = await getMailboxMessage(id.data);
  if (!message) notFound();
  const links = extractLinks(message.html);

  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-10">
      <p>
        <Link href="/dev/mailbox" className="underline">Back to the mailbox</Link>
      </p>
      <h1 className="text-2xl font-bold">{message.subject}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">To</dt>
        <dd>{message.recipient}</dd>
        {message.replyTo ? (
          <>
            <dt className="font-semibold">Reply to</dt>
            <dd>{message.replyTo}</dd>
          </>
        ) : null}
        <dt className="font-semibold">Created</dt>
        <dd>{formatDateTime(message.createdAt)}</dd>
        <dt className="font-semibold">State</dt>
        <dd>{message.state}{message.lastError ? ` (${message.lastError})` : ""}</dd>
      </dl>
      {links.length > 0 ? (
        <section aria-labelledby="links-heading">
          <h2 id="links-heading" className="text-xl font-semibold">Links in this message</h2>
          <ul className="list-disc pl-6">
            {links.map((link) => (
              <li key={link}>
                <a href={link} className="break-all underline">{link}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {message.attachments.length > 0 ? (
        <section aria-labelledby="attachments-heading">
          <h2 id="attachments-heading" className="text-xl font-semibold">Attachments</h2>
          <ul className="list-disc pl-6">
            {message.attachments.map((file, index) => (
              <li key={`${index}-${file.filename}`}>
                <a href={`/dev/mailbox/${message.id}/attachments/${index}`} download={file.filename} className="underline">
                  {file.filename}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="html-heading" className="space-y-2">
        <h2 id="html-heading" className="text-xl font-semibold">As the recipient sees it</h2>
        {/* Sandboxed: the message's HTML runs no script and cannot touch this page. */}
        <iframe
          title={`Message: ${message.subject}`}
          srcDoc={message.html}
          sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"
          className="h-[32rem] w-full rounded border border-stone-300 bg-white"
        />
      </section>
      <section aria-labelledby="text-heading" className="space-y-2">
        <h2 id="text-heading" className="text-xl font-semibold">Plain-text part</h2>
        <pre className="whitespace-pre-wrap break-all rounded bg-stone-100 p-4 text-sm">{message.text}</pre>
      </section>
    </div>
  );
}
