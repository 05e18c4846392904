import "server-only";
import { z } from "zod";
import { siteOrigin } from "@/lib/env";
import { authSecret } from "@/lib/security/secret";
import { createSignedToken, verifySignedToken } from "@/lib/security/signed-token";

// The "keep my details" link in the retention email works without signing in: the token names
// the account and when it was sent, and is signed. It never expires, but it cannot undo an answer
// given after it was sent (lib/retention/accounts.ts keepDetails); a leaked one can only keep details.

const label = "next-steps/retention-keep/v1";
const payloadSchema = z.object({ userId: z.uuid(), sentAt: z.number().int().nonnegative() }).strict();
export type KeepLink = z.infer<typeof payloadSchema>;

export function keepLinkUrl(userId: string, sentAt: Date, secret = authSecret()): string {
  const url = new URL("/keep-my-details", siteOrigin());
  url.searchParams.set("token", createSignedToken(label, payloadSchema, { userId, sentAt: sentAt.getTime() }, secret));
  return url.toString();
}

export function verifyKeepToken(token: string | null | undefined, secret = authSecret()): KeepLink | null {
  return verifySignedToken(label, payloadSchema, token, secret);
}
