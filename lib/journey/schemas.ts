import { z } from "zod";
import { checkbox } from "@/lib/actions/form-fields";
import {
  applicationSources,
  applicationStages,
  interviewFormats,
  timelineUnits,
} from "@/lib/domain/values";
import { storableString } from "@/lib/domain/storable-text";
import { timeZoneField } from "@/lib/plans/time-zones";
import { maxTalkedAboutLength } from "./thank-you-draft";

// Shared by the server actions (the real gate) and the pages, which show the same messages.

/** Optional text up to `max` characters; blank becomes null. Also the reflection form's. */
export const optionalText = (max: number, tooLong: string) =>
  storableString()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => (value ? value : null));

export const requiredText = (max: number, missing: string) =>
  storableString({ error: missing })
    .trim()
    .min(1, missing)
    .max(max, `Keep it under ${max} characters`);

const webAddress = storableString()
  .trim()
  .max(2000, "That address is too long")
  .optional()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || /^https?:\/\/[^\s]+\.[^\s]+/.test(value), "Enter a web address starting https://");

export const applicationInputSchema = z.object({
  company: requiredText(200, "Enter the company"),
  role: requiredText(200, "Enter the role"),
  location: optionalText(200, "Keep the location under 200 characters"),
  source: z.enum(applicationSources, "Choose how you applied"),
  jobUrl: webAddress,
  salaryNotes: optionalText(500, "Keep salary notes under 500 characters"),
  stage: z.enum(applicationStages, "Choose a stage").default("applied"),
  sharedWithAgency: checkbox.default(false),
});
export type ApplicationInput = z.output<typeof applicationInputSchema>;

const interviewerSchema = z.object({
  /** Set for an interviewer already stored, so an edit keeps their notes. */
  id: z.uuid().optional().or(z.literal("").transform(() => undefined)),
  name: requiredText(120, "Enter the interviewer's name"),
  title: optionalText(120, "Keep the job title under 120 characters"),
  email: z
    .string()
    .trim()
    .max(254, "That email address is too long")
    .optional()
    .transform((value) => (value ? value.toLowerCase() : null))
    .refine((value) => value === null || z.email().safeParse(value).success, "Enter an email address like name@example.com"),
  talkedAbout: optionalText(maxTalkedAboutLength, `Keep this to ${maxTalkedAboutLength} characters or fewer: one thing is enough`),
});

const interviewFieldsShape = {
  round: z.coerce.number("Enter a round number").int().min(1, "Rounds start at 1").max(20, "That is a lot of rounds: 20 at most"),
  date: z.iso.date("Enter the date of the interview"),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time like 14:30"),
  timeZone: timeZoneField(),
  durationMinutes: z.coerce.number("Enter the length in minutes").int().min(5, "At least 5 minutes").max(720, "At most 12 hours"),
  format: z.enum(interviewFormats, "Choose phone, video or in person"),
  location: optionalText(300, "Keep the location under 300 characters"),
  meetingUrl: webAddress,
  timelineKind: z.enum(["date", "relative", "none"], "Choose what they said about timing"),
  timelineDate: z.iso.date("Enter the date they said they would decide").optional().or(z.literal("").transform(() => undefined)),
  timelineAmount: z.coerce.number().int().min(1, "At least 1").max(365, "At most 365").optional().or(z.literal("").transform(() => undefined)),
  timelineUnit: z.enum(timelineUnits).optional(),
  followUpContact: optionalText(200, "Keep this under 200 characters"),
  interviewers: z.array(interviewerSchema).max(10, "Ten interviewers at most"),
};

type TimelineFields = { date: string; timelineKind: "date" | "relative" | "none"; timelineDate?: string; timelineAmount?: number };

/** The timeline choice needs its own details, and a decision cannot come before the interview. */
function checkTimeline(value: TimelineFields, context: z.RefinementCtx): void {
  if (value.timelineKind === "date") {
    if (!value.timelineDate) context.addIssue({ code: "custom", path: ["timelineDate"], message: "Enter the date they said they would decide" });
    else if (value.timelineDate < value.date)
      context.addIssue({ code: "custom", path: ["timelineDate"], message: "The decision date cannot be before the interview" });
  }
  if (value.timelineKind === "relative" && value.timelineAmount === undefined) {
    context.addIssue({ code: "custom", path: ["timelineAmount"], message: "Enter how many days or weeks they said" });
  }
}

/** An interview round's own fields, whoever records it: the candidate's form adds the application, a consultant's may create one. */
export const interviewFieldsSchema = z.object(interviewFieldsShape).superRefine(checkTimeline);
export type InterviewFields = z.output<typeof interviewFieldsSchema>;

export const interviewInputSchema = z
  .object({ applicationId: z.uuid("Choose the application"), ...interviewFieldsShape })
  .superRefine(checkTimeline);
export type InterviewInput = z.output<typeof interviewInputSchema>;

export const slipInputSchema = z.object({
  newDate: z.iso.date("Enter the new date they gave"),
  note: optionalText(500, "Keep the note under 500 characters"),
});
