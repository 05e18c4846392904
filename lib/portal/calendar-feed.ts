import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { calendarFeeds } from "@/lib/db/schema/privacy";
import type { CurrentUser } from "@/lib/auth/dal";
import { assertCandidate } from "@/lib/journey/access";
import { candidateCalendar } from "@/lib/journey/calendar-events";

// The token is shown once; only its SHA-256 is stored, so the table alone opens nobody's calendar.

/** The feed keeps the recent past, so a candidate can still see what just happened. */
const FEED_PAST_DAYS = 30;
const DAY_MS = 86_400_000;

/** 32 random bytes in base64url: 43 characters. */
export const calendarFeedTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

function hashFeedToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Earlier feeds stop working at once; the token is returned this once and cannot be read back. */
export async function createCalendarFeed(caller: CurrentUser, now = new Date()): Promise<string> {
  assertCandidate(caller);
  const token = randomBytes(32).toString("base64url");
  await getDb().transaction(async (tx) => {
    await tx
      .update(calendarFeeds)
      .set({ revokedAt: now })
      .where(and(eq(calendarFeeds.userId, caller.id), isNull(calendarFeeds.revokedAt)));
    await tx.insert(calendarFeeds).values({ userId: caller.id, tokenHash: hashFeedToken(token), createdAt: now });
  });
  return token;
}

export async function revokeCalendarFeeds(caller: CurrentUser, now = new Date()): Promise<number> {
  assertCandidate(caller);
  const revoked = await getDb()
    .update(calendarFeeds)
    .set({ revokedAt: now })
    .where(and(eq(calendarFeeds.userId, caller.id), isNull(calendarFeeds.revokedAt)))
    .returning({ id: calendarFeeds.id });
  return revoked.length;
}

export async function getOwnCalendarFeedStatus(caller: CurrentUser): Promise<{ active: boolean; createdAt: Date | null }> {
  assertCandidate(caller);
  const [feed] = await getDb()
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, caller.id), isNull(calendarFeeds.revokedAt)))
    .limit(1);
  return { active: Boolean(feed), createdAt: feed?.createdAt ?? null };
}

/** Whose feed a token opens, if any: one indexed read, before the feed is built. */
export async function findCalendarFeedOwner(token: string): Promise<string | null> {
  if (!calendarFeedTokenSchema.safeParse(token).success) return null;
  const [feed] = await getDb()
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, hashFeedToken(token)), isNull(calendarFeeds.revokedAt)));
  return feed?.userId ?? null;
}

export async function feedIcsForOwner(userId: string, now: Date): Promise<string> {
  return candidateCalendar(userId, now, new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS));
}

export async function feedIcsForToken(token: string, now: Date): Promise<string | null> {
  const userId = await findCalendarFeedOwner(token);
  return userId ? feedIcsForOwner(userId, now) : null;
}
