import { describe, expect, it } from "vitest";
import {
  draftThankYouNotes,
  joinWithAnd,
  mailtoHref,
  MAX_INTERVIEWERS,
  validateThankYouInput,
  type ThankYouInput,
} from "@/lib/tools/thank-you-note";

const base: ThankYouInput = {
  yourName: "Jo Bloggs",
  role: "Marketing Coordinator",
  company: "Acme Ltd",
  interviewers: [{ name: "Sam", email: "sam@acme.example", point: "the plans to bring the events programme in-house" }],
  secondRound: false,
  viaAgency: false,
};

const panel: ThankYouInput = {
  ...base,
  interviewers: [
    { name: "Sam", point: "month-end reporting" },
    { name: "Ms Patel", point: "how finance works with operations" },
    { name: "Raj", point: "Project Atlas" },
  ],
};

describe("draftThankYouNotes, direct application", () => {
  it("writes one note to the interviewer, naming them, the role, the company and the point discussed", () => {
    const [note, ...rest] = draftThankYouNotes(base);
    expect(rest).toEqual([]);
    expect(note).toMatchObject({ recipient: "Sam", to: "sam@acme.example", subject: "Thank you: Marketing Coordinator interview" });
    expect(note?.body.startsWith("Dear Sam,\n\n")).toBe(true);
    expect(note?.body).toContain("Marketing Coordinator role at Acme Ltd");
    expect(note?.body).toContain("the plans to bring the events programme in-house");
    expect(note?.body.endsWith("Best wishes,\n\nJo Bloggs")).toBe(true);
  });

  it("writes a different note to each panel member, each with their own point", () => {
    const notes = draftThankYouNotes(panel);
    expect(notes.map((note) => note.recipient)).toEqual(["Sam", "Ms Patel", "Raj"]);
    expect(new Set(notes.map((note) => note.body)).size).toBe(3);
    expect(notes[0]?.body).toContain("month-end reporting");
    expect(notes[0]?.body).not.toContain("how finance works");
    expect(notes[1]?.body.startsWith("Dear Ms Patel,")).toBe(true);
    expect(notes[1]?.body).toContain("how finance works with operations");
    expect(notes.every((note) => note.to === "")).toBe(true);
  });

  it("uses second-round wording when asked", () => {
    const [note] = draftThankYouNotes({ ...base, secondRound: true });
    expect(note?.subject).toBe("Thank you: second interview for Marketing Coordinator");
    expect(note?.body).toContain("having me back");
    expect(note?.body).toContain("than after our first meeting");
    expect(note?.body).not.toContain("about the next steps");
  });

  it("tidies what was typed so it reads inside a sentence", () => {
    const [note] = draftThankYouNotes({
      ...base,
      role: "  Marketing   Coordinator ",
      interviewers: [{ name: " Sam ", point: "The new Leeds office." }],
    });
    expect(note?.body).toContain("our conversation about the new Leeds office, and");
    expect(note?.body).toContain("the Marketing Coordinator role");
    expect(note?.body.startsWith("Dear Sam,")).toBe(true);
  });

  it("keeps the capital of a name at the start of the point", () => {
    const notes = draftThankYouNotes(panel);
    expect(notes[2]?.body).toContain("Project Atlas");
  });
});

describe("draftThankYouNotes, agency interview", () => {
  it("writes one message to the consultant asking them to pass thanks on to every interviewer", () => {
    const notes = draftThankYouNotes({ ...panel, viaAgency: true, consultantName: "Priya", consultantEmail: "priya@agency.example" });
    expect(notes).toHaveLength(1);
    const [note] = notes;
    expect(note).toMatchObject({ recipient: "Priya", to: "priya@agency.example" });
    expect(note?.subject).toBe("Debrief: Marketing Coordinator interview at Acme Ltd");
    expect(note?.body.startsWith("Hi Priya,")).toBe(true);
    expect(note?.body).toContain("pass on my thanks to Sam, Ms Patel and Raj");
    expect(note?.body).toContain("to Sam about month-end reporting, to Ms Patel about how finance works with operations and to Raj about Project Atlas");
    expect(note?.body).toContain("debrief");
    expect(note?.body).toContain("note from me directly");
  });

  it("never addresses an interviewer, and works without the consultant's details", () => {
    const [note] = draftThankYouNotes({ ...base, viaAgency: true, secondRound: true });
    expect(note).toMatchObject({ recipient: "your consultant", to: "" });
    expect(note?.body.startsWith("Hello,")).toBe(true);
    expect(note?.body).not.toContain("Dear");
    expect(note?.subject).toBe("Debrief: Marketing Coordinator second interview at Acme Ltd");
  });
});

describe("validateThankYouInput", () => {
  it("accepts a complete form", () => {
    expect(validateThankYouInput(base)).toEqual({});
  });

  it("names each missing field, per interviewer", () => {
    const errors = validateThankYouInput({
      ...base,
      yourName: " ",
      company: "",
      interviewers: [base.interviewers[0]!, { name: "", point: " " }],
    });
    expect(Object.keys(errors).sort()).toEqual(["company", "interviewers.1.name", "interviewers.1.point", "yourName"]);
  });

  it("checks email addresses only where they are used", () => {
    const bad = { ...base, interviewers: [{ ...base.interviewers[0]!, email: "sam at acme" }] };
    expect(validateThankYouInput(bad)).toHaveProperty(["interviewers.0.email"]);
    expect(validateThankYouInput({ ...bad, viaAgency: true })).toEqual({});
    expect(validateThankYouInput({ ...base, viaAgency: true, consultantEmail: "priya@" })).toHaveProperty(["consultantEmail"]);
  });

  it("limits the number of interviewers", () => {
    const many = Array.from({ length: MAX_INTERVIEWERS + 1 }, (_, i) => ({ name: `P${i}`, point: "x" }));
    expect(validateThankYouInput({ ...base, interviewers: many })).toHaveProperty("interviewers");
    expect(validateThankYouInput({ ...base, interviewers: [] })).toHaveProperty("interviewers");
  });
});

describe("mailtoHref", () => {
  it("encodes the subject and body, with CRLF line breaks, to the given address", () => {
    const href = mailtoHref({ to: "sam@acme.example", subject: "Thank you: R&D interview", body: "Dear Sam,\n\nThanks? 100%" });
    expect(href).toBe(
      "mailto:sam@acme.example?subject=Thank%20you%3A%20R%26D%20interview&body=Dear%20Sam%2C%0D%0A%0D%0AThanks%3F%20100%25",
    );
    const url = new URL(href);
    expect(url.searchParams.get("body")).toBe("Dear Sam,\r\n\r\nThanks? 100%");
  });

  it("leaves the address empty when none was given", () => {
    expect(mailtoHref({ to: "", subject: "Hi", body: "Hello" })).toBe("mailto:?subject=Hi&body=Hello");
  });
});

describe("joinWithAnd", () => {
  it("joins names as a British reader writes them", () => {
    expect(joinWithAnd([])).toBe("");
    expect(joinWithAnd(["Anna"])).toBe("Anna");
    expect(joinWithAnd(["Anna", "Ben"])).toBe("Anna and Ben");
    expect(joinWithAnd(["Anna", "Ben", "Cara"])).toBe("Anna, Ben and Cara");
  });
});
