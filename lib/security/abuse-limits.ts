import "server-only";
import { clientIp, consumeRateLimit, hashForKey, type RateLimitDecision, type RateLimitRule } from "./rate-limit";

// For endpoints reachable without a session. Shared by all instances through Postgres; well above
// honest use (a calendar app polling).

export const abuseRules = {
  unsubscribe: { limit: 60, windowMs: 60_000 },
  /** Resend's delivery events, per sending address. */
  webhook: { limit: 1_200, windowMs: 60_000 },
  /** Calendar feed fetches per client address: also bounds guessing tokens. */
  calendarFeedPerClient: { limit: 120, windowMs: 60 * 60_000 },
} satisfies Record<string, RateLimitRule>;

export type AbuseRule = keyof typeof abuseRules;

/** One attempt by whoever `who` is (hashed: keys never hold an address or id in clear). */
export function consumeAbuseAllowance(rule: AbuseRule, who: string, now = new Date()): Promise<RateLimitDecision> {
  return consumeRateLimit(`${rule}:${hashForKey(who)}`, abuseRules[rule], now);
}

export function requestClient(request: Request): string {
  return clientIp(request.headers);
}

export function tooManyRequests(retryAfterSeconds: number, what = "requests"): Response {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const wait = retryAfterSeconds < 90 ? `${retryAfterSeconds} seconds` : `${minutes} minutes`;
  return new Response(`Too many ${what} from here. Please try again in ${wait}.`, {
    status: 429,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" },
  });
}
