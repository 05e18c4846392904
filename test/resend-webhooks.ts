// Webhook deliveries signed as Resend signs them (Standard Webhooks, under
// Svix's header names), so tests exercise the real verification.
import { randomBytes, randomUUID } from "node:crypto";
import { Webhook } from "standardwebhooks";

export const newWebhookSecret = () => `whsec_${randomBytes(24).toString("base64")}`;

export type Signing = { secret: string; id?: string; at?: Date };

/** The headers Resend sends with `body`: message id, Unix timestamp and v1 signature. */
export function signedHeaders(body: string, { secret, id = `msg_${randomUUID()}`, at = new Date() }: Signing) {
  return {
    "content-type": "application/json",
    "svix-id": id,
    "svix-timestamp": String(Math.floor(at.getTime() / 1000)),
    "svix-signature": new Webhook(secret).sign(id, at, body),
  };
}

/** An event about a sent message, shaped like the SDK's WebhookEventPayload. */
export function emailEvent(type: string, createdAt: string, data: Record<string, unknown> = {}) {
  return {
    type,
    created_at: createdAt,
    data: {
      created_at: "2026-11-26T10:00:00.000Z",
      email_id: "re_email_1",
      message_id: "<re_email_1@example.com>",
      from: "Next Steps <no-reply@nextsteps.example.co.uk>",
      to: ["jo.evans@example.com"],
      subject: "Your interview tomorrow",
      ...data,
    },
  };
}
