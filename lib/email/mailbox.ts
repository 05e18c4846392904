import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { env } from "@/lib/env";

/**
 * The local mailbox shows every outbox message, sign-in links included, to
 * anyone who can reach it: on in development, off in production unless
 * ENABLE_DEV_MAILBOX=1 (end-to-end tests against `next start`).
 */
export function isMailboxEnabled(): boolean {
  const { NODE_ENV, ENABLE_DEV_MAILBOX } = env();
  return NODE_ENV !== "production" || ENABLE_DEV_MAILBOX === "1";
}

export type MailboxSummary = {
  id: string;
  recipient: string;
  subject: string;
  state: string;
  createdAt: Date;
};

export async function listMailboxMessages(limit = 100): Promise<MailboxSummary[]> {
  return getDb()
    .select({
      id: emailOutbox.id,
      recipient: emailOutbox.recipient,
      subject: emailOutbox.subject,
      state: emailOutbox.state,
      createdAt: emailOutbox.createdAt,
    })
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.createdAt))
    .limit(limit);
}

export async function getMailboxMessage(id: string) {
  const [row] = await getDb()
    .select({
      id: emailOutbox.id,
      recipient: emailOutbox.recipient,
      subject: emailOutbox.subject,
      replyTo: emailOutbox.replyTo,
      state: emailOutbox.state,
      html: emailOutbox.html,
      text: emailOutbox.text,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
      lastError: emailOutbox.lastError,
      attachments: emailOutbox.attachments,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.id, id));
  return row ?? null;
}

/** One attachment of a message, decoded, for the mailbox's download link. */
export async function getMailboxAttachment(id: string, index: number): Promise<{ filename: string; contentType: string; content: Buffer } | null> {
  const message = await getMailboxMessage(id);
  const file = message?.attachments[index];
  return file ? { filename: file.filename, contentType: file.contentType, content: Buffer.from(file.contentBase64, "base64") } : null;
}

/** The links in a message, so the mailbox can offer them as ordinary anchors. */
export function extractLinks(html: string): string[] {
  const links = [...html.matchAll(/href="([^"]+)"/g)].map((match) => decodeHtmlAttribute(match[1] ?? ""));
  return [...new Set(links.filter((link) => /^https?:\/\//.test(link)))];
}

function decodeHtmlAttribute(value: string): string {
  return value.replaceAll("&amp;", "&").replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">");
}
