import type { DeliveryResult, EmailTransport, OutgoingEmail } from "./transport";

/**
 * The local mailbox: without RESEND_API_KEY nothing leaves the machine. The
 * outbox row itself is the delivered message, readable at /dev/mailbox.
 */
export const mailboxTransport: EmailTransport = {
  name: "mailbox",
  async send(email: OutgoingEmail): Promise<DeliveryResult> {
    return { ok: true, providerMessageId: `mailbox:${email.idempotencyKey}` };
  },
  async sendBatch(emails) {
    return { ok: true, results: emails.map((email) => ({ ok: true, providerMessageId: `mailbox:${email.idempotencyKey}` })) };
  },
};
