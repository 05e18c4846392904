// A transport that records what it was asked to send and answers from a
// script, for tests of the outbox's own bookkeeping. Tests of the Resend
// transport itself use the fake API (test/fake-resend.ts) instead.
import type { BatchDeliveryResult, DeliveryResult, EmailTransport, OutgoingEmail } from "@/lib/email/transports/transport";

export type RecordingTransport = EmailTransport & {
  sent: OutgoingEmail[];
  batches: { key: string; emails: readonly OutgoingEmail[] }[];
};

export function recordingTransport(
  answers: { single?: DeliveryResult[]; batch?: BatchDeliveryResult[] } = {},
): RecordingTransport {
  const sent: OutgoingEmail[] = [];
  const batches: RecordingTransport["batches"] = [];
  return {
    name: "mailbox",
    sent,
    batches,
    async send(email) {
      sent.push(email);
      return answers.single?.shift() ?? { ok: true, providerMessageId: `id-${sent.length}` };
    },
    async sendBatch(emails, key) {
      batches.push({ key, emails });
      const scripted = answers.batch?.shift();
      if (scripted) return scripted;
      sent.push(...emails);
      return { ok: true, results: emails.map((email) => ({ ok: true, providerMessageId: `id-${email.idempotencyKey}` })) };
    },
  };
}
