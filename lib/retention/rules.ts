import { retentionPolicy } from "@/lib/config/retention";
import type { ErasureReason } from "@/lib/domain/values";

// The retention rules as plain functions of the account and the time, so each is tested without a
// database; lib/retention/accounts.ts and erasure.ts apply them.

const day = 24 * 60 * 60_000;

/** The moment before which an account's last activity makes it "unused for a year": calendar months, UTC. */
export function inactiveCutoff(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - retentionPolicy.inactiveMonths);
  return cutoff;
}

export function erasureDateFrom(now: Date): Date {
  return new Date(now.getTime() + retentionPolicy.erasureNoticeDays * day);
}

/** What a scheduled erasure finds when its day comes. */
export type DueAccount = {
  erasureReason: ErasureReason;
  retentionWarnedAt: Date | null;
  lastSignInAt: Date | null;
  retentionKeptAt: Date | null;
  /** The newest answer to "keep my details between job searches", if any. */
  keepConsent: boolean | null;
  hasOpenApplication: boolean;
};

export type ErasureVerdict = "erase" | "kept" | "search-open";

/**
 * Erase, unless something since the schedule says otherwise: they asked to keep their details
 * (the link, the privacy page, or the consent itself), they signed in after a "still there?"
 * email, or a job search is open again (then the withdrawal waits for it to close).
 */
export function erasureVerdict(account: DueAccount): ErasureVerdict {
  if (account.keepConsent === true) return "kept";
  const since = account.retentionWarnedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (account.erasureReason === "inactive") {
    if ((account.retentionKeptAt?.getTime() ?? 0) > since || (account.lastSignInAt?.getTime() ?? 0) > since) return "kept";
  }
  if (account.hasOpenApplication) return "search-open";
  return "erase";
}

/** The day a pass belongs to (UTC), so two workers agree which day's pass they are racing for. */
export function retentionDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
