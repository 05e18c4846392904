// The domain's fixed vocabularies. Shared by the schema (CHECK constraints),
// validation (zod) and the UI, so a new value is added in one place.

export const roles = ["candidate", "consultant", "admin"] as const;
export type Role = (typeof roles)[number];

export const staffRoles = ["consultant", "admin"] as const satisfies readonly Role[];
export type StaffRole = (typeof staffRoles)[number];

export const applicationSources = ["agency", "direct"] as const;
export type ApplicationSource = (typeof applicationSources)[number];

export const applicationStages = [
  "applied",
  "interviewing",
  "awaiting_decision",
  "offer",
  "accepted",
  "rejected",
  "withdrawn",
  "no_response",
] as const;
export type ApplicationStage = (typeof applicationStages)[number];

/** Stages after which nothing more is planned or reminded. */
export const terminalStages: readonly ApplicationStage[] = [
  "offer",
  "accepted",
  "rejected",
  "withdrawn",
  "no_response",
];

export const interviewFormats = ["phone", "video", "in_person"] as const;
export type InterviewFormat = (typeof interviewFormats)[number];

export const timelineKinds = ["date", "relative", "none"] as const;
export const timelineUnits = ["days", "weeks"] as const;

export const planStepKinds = [
  "timeline",
  "thanks",
  "debrief",
  "reflect",
  "decide",
  "follow_up_1",
  "follow_up_2",
  "keep_looking",
] as const;
export const planStepStates = ["pending", "done", "skipped", "cancelled"] as const;

export const stillWantAnswers = ["yes", "maybe", "no"] as const;

/** "skipped": the candidate chose not to write to that interviewer. */
export const thankYouStates = ["draft", "sent", "handed_to_consultant", "skipped"] as const;

/** The reminders an interview's plan drives; digests have their own switch and scheduler. */
export const interviewReminderKinds = ["post_interview", "follow_up", "interview_tomorrow"] as const;
export const digestKinds = ["candidate_digest", "consultant_digest"] as const;
export const reminderKinds = [...interviewReminderKinds, ...digestKinds] as const;
export const reminderStates = ["scheduled", "sent", "cancelled", "superseded", "failed"] as const;

/** "suppressed": never sent, because the address bounced or complained (see email_suppressions). */
export const outboxStates = ["pending", "sending", "sent", "failed", "suppressed"] as const;
export type OutboxState = (typeof outboxStates)[number];

/** Why the retention pass will erase an account: a year unused with no answer, or "keep my details" withdrawn. */
export const erasureReasons = ["inactive", "withdrawn"] as const;
export type ErasureReason = (typeof erasureReasons)[number];

export const suppressionReasons = ["bounced", "complained"] as const;
export type SuppressionReason = (typeof suppressionReasons)[number];

export const consentPurposes = [
  "data_retention",
  "representation",
  "marketing_email",
  "marketing_sms",
  "marketing_phone",
] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

/** What a client says on their feedback page, "where are things now?". */
export const clientAnswerStatuses = ["next_round", "offer_coming", "not_successful", "on_hold", "still_deciding"] as const;
export type ClientAnswerStatus = (typeof clientAnswerStatuses)[number];

/** Who moved a decision date. */
export const timelineSlipSources = ["candidate", "client"] as const;
