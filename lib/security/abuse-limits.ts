import "server-only";
import { consumeRateLimit, hashForKey, peekRateLimit, type RateLimitDecision, type RateLimitRule } from "./rate-limit";
import { clientIp } from "./client-ip";

// For endpoints reachable without a session. Shared by all instances through Postgres; well above
// honest use (a calendar app polling).
// A link that carries its own credential (calendar feed, one-click unsubscribe) is counted per link:
// Google Calendar and Gmail fetch for millions of people from a few addresses. Links that fail
// their check are counted per client, and a client past that allowance is refused before any
// check, so guessing stays bounded.

export const abuseRules = {
  /** One-click unsubscribe, per signed link. */
  unsubscribePerLink: { limit: 60, windowMs: 60_000 },
  /** Unsubscribe links that fail their signature check, per client. */
  unsubscribeMisses: { limit: 60, windowMs: 60_000 },
  /** Resend's delivery events, per sending address. */
  webhook: { limit: 1_200, windowMs: 60_000 },
  /** Calendar feed fetches, per feed. */
  calendarFeedPerToken: { limit: 120, windowMs: 60 * 60_000 },
  /** Calendar feed tokens that open no feed, per client. */
  calendarFeedMisses: { limit: 120, windowMs: 60 * 60_000 },
} satisfies Record<string, RateLimitRule>;

export type AbuseRule = keyof typeof abuseRules;

/** One attempt by whoever `who` is (hashed: keys never hold an address or id in clear). */
export function consumeAbuseAllowance(rule: AbuseRule, who: string, now = new Date()): Promise<RateLimitDecision> {
  return consumeRateLimit(`${rule}:${hashForKey(who)}`, abuseRules[rule], now);
}

/** Whether `who` has used up the rule's allowance, without spending any of it. */
export function abuseAllowanceLeft(rule: AbuseRule, who: string, now = new Date()): Promise<RateLimitDecision> {
  return peekRateLimit(`${rule}:${hashForKey(who)}`, abuseRules[rule], now);
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
