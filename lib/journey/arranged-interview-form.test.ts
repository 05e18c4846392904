import { describe, expect, it } from "vitest";
import { parseArrangedInterviewForm } from "./arranged-interview-form";

const applicationId = "3f1f8a52-5d7a-4c47-9a55-0c8f2f0d6a10";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

const interviewFields = {
  round: "1",
  date: "2026-11-10",
  time: "10:00",
  timeZone: "Europe/London",
  durationMinutes: "45",
  format: "in_person",
  location: "1 Deansgate, Manchester",
  timelineKind: "none",
  "interviewers.0.name": "Jo Evans",
};

describe("parseArrangedInterviewForm", () => {
  it("reads a new application and ignores the hidden choice of an existing one", () => {
    const result = parseArrangedInterviewForm(form({ ...interviewFields, applicationChoice: "new", applicationId: "not-a-uuid", company: " Alpha Ltd ", role: "Analyst" }));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.application).toEqual({ kind: "new", company: "Alpha Ltd", role: "Analyst" });
    expect(result.data.interview).toMatchObject({ round: 1, durationMinutes: 45, format: "in_person", interviewers: [{ name: "Jo Evans", title: null, email: null }] });
    expect(result.data.interview).not.toHaveProperty("applicationId");
  });

  it("reads an existing application and ignores the hidden company and role", () => {
    const result = parseArrangedInterviewForm(form({ ...interviewFields, applicationChoice: "existing", applicationId, company: "", role: "x".repeat(300) }));
    expect(result.success && result.data.application).toEqual({ kind: "existing", applicationId });
  });

  it("reports every mistake at once, on the form's own field names", () => {
    const result = parseArrangedInterviewForm(
      form({ ...interviewFields, applicationChoice: "new", company: " ", date: "", "interviewers.0.name": "", "interviewers.3.name": "Sam", "interviewers.3.email": "not an email" }),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    const messages = Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages).toEqual({
      company: "Enter the company",
      role: "Enter the role",
      date: "Enter the date of the interview",
      "interviewers.3.email": "Enter an email address like name@example.com",
    });
  });

  it("asks for a choice of application when none was made", () => {
    const result = parseArrangedInterviewForm(form(interviewFields));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["applicationChoice", "Choose one of the candidate's applications or add a new one"],
    ]);
  });

  it("asks which application when the existing choice has none", () => {
    const result = parseArrangedInterviewForm(form({ ...interviewFields, applicationChoice: "existing", applicationId: "" }));
    expect(!result.success && result.error.issues[0]).toMatchObject({ path: ["applicationId"], message: "Choose one of the candidate's applications" });
  });
});
