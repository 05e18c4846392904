import { z } from "zod";
import { interviewFormInput, toFormPaths } from "./interview-form-data";
import { applicationInputSchema, interviewFieldsSchema, type InterviewFields } from "./schemas";

// The consultant's "log an interview" form. The application choice and the interview fields
// are both judged on every submit, so every mistake shows at once.

export type ArrangedApplication = { kind: "existing"; applicationId: string } | { kind: "new"; company: string; role: string };
export type ArrangedInterviewInput = { application: ArrangedApplication; interview: InterviewFields };

const choiceSchema = z.enum(["existing", "new"], "Choose one of the candidate's applications or add a new one");
const existingSchema = z.object({ applicationId: z.uuid("Choose one of the candidate's applications") });
const newSchema = applicationInputSchema.pick({ company: true, role: true });

function parseApplication(formData: FormData): { success: true; data: ArrangedApplication } | { success: false; issues: z.core.$ZodIssue[] } {
  const choice = choiceSchema.safeParse(formData.get("applicationChoice") ?? undefined);
  if (!choice.success) return { success: false, issues: choice.error.issues.map((issue) => ({ ...issue, path: ["applicationChoice"] })) };
  // The fields of the choice not taken stay in the form, hidden; they are ignored, not judged.
  if (choice.data === "existing") {
    const parsed = existingSchema.safeParse({ applicationId: formData.get("applicationId") ?? undefined });
    return parsed.success ? { success: true, data: { kind: "existing", ...parsed.data } } : { success: false, issues: parsed.error.issues };
  }
  const parsed = newSchema.safeParse({ company: formData.get("company") ?? undefined, role: formData.get("role") ?? undefined });
  return parsed.success ? { success: true, data: { kind: "new", ...parsed.data } } : { success: false, issues: parsed.error.issues };
}

export type ArrangedInterviewFormResult = { success: true; data: ArrangedInterviewInput } | { success: false; error: z.ZodError };

/** Parses a submitted form; error paths are the form's field names ("company", "interviewers.2.email"). */
export function parseArrangedInterviewForm(formData: FormData): ArrangedInterviewFormResult {
  const application = parseApplication(formData);
  const { input, interviewerRows } = interviewFormInput(formData);
  const { applicationId: _chosenAbove, ...fields } = input;
  const interview = interviewFieldsSchema.safeParse(fields);
  if (application.success && interview.success) return { success: true, data: { application: application.data, interview: interview.data } };
  const issues = [
    ...(application.success ? [] : application.issues),
    ...(interview.success ? [] : toFormPaths(interview.error, interviewerRows).issues),
  ];
  return { success: false, error: new z.ZodError(issues) };
}
