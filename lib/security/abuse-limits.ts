import "server-only";
import { clientIp, consumeRateLimit, hashForKey, type RateLimitDecision, type RateLimitRule } from "./rate-limit";

// Limits on the endpoints anyone can reach without a session, and on the one
// action that sends email in a candidate's name. Counted in Postgres, so every
// app instance shares them. Set well above honest use: a mail provider
// unsubscribing a list, Resend delivering a burst of events, a calendar app
// polling every few minutes, a candidate thanking a panel of five.

export const abuseRules = {
  /** One-click unsubscribes and their page, per client address. */
  unsubscribe: { limit: 60, windowMs: 60_000 },
  /** Resend's delivery events, per sending address. */
  webhook: { limit: 1_200, windowMs: 60_000 },
  /** Calendar feed fetches per client address: also bounds guessing tokens. */
  calendarFeedPerClient: { limit: 120, windowMs: 60 * 60_000 },
  /** Thank-you notes sent through the site, per candidate. */
  thankYouSend: { limit: 20, windowMs: 60 * 60_000 },
} satisfies Record<string, RateLimitRule>;

export type AbuseRule = keyof typeof abuseRules;

/** One attempt by whoever `who` is (hashed: keys never hold an address or id in clear). */
export function consumeAbuseAllowance(rule: AbuseRule, who: string, now = new Date()): Promise<RateLimitDecision> {
  return consumeRateLimit(`${rule}:${hashForKey(who)}`, abuseRules[rule], now);
}

/** A request's client, for the per-client limits of route handlers. */
export function requestClient(request: Request): string {
  return clientIp(request.headers);
}

/** The answer to a request over its limit: 429, when to come back, and a sentence a person can act on. */
export function tooManyRequests(retryAfterSeconds: number, what = "requests"): Response {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const wait = retryAfterSeconds < 90 ? `${retryAfterSeconds} seconds` : `${minutes} minutes`;
  return new Response(`Too many ${what} from here. Please try again in ${wait}.`, {
    status: 429,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" },
  });
}
