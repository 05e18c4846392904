import { describe, expect, it } from "vitest";
import { withdrawalNote } from "./withdrawal-note";

const base = { company: "Harbour Lane Foods", role: "Data Analyst", candidateName: "Sam Taylor" };

describe("withdrawalNote", () => {
  it("goes to the consultant for an interview the agency arranged, asking them to tell the client", () => {
    const note = withdrawalNote({ ...base, viaAgency: true, consultantName: "Priya Shah", interviewerName: "Jo Evans" });
    expect(note.recipient).toBe("Priya Shah, your consultant");
    expect(note.subject).toBe("Withdrawing from the Data Analyst role at Harbour Lane Foods");
    expect(note.body.startsWith("Hi Priya,\n\n")).toBe(true);
    expect(note.body).toContain("let Harbour Lane Foods know, and pass on my thanks to the interviewers");
    expect(note.body).not.toContain("Jo Evans");
    expect(note.body.endsWith("Best wishes,\nSam Taylor")).toBe(true);
  });

  it("greets an agency candidate's consultant generically when there is none on record", () => {
    const note = withdrawalNote({ ...base, viaAgency: true, consultantName: null });
    expect(note.recipient).toBe("your consultant");
    expect(note.body.startsWith("Hello,\n\n")).toBe(true);
  });

  it("goes to the interviewer for a direct application, thanking them", () => {
    const note = withdrawalNote({ ...base, viaAgency: false, consultantName: "Priya Shah", interviewerName: "Jo Evans" });
    expect(note.recipient).toBe("Jo Evans");
    expect(note.subject).toBe("My application for the Data Analyst role");
    expect(note.body.startsWith("Dear Jo,\n\n")).toBe(true);
    expect(note.body).toContain("Thank you for taking the time to interview me for the Data Analyst role at Harbour Lane Foods.");
    expect(note.body).toContain("I have decided to withdraw my application");
    expect(note.body).not.toContain("Priya");
    expect(note.body.endsWith("Kind regards,\nSam Taylor")).toBe(true);
  });

  it("addresses the company when no interviewer is known, and tidies what was typed", () => {
    const note = withdrawalNote({ company: "  Beta   plc ", role: "Engineer ", candidateName: null, viaAgency: false, consultantName: null });
    expect(note.recipient).toBe("the hiring team at Beta plc");
    expect(note.body.startsWith("Dear Beta plc hiring team,\n\n")).toBe(true);
    expect(note.body).toContain("the Engineer role at Beta plc.");
    // No name on the account: the sign-off stands alone rather than reading "null".
    expect(note.body.endsWith("Kind regards,")).toBe(true);
  });
});
