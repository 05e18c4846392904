import { z } from "zod";
import { interviewInputSchema, type InterviewInput } from "./schemas";

// Interviewers arrive as indexed fields ("interviewers.0.name"); error paths are mapped back to
// the form's rows, so each message lands on its row even when blank rows were dropped.

const interviewerField = /^interviewers\.(\d{1,3})\.(id|name|title|email|talkedAbout)$/;

export type InterviewFormInput = {
  input: Record<string, unknown>;
  /** For each interviewer in input.interviewers, the index of its row in the form. */
  interviewerRows: number[];
};

function text(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}

/** Blank is "not given": the schema then says what is missing rather than "must be at least 1". */
function filled(formData: FormData, name: string): string | undefined {
  const value = text(formData, name);
  return value === undefined || value.trim() === "" ? undefined : value;
}

type InterviewerRow = { id: string; name: string; title: string; email: string; talkedAbout: string };

function readInterviewers(formData: FormData) {
  const rows = new Map<number, InterviewerRow>();
  for (const [key, value] of formData.entries()) {
    const match = interviewerField.exec(key);
    if (!match || typeof value !== "string") continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? { id: "", name: "", title: "", email: "", talkedAbout: "" };
    row[match[2] as keyof InterviewerRow] = value;
    rows.set(index, row);
  }
  const kept = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    // A row the candidate added and left empty is not an interviewer.
    .filter(([, row]) => `${row.name}${row.title}${row.email}${row.talkedAbout}`.trim() !== "");
  return { interviewers: kept.map(([, row]) => row), interviewerRows: kept.map(([index]) => index) };
}

export function interviewFormInput(formData: FormData): InterviewFormInput {
  const timelineKind = text(formData, "timelineKind");
  const { interviewers, interviewerRows } = readInterviewers(formData);
  return {
    input: {
      applicationId: text(formData, "applicationId"),
      round: filled(formData, "round"),
      date: text(formData, "date"),
      time: text(formData, "time"),
      timeZone: text(formData, "timeZone"),
      durationMinutes: filled(formData, "durationMinutes"),
      format: text(formData, "format"),
      location: text(formData, "location"),
      meetingUrl: text(formData, "meetingUrl"),
      timelineKind,
      // Fields of the timeline choices not taken stay hidden in the form; they are ignored, not judged.
      timelineDate: timelineKind === "date" ? (text(formData, "timelineDate") ?? "") : undefined,
      timelineAmount: timelineKind === "relative" ? (text(formData, "timelineAmount") ?? "") : undefined,
      timelineUnit: timelineKind === "relative" ? filled(formData, "timelineUnit") : undefined,
      followUpContact: text(formData, "followUpContact"),
      interviewers,
    },
    interviewerRows,
  };
}

export function toFormPaths(error: z.ZodError, interviewerRows: readonly number[]): z.ZodError {
  return new z.ZodError(
    error.issues.map((issue) => {
      const [field, index, ...rest] = issue.path;
      if (field !== "interviewers" || typeof index !== "number") return issue;
      return { ...issue, path: [field, interviewerRows[index] ?? index, ...rest] };
    }),
  );
}

export type InterviewFormResult = { success: true; data: InterviewInput } | { success: false; error: z.ZodError };

export function parseInterviewForm(formData: FormData): InterviewFormResult {
  const { input, interviewerRows } = interviewFormInput(formData);
  const result = interviewInputSchema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  return { success: false, error: toFormPaths(result.error, interviewerRows) };
}
