import { describe, expect, it } from "vitest";
import { reflectionFormObject, reflectionInputSchema } from "./reflection-schema";

function form(fields: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of fields) data.append(key, value);
  return data;
}

describe("reflectionFormObject", () => {
  it("gathers indexed question fields into rows, in index order", () => {
    const result = reflectionFormObject(
      form([
        ["rapport", "4"],
        ["questions.1.question", "Why us?"],
        ["questions.1.howItWent", "5"],
        ["questions.0.question", "A budget you managed"],
        ["questions.0.howItWent", "1"],
        ["questions.0.notes", "No figures"],
        ["shareWithConsultant", "on"],
        ["$ACTION_ID_abc", ""],
      ]),
    );
    expect(result).toEqual({
      rapport: "4",
      shareWithConsultant: "on",
      questions: [
        { question: "A budget you managed", howItWent: "1", notes: "No figures" },
        { question: "Why us?", howItWent: "5", notes: "" },
      ],
    });
  });

  it("drops the blank row and closes gaps left by removed rows", () => {
    const result = reflectionFormObject({
      "questions.0.question": "First",
      "questions.0.howItWent": "2",
      "questions.3.question": "Second",
      "questions.3.howItWent": "3",
      "questions.4.question": "  ",
      "questions.4.howItWent": "4",
    });
    expect(result.questions.map((row) => row.question)).toEqual(["First", "Second"]);
  });

  it("keeps a row with notes but no question, so the missing question is reported", () => {
    const result = reflectionFormObject({ "questions.0.notes": "Something about salary" });
    const parsed = reflectionInputSchema.safeParse(result);
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["questions.0.question", "Write down the question"],
      ["questions.0.howItWent", "Choose how it went, from 1 to 5"],
    ]);
  });

  it("ignores unknown and tampered field names", () => {
    const result = reflectionFormObject({ "questions.99999.question": "Huge index", "questions.0.evil": "x", candidateId: "someone-else", __proto__x: "y" });
    expect(result).toEqual({ questions: [] });
  });
});

describe("reflectionInputSchema", () => {
  it("accepts an empty form: every part of a reflection is optional and sharing is off", () => {
    expect(reflectionInputSchema.parse(reflectionFormObject(new FormData()))).toEqual({
      rapport: undefined,
      answers: undefined,
      relevance: undefined,
      wentWell: null,
      toImprove: null,
      stillWant: undefined,
      shareWithConsultant: false,
      questions: [],
    });
  });

  it("coerces scores and trims text", () => {
    const parsed = reflectionInputSchema.parse(
      reflectionFormObject({ rapport: "5", answers: "1", relevance: "3", wentWell: "  Calm  ", stillWant: "maybe", shareWithConsultant: "on", "questions.0.question": " Why? ", "questions.0.howItWent": "2" }),
    );
    expect(parsed).toMatchObject({ rapport: 5, answers: 1, relevance: 3, wentWell: "Calm", stillWant: "maybe", shareWithConsultant: true });
    expect(parsed.questions).toEqual([{ question: "Why?", howItWent: 2, notes: null }]);
  });

  it("explains bad input field by field", () => {
    const result = reflectionInputSchema.safeParse(
      reflectionFormObject({
        rapport: "6",
        answers: "0",
        relevance: "2.5",
        wentWell: "x".repeat(4001),
        stillWant: "perhaps",
        "questions.0.question": "q".repeat(501),
        "questions.0.howItWent": "9",
        "questions.0.notes": "n".repeat(1001),
      }),
    );
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "rapport",
      "answers",
      "relevance",
      "wentWell",
      "stillWant",
      "questions.0.question",
      "questions.0.howItWent",
      "questions.0.notes",
    ]);
  });

  it("takes twenty questions at most", () => {
    const fields: Record<string, string> = {};
    for (let index = 0; index < 21; index++) {
      fields[`questions.${index}.question`] = `Question ${index}`;
      fields[`questions.${index}.howItWent`] = "3";
    }
    const result = reflectionInputSchema.safeParse(reflectionFormObject(fields));
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["questions"], message: "20 questions at most" })]);
  });
});
