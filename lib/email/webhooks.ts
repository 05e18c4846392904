import "server-only";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { Resend } from "resend";
import type { Database } from "@/lib/db/client";
import { emailOutbox, webhookEvents } from "@/lib/db/schema/delivery";
import { parseResendEvent, suppressionReasonFor, type DeliveryEvent } from "./resend-events";
import { suppressAddress } from "./suppression";

// Nothing in a payload is trusted before its Standard Webhooks signature (id, timestamp, raw
// body); an old capture fails the timestamp check and a replayed one its id.

// Verifying calls no API; a placeholder key stops `new Resend()` throwing or taking RESEND_API_KEY.
const resend = new Resend("re_webhook_verification_only");

export type SignedWebhook = { body: string; id: string | null; timestamp: string | null; signature: string | null };

/** Resend signs with Svix's header names for the Standard Webhooks headers. */
export function signedWebhookFrom(body: string, headers: Headers): SignedWebhook {
  return {
    body,
    id: headers.get("svix-id"),
    timestamp: headers.get("svix-timestamp"),
    signature: headers.get("svix-signature"),
  };
}

export type WebhookOutcome =
  | { status: "processed"; type: string }
  | { status: "ignored"; type: string }
  | { status: "unverified"; reason: string }
  | { status: "malformed"; reason: string }
  | { status: "replayed"; id: string };

type Verification = { ok: true; id: string; payload: unknown } | { ok: false; outcome: WebhookOutcome };

function verifySignature(webhook: SignedWebhook, secret: string): Verification {
  const { id, timestamp, signature } = webhook;
  if (!id || !timestamp || !signature) return { ok: false, outcome: { status: "unverified", reason: "signature headers missing" } };
  try {
    // Refuses a timestamp more than five minutes old or ahead, then parses the JSON.
    const payload: unknown = resend.webhooks.verify({ payload: webhook.body, headers: { id, timestamp, signature }, webhookSecret: secret });
    return { ok: true, id, payload };
  } catch (error) {
    if (error instanceof Error && error.name === "WebhookVerificationError") {
      return { ok: false, outcome: { status: "unverified", reason: error.message } };
    }
    if (error instanceof SyntaxError) return { ok: false, outcome: { status: "malformed", reason: "body is not JSON" } };
    // What is left comes from decoding the secret: our configuration, not the caller's fault.
    throw new Error("RESEND_WEBHOOK_SECRET is not a usable signing secret (whsec_ followed by base64)", { cause: error });
  }
}

/** The id is stored in the same transaction as the changes, so a replay or racing retry changes nothing. */
export async function receiveResendWebhook(db: Database, webhook: SignedWebhook, secret: string, now: Date): Promise<WebhookOutcome> {
  const verified = verifySignature(webhook, secret);
  if (!verified.ok) return verified.outcome;
  const parsed = parseResendEvent(verified.payload);
  if (parsed.kind === "malformed") return { status: "malformed", reason: parsed.reason };

  return db.transaction(async (tx): Promise<WebhookOutcome> => {
    const [firstDelivery] = await tx
      .insert(webhookEvents)
      .values({ id: verified.id, type: parsed.type, receivedAt: now })
      .onConflictDoNothing({ target: webhookEvents.id })
      .returning({ id: webhookEvents.id });
    if (!firstDelivery) return { status: "replayed", id: verified.id };
    if (parsed.kind === "other") return { status: "ignored", type: parsed.type };
    await applyDeliveryEvent(tx, parsed.event, verified.id, now);
    return { status: "processed", type: parsed.type };
  });
}

async function applyDeliveryEvent(db: Database, event: DeliveryEvent, webhookId: string, now: Date): Promise<void> {
  // Resend's retries reorder events, so an older one never replaces a newer one.
  await db
    .update(emailOutbox)
    .set({ providerEvent: event.type, providerEventAt: event.created_at })
    .where(
      and(
        eq(emailOutbox.providerMessageId, event.data.email_id),
        or(isNull(emailOutbox.providerEventAt), lt(emailOutbox.providerEventAt, event.created_at)),
      ),
    );
  const reason = suppressionReasonFor(event);
  if (!reason || !("to" in event.data)) return;
  // Suppressed whether or not the message is ours to find: the address is bad either way.
  for (const address of event.data.to) {
    await suppressAddress(db, { address, reason, providerEventId: webhookId, now });
  }
}
