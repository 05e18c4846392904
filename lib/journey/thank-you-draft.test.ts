import { describe, expect, it } from "vitest";
import { asClause, draftThankYouNote, type ThankYouDraftInput } from "./thank-you-draft";

const base: ThankYouDraftInput = {
  candidateName: "Sam Taylor",
  interviewerName: "Jo Evans",
  role: "Data Analyst",
  company: "Harbour Lane Foods",
  round: 1,
  wentWell: null,
  firstQuestion: null,
  viaConsultant: false,
  consultantName: null,
};

describe("draftThankYouNote to an interviewer", () => {
  it("greets the interviewer, names the role and company, and signs off with the candidate's name", () => {
    const draft = draftThankYouNote(base);
    expect(draft.subject).toBe("Thank you: Data Analyst interview");
    expect(draft.body.startsWith("Dear Jo Evans,\n\n")).toBe(true);
    expect(draft.body).toContain("meet me about the Data Analyst role at Harbour Lane Foods.");
    expect(draft.body).toContain("I look forward to hearing from you about the next steps.");
    expect(draft.body.endsWith("Best wishes,\n\nSam Taylor")).toBe(true);
  });

  it("makes it personal with what went well, turning a note into a sentence", () => {
    const draft = draftThankYouNote({
      ...base,
      wentWell: "My example about month-end reporting went down well. The exercise was harder.",
      firstQuestion: "Tell me about yourself.",
    });
    expect(draft.body).toContain("not least because my example about month-end reporting went down well.");
    expect(draft.body).not.toContain("The exercise was harder");
    expect(draft.body).not.toContain("Tell me about yourself");
  });

  it("falls back to the first question asked when there is no 'went well'", () => {
    const draft = draftThankYouNote({ ...base, firstQuestion: "How do you prioritise when everything is urgent?" });
    expect(draft.body).toContain("the question ‘How do you prioritise when everything is urgent?’");
  });

  it("stays general, and short, with nothing recorded", () => {
    const draft = draftThankYouNote(base);
    expect(draft.body).toContain("I enjoyed hearing more about the team and the work");
    expect(draft.body.split(/\s+/).length).toBeLessThan(90);
  });

  it("leaves out a 'went well' too long to read as a thought, and uses the question instead", () => {
    const draft = draftThankYouNote({ ...base, wentWell: "x ".repeat(200), firstQuestion: "Why this company?" });
    expect(draft.body).toContain("‘Why this company?’");
  });

  it("uses later-round wording", () => {
    const draft = draftThankYouNote({ ...base, round: 2 });
    expect(draft.subject).toBe("Thank you: second interview for Data Analyst");
    expect(draft.body).toContain("having me back for a second interview");
    expect(draft.body).toContain("even keener on the role than before");
  });

  it("signs off without a name line when the candidate has not given one", () => {
    expect(draftThankYouNote({ ...base, candidateName: null }).body.endsWith("Best wishes,")).toBe(true);
  });
});

describe("draftThankYouNote through the consultant", () => {
  it("asks the consultant to pass thanks on to everyone met", () => {
    const draft = draftThankYouNote({
      ...base,
      viaConsultant: true,
      consultantName: "Priya Shah",
      interviewerName: "Jo Evans and Raj Patel",
      wentWell: "Stayed calm during the practical exercise",
    });
    expect(draft.subject).toBe("Thanks to pass on: Data Analyst interview at Harbour Lane Foods");
    expect(draft.body.startsWith("Hi Priya Shah,\n\n")).toBe(true);
    expect(draft.body).toContain("Please could you pass on my thanks to Jo Evans and Raj Patel for their time?");
    expect(draft.body).toContain("not least because I stayed calm during the practical exercise.");
    expect(draft.body).not.toContain("Dear");
    expect(draft.body.endsWith("Many thanks,\n\nSam Taylor")).toBe(true);
  });

  it("still reads without a consultant's or interviewers' name", () => {
    const draft = draftThankYouNote({ ...base, viaConsultant: true, interviewerName: "" });
    expect(draft.body.startsWith("Hi,\n\n")).toBe(true);
    expect(draft.body).toContain("pass on my thanks to everyone I met");
  });
});

describe("asClause", () => {
  it.each([
    ["Stayed calm under pressure", "I stayed calm under pressure"],
    ["Felt well prepared", "I felt well prepared"],
    ["I asked good questions", "I asked good questions"],
    ["The panel laughed at my joke", "the panel laughed at my joke"],
    ["Talking about Project Atlas went well", "talking about Project Atlas went well"],
    ["Sarah liked my portfolio", "Sarah liked my portfolio"],
  ])("%s → %s", (note, clause) => {
    expect(asClause(note)).toBe(clause);
  });
});
