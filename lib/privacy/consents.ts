import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb, type Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { consents } from "@/lib/db/schema/privacy";
import type { CurrentUser } from "@/lib/auth/dal";
import { consentPurposes, type ConsentPurpose } from "@/lib/domain/values";
import { assertCandidate } from "@/lib/journey/access";
import {
  changedConsents,
  nextRecordedAt,
  type ConsentAnswers,
  type ConsentChange,
  type ConsentEvent,
  type CurrentConsents,
} from "./consent-rules";

// Every query is addressed by the caller's id alone, so no form field reaches another account.

export type ConsentStatus = { purpose: ConsentPurpose; granted: boolean | null; recordedAt: Date | null };

/** Every answer, newest first (nextRecordedAt keeps one purpose's rows from sharing an instant). */
function readAnswers(db: Database, userId: string) {
  return db
    .select({ purpose: consents.purpose, granted: consents.granted, recordedAt: consents.recordedAt, source: consents.source })
    .from(consents)
    .where(eq(consents.userId, userId))
    .orderBy(desc(consents.recordedAt));
}

async function readCurrent(db: Database, userId: string) {
  // Newest first, so the first row seen per purpose is its current answer.
  const rows = await readAnswers(db, userId);
  const current = new Map<ConsentPurpose, { granted: boolean; recordedAt: Date }>();
  for (const row of rows) if (!current.has(row.purpose)) current.set(row.purpose, row);
  return { current, newest: rows[0]?.recordedAt ?? null };
}

export async function listConsents(caller: CurrentUser): Promise<ConsentStatus[]> {
  assertCandidate(caller);
  const { current } = await readCurrent(getDb(), caller.id);
  return consentPurposes.map((purpose) => {
    const answer = current.get(purpose);
    return { purpose, granted: answer?.granted ?? null, recordedAt: answer?.recordedAt ?? null };
  });
}

/** Each purpose's answers, newest first (the first is the current one); empty if never answered. */
export async function listConsentHistory(caller: CurrentUser): Promise<Record<ConsentPurpose, ConsentEvent[]>> {
  assertCandidate(caller);
  const history = Object.fromEntries(consentPurposes.map((purpose) => [purpose, [] as ConsentEvent[]])) as Record<ConsentPurpose, ConsentEvent[]>;
  for (const { purpose, ...event } of await readAnswers(getDb(), caller.id)) history[purpose].push(event);
  return history;
}

/** What else must happen, in the same transaction, when answers change (lib/retention acts on "keep my details"). */
export type ConsentChangeHook = (tx: Database, userId: string, changes: ConsentChange[], now: Date) => Promise<void>;

/** Records the answers given (all five, or one: a purpose left out keeps its answer) that differ
 *  from the current ones, all or none. */
export async function updateConsents(
  caller: CurrentUser,
  answers: Partial<ConsentAnswers>,
  now = new Date(),
  afterChanges?: ConsentChangeHook,
): Promise<ConsentChange[] | null> {
  assertCandidate(caller);
  return getDb().transaction(async (tx) => {
    // Two saves of the same form take turns, so each diffs against the other's result.
    const [owner] = await tx.select({ id: users.id }).from(users).where(eq(users.id, caller.id)).for("no key update");
    if (!owner) return null;
    const { current, newest } = await readCurrent(tx, caller.id);
    const answered: CurrentConsents = Object.fromEntries([...current].map(([purpose, row]) => [purpose, row.granted]));
    const changes = changedConsents(answered, answers);
    if (changes.length === 0) return changes;
    const recordedAt = nextRecordedAt(now, newest);
    await tx.insert(consents).values(
      changes.map((change) => ({ userId: caller.id, purpose: change.purpose, granted: change.granted, source: "portal", recordedAt })),
    );
    await afterChanges?.(tx, caller.id, changes, now);
    return changes;
  });
}
