import { describe, expect, it } from "vitest";
import { draftThankYouNotes, draftToConsultant, draftToInterviewer, maxTalkedAboutLength, type ThankYouDraftInput } from "./thank-you-draft";

const base: ThankYouDraftInput = {
  candidateName: "Sam Taylor",
  role: "Data Analyst",
  company: "Harbour Lane Foods",
  round: 1,
  interviewers: [{ name: "Jo Evans", talkedAbout: null }],
  viaConsultant: false,
  consultantName: null,
  stillWant: null,
};

const panel: ThankYouDraftInput = {
  ...base,
  interviewers: [
    { name: "Olu Adebayo", talkedAbout: "The new Leeds office." },
    { name: "Dr Jane Smith", talkedAbout: null },
    { name: "Raj Patel", talkedAbout: "Project Atlas" },
  ],
};

describe("a thank-you draft to an interviewer", () => {
  it("greets them by first name, names the role and company, and signs off with the candidate's name", () => {
    const draft = draftToInterviewer(base, 0);
    expect(draft.subject).toBe("Thank you: Data Analyst interview");
    expect(draft.body.startsWith("Dear Jo,\n\n")).toBe(true);
    expect(draft.body).toContain("meet me about the Data Analyst role at Harbour Lane Foods.");
    expect(draft.body).toContain("I look forward to hearing from you about the next steps.");
    expect(draft.body.endsWith("Best wishes,\n\nSam Taylor")).toBe(true);
  });

  it("makes it personal with the one thing they talked about, as a phrase inside a sentence", () => {
    const draft = draftToInterviewer(panel, 0);
    expect(draft.body.startsWith("Dear Olu,\n\n")).toBe(true);
    expect(draft.body).toContain("I especially enjoyed talking about the new Leeds office.");
    expect(draft.body).not.toContain("Project Atlas");
  });

  it("keeps the capital of a name at the start of what they talked about", () => {
    expect(draftToInterviewer(panel, 2).body).toContain("Hearing about Project Atlas gave me");
  });

  it("writes each panel member a different note, greeting each by first name", () => {
    const notes = draftThankYouNotes(panel);
    expect(notes.map((note) => note.body.split("\n")[0])).toEqual(["Dear Olu,", "Dear Jane,", "Dear Raj,"]);
    const paragraphs = notes.map((note) => note.body.split("\n\n").slice(1, 3).join(" "));
    expect(new Set(paragraphs).size).toBe(3);
    expect(notes.map((note) => note.body.split("\n\n").at(-2))).toEqual(["Best wishes,", "Kind regards,", "Warm regards,"]);
  });

  it("stays general, and short, when the candidate has said nothing about the conversation", () => {
    const draft = draftToInterviewer(base, 0);
    expect(draft.body).toContain("I enjoyed hearing more about the team and the work.");
    expect(draft.body.split(/\s+/).length).toBeLessThan(70);
  });

  it("leaves out what they talked about when it is longer than the form allows", () => {
    const long = "the roadmap ".repeat(Math.ceil(maxTalkedAboutLength / 12) + 1);
    const draft = draftToInterviewer({ ...base, interviewers: [{ name: "Jo", talkedAbout: long }] }, 0);
    expect(draft.body).not.toContain("roadmap");
  });

  it("uses later-round wording, without saying the same thing twice", () => {
    const draft = draftToInterviewer({ ...base, round: 2, stillWant: "yes" }, 0);
    expect(draft.subject).toBe("Thank you: second interview for Data Analyst");
    expect(draft.body).toContain("having me back for my second interview");
    expect(draft.body.match(/keener/g)).toHaveLength(1);
  });

  it("lets the reflection's yes/maybe/no set the tone", () => {
    expect(draftToInterviewer({ ...base, stillWant: "yes" }, 0).body).toContain("keener still on the role");
    expect(draftToInterviewer({ ...base, stillWant: "maybe" }, 0).body).not.toMatch(/keen|delighted|interested/);
    const no = draftToInterviewer({ ...base, stillWant: "no" }, 0).body;
    expect(no).not.toMatch(/keen|delighted|interested|next steps/);
    expect(no).toContain("Thank you");
  });

  it("greets the hiring team when the name is not one to greet anyone by", () => {
    const draft = draftToInterviewer({ ...base, interviewers: [{ name: "hr@harbourlane.example", talkedAbout: null }] }, 0);
    expect(draft.body.startsWith("Dear Harbour Lane Foods hiring team,\n\n")).toBe(true);
  });

  it("signs off without a name line when the candidate has not given one", () => {
    expect(draftToInterviewer({ ...base, candidateName: null }, 0).body.endsWith("Best wishes,")).toBe(true);
  });
});

describe("a thank-you draft through the consultant", () => {
  it("asks the consultant, by first name, to pass thanks on to everyone met, with what was talked about", () => {
    const draft = draftToConsultant({ ...panel, viaConsultant: true, consultantName: "Priya Shah", stillWant: "yes" });
    expect(draft.subject).toBe("Thanks to pass on: Data Analyst interview at Harbour Lane Foods");
    expect(draft.body.startsWith("Hi Priya,\n\n")).toBe(true);
    expect(draft.body).toContain("Please could you pass on my thanks to Olu Adebayo, Dr Jane Smith and Raj Patel for their time?");
    expect(draft.body).toContain("I especially enjoyed talking to Olu about the new Leeds office and to Raj about Project Atlas.");
    expect(draft.body).toContain("I am still keen on the role");
    expect(draft.body).not.toContain("Dear");
    expect(draft.body.endsWith("Many thanks,\n\nSam Taylor")).toBe(true);
  });

  it("is the only draft for an interview the agency passes thanks on for", () => {
    expect(draftThankYouNotes({ ...panel, viaConsultant: true })).toHaveLength(1);
  });

  it("still reads without a consultant's or interviewers' name", () => {
    const draft = draftToConsultant({ ...base, viaConsultant: true, interviewers: [] });
    expect(draft.body.startsWith("Hello,\n\n")).toBe(true);
    expect(draft.body).toContain("pass on my thanks to everyone I met");
  });

  it("asks to talk it over, rather than claiming to be keen, when the candidate no longer wants the job", () => {
    const draft = draftToConsultant({ ...base, viaConsultant: true, consultantName: "Priya Shah", stillWant: "no" });
    expect(draft.body).not.toContain("keen");
    expect(draft.body).toContain("could we talk them through");
  });
});
