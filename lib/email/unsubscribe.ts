import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { authSecret } from "@/lib/security/secret";
import { createSignedToken, verifySignedToken } from "@/lib/security/signed-token";
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

export function createUnsubscribeToken(payload: UnsubscribePayload, secret: string): string {
  return createSignedToken(signingLabel, payloadSchema, payload, secret);
}

export function verifyUnsubscribeToken(token: string | null | undefined, secret: string): UnsubscribePayload | null {
  return verifySignedToken(signingLabel, payloadSchema, token, secret);
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
