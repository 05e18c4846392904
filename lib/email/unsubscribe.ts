import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { authSecret } from "@/lib/security/secret";
import { getDb } from "@/lib/db/client";
import { siteOrigin } from "@/lib/env";
import { users } from "@/lib/db/schema/auth";
import { reminders } from "@/lib/db/schema/delivery";
import { digestKinds, interviewReminderKinds, type Role } from "@/lib/domain/values";

// One-click unsubscribe (RFC 8058) by a signed token naming user and list, so no session is
// needed. Tokens never expire: a leaked one can only stop that person's emails.

export const unsubscribeLists = ["reminders", "digest"] as const;
export type UnsubscribeList = (typeof unsubscribeLists)[number];
export type UnsubscribePayload = { userId: string; list: UnsubscribeList };

const payloadSchema = z.object({ userId: z.uuid(), list: z.enum(unsubscribeLists) }).strict();

// AUTH_SECRET also signs Auth.js tokens; the label keeps these signatures valid nowhere else.
const signingLabel = "next-steps/unsubscribe/v1";
const signatureLength = 43; // 32 bytes of HMAC-SHA256 in unpadded base64url
const maxTokenLength = 512;
const base64url = /^[A-Za-z0-9_-]+$/;

function sign(encodedPayload: string, secret: string): string {
  return createHmac("sha256", secret).update(`${signingLabel}.${encodedPayload}`).digest("base64url");
}

export function createUnsubscribeToken(payload: UnsubscribePayload, secret: string): string {
  const { userId, list } = payloadSchema.parse(payload);
  const encoded = Buffer.from(JSON.stringify({ userId, list })).toString("base64url");
  return `${encoded}.${sign(encoded, secret)}`;
}

export function verifyUnsubscribeToken(token: string | null | undefined, secret: string): UnsubscribePayload | null {
  if (typeof token !== "string" || token.length > maxTokenLength) return null;
  const parts = token.split(".");
  if (parts.length !== 2) return null;
  const [encoded = "", signature = ""] = parts;
  if (!base64url.test(encoded) || !base64url.test(signature) || signature.length !== signatureLength) return null;
  const expected = Buffer.from(sign(encoded, secret));
  if (!timingSafeEqual(expected, Buffer.from(signature))) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The address in the email: GET leads to a confirmation page, POST unsubscribes at once. */
export function unsubscribeUrl(token: string): string {
  const url = new URL("/api/unsubscribe", siteOrigin());
  url.searchParams.set("token", token);
  return url.toString();
}

export function unsubscribeUrlFor(payload: UnsubscribePayload): string {
  return unsubscribeUrl(createUnsubscribeToken(payload, authSecret()));
}

export function unsubscribeHeaders(url: string): Record<string, string> {
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

// Which scheduled reminder rows each list stops; the digests are rows too.
const kindsByList = {
  reminders: interviewReminderKinds,
  digest: digestKinds,
} as const satisfies Record<UnsubscribeList, readonly (typeof reminders.$inferSelect.kind)[]>;

export function describeUnsubscribeList(list: UnsubscribeList, role: Role): string {
  if (list === "reminders") return "reminders";
  return role === "candidate" ? "the weekly digest" : "the morning digest";
}

export type UnsubscribeResult = { list: UnsubscribeList; role: Role };

/** Cancels the list's pending rows in the same transaction, so nothing scheduled slips out. */
export async function applyUnsubscribe(payload: UnsubscribePayload, now = new Date()): Promise<UnsubscribeResult | null> {
  return getDb().transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set(payload.list === "reminders" ? { remindersEnabled: false, updatedAt: now } : { digestEnabled: false, updatedAt: now })
      .where(eq(users.id, payload.userId))
      .returning({ role: users.role });
    if (!user) return null;
    await tx
      .update(reminders)
      .set({ state: "cancelled", updatedAt: now })
      .where(
        and(
          eq(reminders.userId, payload.userId),
          eq(reminders.state, "scheduled"),
          inArray(reminders.kind, [...kindsByList[payload.list]]),
        ),
      );
    return { list: payload.list, role: user.role };
  });
}

export type UnsubscribeStatus = { list: UnsubscribeList; role: Role; subscribed: boolean };

export async function getUnsubscribeStatus(payload: UnsubscribePayload): Promise<UnsubscribeStatus | null> {
  const [user] = await getDb()
    .select({ role: users.role, remindersEnabled: users.remindersEnabled, digestEnabled: users.digestEnabled })
    .from(users)
    .where(eq(users.id, payload.userId));
  if (!user) return null;
  const subscribed = payload.list === "reminders" ? user.remindersEnabled : user.digestEnabled;
  return { list: payload.list, role: user.role, subscribed };
}
