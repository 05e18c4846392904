import { consentPurposes, type ConsentPurpose } from "@/lib/domain/values";

// Consents are append-only: the newest row per purpose is the answer.

export type ConsentAnswers = Record<ConsentPurpose, boolean>;
export type CurrentConsents = Partial<Record<ConsentPurpose, boolean>>;
export type ConsentChange = { purpose: ConsentPurpose; granted: boolean };

/** Only the purposes answered are compared: the privacy page saves one purpose at a time, and a
 *  purpose left out is left as it is. A purpose never answered counts as changed: the first
 *  explicit answer, even a no, is worth recording. */
export function changedConsents(current: CurrentConsents, answers: Partial<ConsentAnswers>): ConsentChange[] {
  return consentPurposes.flatMap((purpose) => {
    const granted = answers[purpose];
    return granted === undefined || current[purpose] === granted ? [] : [{ purpose, granted }];
  });
}

/** Two saves in one millisecond, or a save that waited for another, must still leave the later
 *  save's answer as the newest row. */
export function nextRecordedAt(now: Date, newestRecordedAt: Date | null): Date {
  if (!newestRecordedAt || now.getTime() > newestRecordedAt.getTime()) return now;
  return new Date(newestRecordedAt.getTime() + 1);
}

export type ConsentEvent = { granted: boolean; recordedAt: Date; source: string };
/** "given" a yes; "withdrawn" a no that replaced a yes; "declined" any other no (a first answer). */
export type ConsentEventKind = "given" | "withdrawn" | "declined";

/** One purpose's answers, newest first, each named for what it did to the one before. */
export function describeConsentHistory(newestFirst: readonly ConsentEvent[]): (ConsentEvent & { kind: ConsentEventKind })[] {
  return newestFirst.map((event, index) => {
    if (event.granted) return { ...event, kind: "given" };
    return { ...event, kind: newestFirst[index + 1]?.granted ? "withdrawn" : "declined" };
  });
}
