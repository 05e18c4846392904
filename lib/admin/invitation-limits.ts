import "server-only";
import { consumeRateLimit, hashForKey, type RateLimitDecision } from "@/lib/security/rate-limit";
import type { CurrentUser } from "@/lib/auth/dal";
import { assertAdmin } from "./access";

// Enough for a busy week of hiring; not enough for a stolen admin session to spam a list, or for
// anyone to get the same invitation over and over.
const perAdmin = { limit: 30, windowMs: 60 * 60_000 };
const perTarget = { limit: 3, windowMs: 60 * 60_000 };

/** `target`: the address of a new invitation, or the id of the one being resent. */
export async function consumeInvitationAllowance(caller: CurrentUser, target: string, now = new Date()): Promise<RateLimitDecision> {
  assertAdmin(caller);
  const [byAdmin, byTarget] = await Promise.all([
    consumeRateLimit(`staff-invitation:admin:${caller.id}`, perAdmin, now),
    consumeRateLimit(`staff-invitation:target:${hashForKey(target)}`, perTarget, now),
  ]);
  if (byAdmin.allowed && byTarget.allowed) return { allowed: true };
  const waits = [byAdmin, byTarget].flatMap((d) => (d.allowed ? [] : [d.retryAfterSeconds]));
  return { allowed: false, retryAfterSeconds: Math.max(...waits) };
}
