// What a delivery transport is given and what it reports back. Transports
// never throw for delivery problems: they say whether trying again can help.

export type OutgoingAttachment = { filename: string; contentType: string; contentBase64: string };

export type OutgoingEmail = {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  replyTo?: string | null;
  headers: Record<string, string>;
  attachments?: readonly OutgoingAttachment[];
  /** Stable per outbox row, so a retried send is recognised by the provider. */
  idempotencyKey: string;
};

export type RequestFailure = {
  ok: false;
  retryable: boolean;
  reason: string;
  retryAfterMs?: number;
  /** A 429: nothing is wrong with the message, the provider only asked us to wait. */
  rateLimited?: boolean;
};

export type DeliveryResult = { ok: true; providerMessageId: string } | RequestFailure;

/** Per message, in the order given: accepted with an id, or refused on its own (a bad address, say). */
export type BatchMessageResult = { ok: true; providerMessageId: string } | { ok: false; reason: string };

/** A whole-request failure (429, 5xx, network) leaves every message of the batch unsent. */
export type BatchDeliveryResult = { ok: true; results: BatchMessageResult[] } | RequestFailure;

export type RequestOptions = {
  /** The caller already waited for a request slot (waitForSlot); this request uses it. */
  slotReserved?: boolean;
};

export interface EmailTransport {
  readonly name: "resend" | "mailbox";
  send(email: OutgoingEmail, options?: RequestOptions): Promise<DeliveryResult>;
  /**
   * Up to 100 messages without attachments in one request. `batchKey` is the
   * request's idempotency key: the same key always means the same messages.
   */
  sendBatch(emails: readonly OutgoingEmail[], batchKey: string, options?: RequestOptions): Promise<BatchDeliveryResult>;
  /**
   * For a rate-limited provider: resolves (with the ms waited) when the next
   * request may go. Waiting before claiming lets a batch take in everything
   * that fell due during the wait. Absent when there is no limit.
   */
  waitForSlot?(): Promise<number>;
}

/** Resend's batch endpoint takes at most this many messages per request. */
export const maxBatchSize = 100;
