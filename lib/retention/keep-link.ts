import "server-only";
import { z } from "zod";
import { siteOrigin } from "@/lib/env";
import { authSecret } from "@/lib/security/secret";
import { createSignedToken, verifySignedToken } from "@/lib/security/signed-token";

// The "keep my details" link in the retention email works without signing in: the token names
// the account and is signed. It never expires; a leaked one can only keep that person's details.

const label = "next-steps/retention-keep/v1";
const payloadSchema = z.object({ userId: z.uuid() }).strict();

export function keepLinkUrl(userId: string, secret = authSecret()): string {
  const url = new URL("/keep-my-details", siteOrigin());
  url.searchParams.set("token", createSignedToken(label, payloadSchema, { userId }, secret));
  return url.toString();
}

export function verifyKeepToken(token: string | null | undefined, secret = authSecret()): string | null {
  return verifySignedToken(label, payloadSchema, token, secret)?.userId ?? null;
}
