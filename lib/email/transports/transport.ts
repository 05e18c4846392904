// What a delivery transport is given and what it reports back. Transports
// never throw for delivery problems: they say whether trying again can help.

export type OutgoingEmail = {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  replyTo?: string | null;
  headers: Record<string, string>;
  /** Stable per outbox row, so a retried send is recognised by the provider. */
  idempotencyKey: string;
};

export type DeliveryResult =
  | { ok: true; providerMessageId: string }
  | { ok: false; retryable: boolean; reason: string; retryAfterMs?: number };

export interface EmailTransport {
  readonly name: "resend" | "mailbox";
  send(email: OutgoingEmail): Promise<DeliveryResult>;
}
