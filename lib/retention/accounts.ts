import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/rows-of";
import { users } from "@/lib/db/schema/auth";
import { consents } from "@/lib/db/schema/privacy";
import { terminalStages } from "@/lib/domain/values";
import type { CurrentUser } from "@/lib/auth/dal";
import { nextRecordedAt, type ConsentAnswers } from "@/lib/privacy/consent-rules";
import { updateConsents } from "@/lib/privacy/consents";
import { sessionMaxAgeSeconds } from "@/lib/auth/session-lifetime";
import { firstAccountId, hasOpenApplication, keepConsentOf } from "./account-state";
import { queueRetentionNotice } from "./notices";
import { erasureDateFrom, inactiveCutoff } from "./rules";

// The writes that schedule and cancel an account's erasure. Each runs in one transaction with the
// users row locked, so a sign-in, a "keep" and the daily pass never cross.

const closed = sql.raw(terminalStages.map((stage) => `'${stage}'`).join(", "));

async function lockCandidate(tx: Database, userId: string) {
  const [row] = await tx
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      timeZone: users.timeZone,
      erasureDueAt: users.erasureDueAt,
      erasureReason: users.erasureReason,
      retentionWarnedAt: users.retentionWarnedAt,
    })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.role, "candidate")))
    .for("update");
  return row ?? null;
}

/** `u`, a candidate unused since `cutoff` (no sign-in, no session in use, no application open or
 *  changed, no "keep" answer), not scheduled for erasure and not asked since then. */
function unusedAccount(cutoff: string) {
  return sql`u.role = 'candidate' and u.erasure_due_at is null
    and greatest(u.created_at, u.last_sign_in_at, u.retention_kept_at,
      (select max(s.expires) - make_interval(secs => ${sessionMaxAgeSeconds}) from sessions s where s.user_id = u.id)) <= ${cutoff}::timestamptz
    and (u.retention_warned_at is null or u.retention_warned_at <= ${cutoff}::timestamptz)
    and not exists (select 1 from applications a where a.candidate_id = u.id
      and (a.stage not in (${closed}) or a.updated_at > ${cutoff}::timestamptz))`;
}

/**
 * Candidates unused for a year (no sign-in, no session in use, no application open or changed,
 * no "keep" answer) and not asked within the year: each gets the email, and those without
 * "keep" consent an erasure date. Batches until none is left; returns how many were emailed.
 */
export async function sendInactivityNotices(db: Database, now: Date, batchSize: number): Promise<number> {
  const cutoff = inactiveCutoff(now).toISOString();
  let sent = 0;
  let after = firstAccountId;
  for (;;) {
    const due = await db.execute(sql`
      select u.id from users u where u.id > ${after}::uuid and ${unusedAccount(cutoff)}
      order by u.id limit ${batchSize}`);
    const ids = rowsOf<{ id: string }>(due).map((row) => row.id);
    for (const id of ids) if (await noticeOne(db, id, now, cutoff)) sent += 1;
    if (ids.length < batchSize) return sent;
    after = ids.at(-1)!;
  }
}

async function noticeOne(db: Database, userId: string, now: Date, cutoff: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const candidate = await lockCandidate(tx, userId);
    if (!candidate) return false;
    // Asked again under the lock: a sign-in, a "keep" or a new application since the batch was read wins.
    const still = rowsOf(await tx.execute(sql`select u.id from users u where u.id = ${userId}::uuid and ${unusedAccount(cutoff)}`));
    if (still.length === 0) return false;
    const keeps = (await keepConsentOf(tx, userId))?.granted === true;
    const erasureDate = keeps ? null : erasureDateFrom(now);
    await tx
      .update(users)
      .set({ retentionWarnedAt: now, erasureDueAt: erasureDate, erasureReason: erasureDate ? "inactive" : null })
      .where(eq(users.id, userId));
    await queueRetentionNotice(tx, candidate, { reason: "inactive", erasureDate }, now);
    return true;
  });
}

/**
 * After "keep my details" is withdrawn (or when the last open application closes after it was):
 * erasure in 30 days, and an email saying so. Nothing if they keep, have something open, or are
 * already scheduled. Run in the caller's transaction; returns the date, or null.
 */
export async function scheduleErasureIfWithdrawn(tx: Database, userId: string, now: Date): Promise<Date | null> {
  const candidate = await lockCandidate(tx, userId);
  if (!candidate || candidate.erasureDueAt) return null;
  if ((await keepConsentOf(tx, userId))?.granted !== false) return null;
  if (await hasOpenApplication(tx, userId)) return null;
  const erasureDate = erasureDateFrom(now);
  await tx.update(users).set({ erasureDueAt: erasureDate, erasureReason: "withdrawn" }).where(eq(users.id, userId));
  await queueRetentionNotice(tx, candidate, { reason: "withdrawn", erasureDate }, now);
  return erasureDate;
}

/** The privacy page's save (one purpose at a time there): the answers recorded, and a new answer to
 *  "keep my details" acted on in the same transaction ("no" schedules erasure when nothing is open,
 *  "yes" cancels any). */
export function saveConsentAnswers(caller: CurrentUser, answers: Partial<ConsentAnswers>, now = new Date()) {
  return updateConsents(caller, answers, now, async (tx, userId, changes) => {
    const keepAnswer = changes.find((change) => change.purpose === "data_retention");
    if (keepAnswer) await actOnKeepAnswer(tx, userId, keepAnswer.granted, now);
  });
}

async function actOnKeepAnswer(tx: Database, userId: string, granted: boolean, now: Date): Promise<void> {
  if (!granted) {
    await scheduleErasureIfWithdrawn(tx, userId, now);
    return;
  }
  await tx.update(users).set({ retentionKeptAt: now, erasureDueAt: null, erasureReason: null }).where(eq(users.id, userId));
}

/** The daily sweep for withdrawals whose job search has since ended. */
export async function scheduleWithdrawnErasures(db: Database, now: Date, batchSize: number): Promise<number> {
  let scheduled = 0;
  let after = firstAccountId;
  for (;;) {
    const due = await db.execute(sql`
      select u.id from users u
      where u.role = 'candidate' and u.erasure_due_at is null and u.id > ${after}::uuid
        and (select c.granted from consents c where c.user_id = u.id and c.purpose = 'data_retention'
             order by c.recorded_at desc limit 1) = false
        and not exists (select 1 from applications a where a.candidate_id = u.id and a.stage not in (${closed}))
      order by u.id limit ${batchSize}`);
    const ids = rowsOf<{ id: string }>(due).map((row) => row.id);
    for (const id of ids) if (await db.transaction((tx) => scheduleErasureIfWithdrawn(tx, id, now))) scheduled += 1;
    if (ids.length < batchSize) return scheduled;
    after = ids.at(-1)!;
  }
}

export type KeepOutcome = "kept" | "gone" | "answered-since";

/**
 * "Keep my details", from the email's link or the privacy page: the consent is recorded (if it was
 * not already the answer), any erasure is cancelled, and the year starts again. A link sent before
 * the candidate last said "no" (`linkSentAt`) cannot overrule that answer: only they can, signed in.
 */
export async function keepDetails(
  db: Database,
  userId: string,
  now: Date,
  source: "retention-link" | "portal",
  linkSentAt?: Date,
): Promise<KeepOutcome> {
  return db.transaction(async (tx) => {
    const candidate = await lockCandidate(tx, userId);
    if (!candidate) return "gone";
    const current = await keepConsentOf(tx, userId);
    if (linkSentAt && current?.granted === false && current.recordedAt > linkSentAt) return "answered-since";
    if (current?.granted !== true) {
      await tx.insert(consents).values({
        userId,
        purpose: "data_retention",
        granted: true,
        source,
        recordedAt: nextRecordedAt(now, current?.recordedAt ?? null),
      });
    }
    await tx.update(users).set({ retentionKeptAt: now, erasureDueAt: null, erasureReason: null }).where(eq(users.id, userId));
    return "kept";
  });
}
