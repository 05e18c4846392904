import { mailboxTransport } from "./mailbox";
import { createResendTransport } from "./resend";
import type { EmailTransport } from "./transport";

let cached: EmailTransport | undefined;

/** Resend when a key is configured, otherwise the local mailbox. Built lazily. */
export function getTransport(): EmailTransport {
  const key = process.env.RESEND_API_KEY;
  cached ??= key ? createResendTransport(key, process.env.RESEND_BASE_URL) : mailboxTransport;
  return cached;
}
