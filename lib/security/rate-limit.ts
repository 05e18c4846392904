import "server-only";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
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
  const expired = sql`${rateLimits.windowStartedAt} <= ${windowOpenedAfter}::timestamptz`;
  const [row] = await getDb()
    .insert(rateLimits)
    .values({ key, windowStartedAt: now, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        windowStartedAt: sql`case when ${expired} then ${nowIso}::timestamptz else ${rateLimits.windowStartedAt} end`,
      },
    })
    .returning();
  if (!row || row.count <= rule.limit) return { allowed: true };
  const windowEnds = row.windowStartedAt.getTime() + rule.windowMs;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000)) };
}

/** Keys must not hold an address in clear. */
export function hashForKey(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 32);
}

/** Behind a proxy that appends to X-Forwarded-For, the last entry is the one it added; earlier ones
 *  are whatever the client claimed. */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip") || "unknown";
}
