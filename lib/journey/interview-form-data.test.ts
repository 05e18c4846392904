import { describe, expect, it } from "vitest";
import { invalidForm } from "@/lib/actions/form-state";
import { interviewFormInput, parseInterviewForm } from "./interview-form-data";

const applicationId = "6f1c2f0e-1d2b-4c3a-9e8f-7a6b5c4d3e2f";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const complete = {
  applicationId,
  round: "2",
  date: "2026-11-10",
  time: "10:00",
  timeZone: "Europe/London",
  durationMinutes: "45",
  format: "video",
  location: "",
  meetingUrl: "https://meet.example.com/abc",
  timelineKind: "relative",
  timelineDate: "",
  timelineAmount: "4",
  timelineUnit: "weeks",
  followUpContact: "Jo Evans",
};

describe("reading the interview form", () => {
  it("turns indexed interviewer rows into the schema's array, in row order, without blank rows", () => {
    const result = parseInterviewForm(
      form({
        ...complete,
        "interviewers.3.name": "Sam Patel",
        "interviewers.3.title": "",
        "interviewers.3.email": "",
        "interviewers.0.name": "Jo Evans",
        "interviewers.0.title": "Head of Data",
        "interviewers.0.email": "Jo@Example.com",
        "interviewers.0.talkedAbout": "  the new Leeds office ",
        "interviewers.1.name": " ",
        "interviewers.1.title": "",
        "interviewers.1.email": "",
      }),
    );
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.interviewers).toEqual([
      { name: "Jo Evans", title: "Head of Data", email: "jo@example.com", talkedAbout: "the new Leeds office" },
      { name: "Sam Patel", title: null, email: null, talkedAbout: null },
    ]);
    expect(result.data).toMatchObject({ round: 2, durationMinutes: 45, timelineAmount: 4, timelineUnit: "weeks" });
  });

  it("puts an interviewer's error on the form row it came from", () => {
    const data = form({
      ...complete,
      "interviewers.0.name": "",
      "interviewers.0.email": "",
      "interviewers.2.name": "",
      "interviewers.2.email": "not an address",
    });
    const result = parseInterviewForm(data);
    expect(result.success).toBe(false);
    if (result.success) return;
    const state = invalidForm(result.error, data);
    expect(state.fieldErrors?.["interviewers.2.name"]).toEqual(["Enter the interviewer's name"]);
    expect(state.fieldErrors?.["interviewers.2.email"]).toEqual(["Enter an email address like name@example.com"]);
    expect(Object.keys(state.fieldErrors ?? {})).not.toContain("interviewers.0.name");
    // What was typed comes back to refill the form.
    expect(state.values?.["interviewers.2.email"]).toBe("not an address");
  });

  it("keeps what was talked about with an interviewer to a length a note can use, on its row", () => {
    const data = form({ ...complete, "interviewers.1.name": "Jo Evans", "interviewers.1.talkedAbout": "x".repeat(201) });
    const result = parseInterviewForm(data);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(invalidForm(result.error, data).fieldErrors?.["interviewers.1.talkedAbout"]).toEqual([
      "Keep this to 200 characters or fewer: one thing is enough",
    ]);
    const fits = parseInterviewForm(form({ ...complete, "interviewers.0.name": "Jo Evans", "interviewers.0.talkedAbout": "x".repeat(200) }));
    expect(fits.success).toBe(true);
  });

  it("ignores the fields of timeline choices not taken", () => {
    const result = parseInterviewForm(
      form({ ...complete, timelineKind: "none", timelineDate: "not a date", timelineAmount: "-3", timelineUnit: "fortnights" }),
    );
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toMatchObject({ timelineKind: "none", timelineDate: undefined, timelineAmount: undefined, timelineUnit: undefined });
  });

  it("asks for the dependent field of the timeline choice taken", () => {
    const byDate = parseInterviewForm(form({ ...complete, timelineKind: "date", timelineDate: "" }));
    const relative = parseInterviewForm(form({ ...complete, timelineKind: "relative", timelineAmount: "" }));
    expect(byDate.success ? [] : byDate.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["timelineDate", "Enter the date they said they would decide"],
    ]);
    expect(relative.success ? [] : relative.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["timelineAmount", "Enter how many days or weeks they said"],
    ]);
  });

  it("says what is missing rather than coercing blanks to zero", () => {
    const result = parseInterviewForm(form({ ...complete, round: "", durationMinutes: " " }));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["round", "Enter a round number"],
      ["durationMinutes", "Enter the length in minutes"],
    ]);
  });

  it("refuses more than ten interviewers and ignores fields that are not rows", () => {
    const fields: Record<string, string> = { ...complete, "interviewers.x.name": "Nobody", "interviewers.1.phone": "0161" };
    for (let row = 0; row < 11; row += 1) fields[`interviewers.${row}.name`] = `Person ${row}`;
    const { input } = interviewFormInput(form(fields));
    expect(input.interviewers).toHaveLength(11);
    const result = parseInterviewForm(form(fields));
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["interviewers", "Ten interviewers at most"],
    ]);
  });

  it("treats a missing form as missing fields, not a crash", () => {
    const result = parseInterviewForm(new FormData());
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => issue.path.join("."))).toEqual(
      expect.arrayContaining(["applicationId", "round", "date", "time", "timeZone", "durationMinutes", "format", "timelineKind"]),
    );
  });
});
