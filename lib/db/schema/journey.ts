import "server-only";
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import {
  applicationSources,
  applicationStages,
  interviewFormats,
  planStepKinds,
  planStepStates,
  stillWantAnswers,
  thankYouStates,
  timelineKinds,
  timelineSlipSources,
  timelineUnits,
} from "../../domain/values";
import { users } from "./auth";
import { oneOf } from "./check";

// Child rows carry candidate_id, tied to the parent by a composite foreign key, so
// owner-scoped queries need no joins and no row can claim another owner.

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
const candidateId = () =>
  uuid("candidate_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" });
const score = (name: string) => smallint(name);

export const applications = pgTable(
  "applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    candidateId: candidateId(),
    company: text("company").notNull(),
    role: text("role").notNull(),
    location: text("location"),
    source: text("source", { enum: applicationSources }).notNull(),
    consultantId: uuid("consultant_id").references(() => users.id, { onDelete: "set null" }),
    jobUrl: text("job_url"),
    salaryNotes: text("salary_notes"),
    stage: text("stage", { enum: applicationStages }).notNull().default("applied"),
    stageChangedAt: timestamp("stage_changed_at", { withTimezone: true }).notNull().defaultNow(),
    /** Direct applications are private to the candidate unless shared. */
    sharedWithAgency: boolean("shared_with_agency").notNull().default(false),
    /** Set by the consultant: this client is happy to receive notes directly. */
    clientWelcomesDirectNotes: boolean("client_welcomes_direct_notes").notNull().default(false),
    /** The client's contact for this vacancy (the hiring manager), recorded by the consultant. */
    clientContactName: text("client_contact_name"),
    clientContactEmail: text("client_contact_email"),
    clientContactRole: text("client_contact_role"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("applications_source_check", oneOf(t.source, applicationSources)),
    check("applications_stage_check", oneOf(t.stage, applicationStages)),
    check("applications_company_check", sql`length(trim(${t.company})) > 0`),
    check("applications_role_check", sql`length(trim(${t.role})) > 0`),
    check("applications_client_contact_email_check", sql`${t.clientContactEmail} = lower(${t.clientContactEmail})`),
    unique("applications_id_candidate_unique").on(t.id, t.candidateId),
    index("applications_candidate_stage_idx").on(t.candidateId, t.stage),
    index("applications_consultant_stage_idx").on(t.consultantId, t.stage),
  ],
);

export const interviews = pgTable(
  "interviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id").notNull(),
    candidateId: candidateId(),
    round: smallint("round").notNull().default(1),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    durationMinutes: integer("duration_minutes").notNull().default(60),
    timeZone: text("time_zone").notNull().default("Europe/London"),
    format: text("format", { enum: interviewFormats }).notNull(),
    location: text("location"),
    meetingUrl: text("meeting_url"),
    timelineKind: text("timeline_kind", { enum: timelineKinds }).notNull().default("none"),
    timelineDate: date("timeline_date"),
    timelineAmount: integer("timeline_amount"),
    timelineUnit: text("timeline_unit", { enum: timelineUnits }),
    followUpContact: text("follow_up_contact"),
    arrangedById: uuid("arranged_by_id").references(() => users.id, { onDelete: "set null" }),
    reflectionShared: boolean("reflection_shared").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: "interviews_application_fk",
      columns: [t.applicationId, t.candidateId],
      foreignColumns: [applications.id, applications.candidateId],
    }).onDelete("cascade"),
    unique("interviews_id_candidate_unique").on(t.id, t.candidateId),
    check("interviews_round_check", sql`${t.round} between 1 and 20`),
    check("interviews_duration_check", sql`${t.durationMinutes} between 5 and 720`),
    check("interviews_format_check", oneOf(t.format, interviewFormats)),
    check("interviews_timeline_kind_check", oneOf(t.timelineKind, timelineKinds)),
    check(
      "interviews_timeline_shape_check",
      sql`(${t.timelineKind} = 'date' and ${t.timelineDate} is not null)
        or (${t.timelineKind} = 'relative' and ${t.timelineAmount} is not null
            and ${t.timelineUnit} is not null and ${t.timelineAmount} between 1 and 365)
        or (${t.timelineKind} = 'none')`,
    ),
    index("interviews_candidate_starts_idx").on(t.candidateId, t.startsAt),
    index("interviews_application_idx").on(t.applicationId),
  ],
);

/** Each time a stated decision date moves; the latest row re-plans the follow-ups. */
export const timelineSlips = pgTable(
  "timeline_slips",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id").notNull(),
    candidateId: candidateId(),
    previousDate: date("previous_date"),
    newDate: date("new_date").notNull(),
    note: text("note"),
    /** Who gave the new date: the candidate, or the client on their feedback page. */
    source: text("source", { enum: timelineSlipSources }).notNull().default("candidate"),
    createdAt: createdAt(),
  },
  (t) => [
    interviewChild("timeline_slips", t.interviewId, t.candidateId),
    check("timeline_slips_source_check", oneOf(t.source, timelineSlipSources)),
    index("timeline_slips_interview_idx").on(t.interviewId),
  ],
);

export const interviewers = pgTable(
  "interviewers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id").notNull(),
    candidateId: candidateId(),
    name: text("name").notNull(),
    title: text("title"),
    email: text("email"),
    /** "One thing you talked about with them", from the candidate: it makes their thank-you note personal. */
    talkedAbout: text("talked_about"),
  },
  (t) => [
    interviewChild("interviewers", t.interviewId, t.candidateId),
    unique("interviewers_id_candidate_unique").on(t.id, t.candidateId),
    check("interviewers_name_check", sql`length(trim(${t.name})) > 0`),
    index("interviewers_interview_idx").on(t.interviewId),
  ],
);

export const planSteps = pgTable(
  "plan_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id").notNull(),
    candidateId: candidateId(),
    kind: text("kind", { enum: planStepKinds }).notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }),
    state: text("state", { enum: planStepStates }).notNull().default("pending"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    interviewChild("plan_steps", t.interviewId, t.candidateId),
    unique("plan_steps_interview_kind_unique").on(t.interviewId, t.kind),
    check("plan_steps_kind_check", oneOf(t.kind, planStepKinds)),
    check("plan_steps_state_check", oneOf(t.state, planStepStates)),
    check(
      "plan_steps_completed_check",
      sql`(${t.state} in ('done', 'skipped')) = (${t.completedAt} is not null)`,
    ),
    index("plan_steps_candidate_due_idx").on(t.candidateId, t.state, t.dueAt),
  ],
);

export const reflections = pgTable(
  "reflections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id").notNull().unique(),
    candidateId: candidateId(),
    rapport: score("rapport"),
    answers: score("answers"),
    relevance: score("relevance"),
    wentWell: text("went_well"),
    toImprove: text("to_improve"),
    stillWant: text("still_want", { enum: stillWantAnswers }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    interviewChild("reflections", t.interviewId, t.candidateId),
    check(
      "reflections_scores_check",
      sql`coalesce(${t.rapport}, 1) between 1 and 5 and coalesce(${t.answers}, 1) between 1 and 5
        and coalesce(${t.relevance}, 1) between 1 and 5`,
    ),
    check("reflections_still_want_check", oneOf(t.stillWant, stillWantAnswers)),
  ],
);

export const interviewQuestions = pgTable(
  "interview_questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id").notNull(),
    candidateId: candidateId(),
    question: text("question").notNull(),
    /** 1 = tripped me up, 5 = nailed it. */
    howItWent: score("how_it_went").notNull(),
    notes: text("notes"),
    createdAt: createdAt(),
  },
  (t) => [
    interviewChild("interview_questions", t.interviewId, t.candidateId),
    check("interview_questions_score_check", sql`${t.howItWent} between 1 and 5`),
    check("interview_questions_text_check", sql`length(trim(${t.question})) > 0`),
    index("interview_questions_candidate_score_idx").on(t.candidateId, t.howItWent),
  ],
);

export const thankYouNotes = pgTable(
  "thank_you_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id").notNull(),
    candidateId: candidateId(),
    /** Null when the note goes to the consultant to pass on. */
    interviewerId: uuid("interviewer_id"),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    state: text("state", { enum: thankYouStates }).notNull().default("draft"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** A note handed to the consultant: when they passed it on to the client, and who. */
    passedOnAt: timestamp("passed_on_at", { withTimezone: true }),
    passedOnBy: uuid("passed_on_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    interviewChild("thank_you_notes", t.interviewId, t.candidateId),
    foreignKey({
      name: "thank_you_notes_interviewer_fk",
      columns: [t.interviewerId, t.candidateId],
      foreignColumns: [interviewers.id, interviewers.candidateId],
    }).onDelete("cascade"),
    unique("thank_you_notes_interviewer_unique").on(t.interviewId, t.interviewerId).nullsNotDistinct(),
    check("thank_you_notes_state_check", oneOf(t.state, thankYouStates)),
    check("thank_you_notes_sent_check", sql`(${t.state} in ('draft', 'skipped')) = (${t.sentAt} is null)`),
  ],
);

/** Written in the stage change's transaction; the consultants' monthly figures count from it. */
export const applicationStageEvents = pgTable(
  "application_stage_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id").notNull(),
    candidateId: candidateId(),
    fromStage: text("from_stage", { enum: applicationStages }),
    toStage: text("to_stage", { enum: applicationStages }).notNull(),
    /** Null once that account is erased. */
    changedBy: uuid("changed_by").references(() => users.id, { onDelete: "set null" }),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: "application_stage_events_application_fk",
      columns: [t.applicationId, t.candidateId],
      foreignColumns: [applications.id, applications.candidateId],
    }).onDelete("cascade"),
    check("application_stage_events_to_check", oneOf(t.toStage, applicationStages)),
    index("application_stage_events_application_idx").on(t.applicationId, t.changedAt),
    index("application_stage_events_to_stage_idx").on(t.toStage, t.changedAt),
  ],
);

export const clientFeedback = pgTable(
  "client_feedback",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id").notNull(),
    candidateId: candidateId(),
    consultantId: uuid("consultant_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    interviewChild("client_feedback", t.interviewId, t.candidateId),
    check("client_feedback_body_check", sql`length(trim(${t.body})) > 0`),
    index("client_feedback_interview_idx").on(t.interviewId),
  ],
);

function interviewChild(
  table: string,
  interviewId: Parameters<typeof foreignKey>[0]["columns"][number],
  candidate: Parameters<typeof foreignKey>[0]["columns"][number],
) {
  return foreignKey({
    name: `${table}_interview_fk`,
    columns: [interviewId, candidate],
    foreignColumns: [interviews.id, interviews.candidateId],
  }).onDelete("cascade");
}
