import "server-only";
import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { rateLimits } from "@/lib/db/schema/delivery";

export type RateLimitRule = { limit: number; windowMs: number };
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** One atomic upsert, so every app instance shares the counter through Postgres. */
export async function consumeRateLimit(
  key: string,
  rule: RateLimitRule,
  now = new Date(),
): Promise<RateLimitDecision> {
  const windowOpenedAfter = new Date(now.getTime() - rule.windowMs).toISOString();
  const nowIso = now.toISOString();
  const windowEndsAt = new Date(now.getTime() + rule.windowMs);
  const expired = sql`${rateLimits.windowStartedAt} <= ${windowOpenedAfter}::timestamptz`;
  const [row] = await getDb()
    .insert(rateLimits)
    .values({ key, windowStartedAt: now, count: 1, windowEndsAt })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        windowStartedAt: sql`case when ${expired} then ${nowIso}::timestamptz else ${rateLimits.windowStartedAt} end`,
        windowEndsAt: sql`case when ${expired} then ${windowEndsAt.toISOString()}::timestamptz else ${rateLimits.windowEndsAt} end`,
      },
    })
    .returning();
  if (!row || row.count <= rule.limit) return { allowed: true };
  const windowEnds = row.windowStartedAt.getTime() + rule.windowMs;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000)) };
}

/** Whether the next attempt would be refused, without counting one. */
export async function peekRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitDecision> {
  const [row] = await getDb().select().from(rateLimits).where(eq(rateLimits.key, key));
  const windowEnds = row ? row.windowStartedAt.getTime() + rule.windowMs : 0;
  if (!row || windowEnds <= now.getTime() || row.count < rule.limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000)) };
}

/** Keys must not hold an address in clear. */
export function hashForKey(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 32);
}
