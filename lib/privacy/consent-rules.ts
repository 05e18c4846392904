import { consentPurposes, type ConsentPurpose } from "@/lib/domain/values";

// Consents are append-only: the newest row per purpose is the answer.

export type ConsentAnswers = Record<ConsentPurpose, boolean>;
export type CurrentConsents = Partial<Record<ConsentPurpose, boolean>>;
export type ConsentChange = { purpose: ConsentPurpose; granted: boolean };

/** A purpose never answered counts as changed: the first explicit answer, even a no, is worth recording. */
export function changedConsents(current: CurrentConsents, answers: ConsentAnswers): ConsentChange[] {
  return consentPurposes
    .filter((purpose) => current[purpose] !== answers[purpose])
    .map((purpose) => ({ purpose, granted: answers[purpose] }));
}

/** Two saves in one millisecond, or a save that waited for another, must still leave the later
 *  save's answer as the newest row. */
export function nextRecordedAt(now: Date, newestRecordedAt: Date | null): Date {
  if (!newestRecordedAt || now.getTime() > newestRecordedAt.getTime()) return now;
  return new Date(newestRecordedAt.getTime() + 1);
}
