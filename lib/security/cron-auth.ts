import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * Cron routes are called by the host's scheduler, not a person: they answer
 * only to `Authorization: Bearer $CRON_SECRET`, and not at all without one.
 */
export function isAuthorizedCronRequest(headers: Headers): boolean {
  const secret = env().CRON_SECRET;
  if (!secret) return false;
  const given = headers.get("authorization") ?? "";
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(`Bearer ${secret}`));
}
