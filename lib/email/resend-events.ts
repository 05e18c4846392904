import { z } from "zod";
import { hasNoNulCharacter } from "@/lib/domain/storable-text";
import type { SuppressionReason } from "@/lib/domain/values";

// Pure parsing and rules for the Resend events we act on; webhooks.ts stores them.

/** Events about a message we sent: recorded on its outbox row, nothing more. */
const recordedOnlyTypes = [
  "email.sent",
  "email.scheduled",
  "email.delivered",
  "email.delivery_delayed",
  "email.opened",
  "email.clicked",
  "email.failed",
  "email.suppressed",
] as const;

const eventTime = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
// Stored or looked up as they are, so a NUL (which Postgres refuses) makes the event malformed rather than a fault of ours.
const storable = z.string().refine(hasNoNulCharacter, "contains a NUL character");
const aboutSentEmail = z.object({ email_id: storable.min(1) });
const recipients = z.array(storable.trim().min(1)).min(1);

const deliveryEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.enum(recordedOnlyTypes), created_at: eventTime, data: aboutSentEmail }),
  z.object({ type: z.literal("email.complained"), created_at: eventTime, data: aboutSentEmail.extend({ to: recipients }) }),
  z.object({
    type: z.literal("email.bounced"),
    created_at: eventTime,
    data: aboutSentEmail.extend({ to: recipients, bounce: z.object({ type: z.string() }) }),
  }),
]);

export type DeliveryEvent = z.infer<typeof deliveryEventSchema>;

const handledTypes = new Set<string>([...recordedOnlyTypes, "email.complained", "email.bounced"]);
const envelopeSchema = z.object({ type: storable.min(1) });

export type ParsedEvent =
  | { kind: "delivery"; type: string; event: DeliveryEvent }
  /** Contacts, domains, inbound mail and any type Resend adds later: acknowledged, not acted on. */
  | { kind: "other"; type: string }
  | { kind: "malformed"; reason: string };

/** Only types we act on need their fields; any other needs only a name, so a new kind is never refused. */
export function parseResendEvent(payload: unknown): ParsedEvent {
  const envelope = envelopeSchema.safeParse(payload);
  if (!envelope.success) return { kind: "malformed", reason: "no usable event type" };
  const { type } = envelope.data;
  if (!handledTypes.has(type)) return { kind: "other", type };
  const parsed = deliveryEventSchema.safeParse(payload);
  if (!parsed.success) return { kind: "malformed", reason: `${type}: ${z.prettifyError(parsed.error)}` };
  return { kind: "delivery", type, event: parsed.data };
}

/** A transient bounce (full mailbox, server down) may deliver next time, so it does not suppress. */
export function suppressionReasonFor(event: DeliveryEvent): SuppressionReason | null {
  if (event.type === "email.complained") return "complained";
  if (event.type === "email.bounced" && event.data.bounce.type.trim().toLowerCase() === "permanent") return "bounced";
  return null;
}
