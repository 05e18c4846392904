import { z } from "zod";
import { checkbox } from "@/lib/actions/form-fields";
import { storableString } from "@/lib/domain/storable-text";
import { stillWantAnswers } from "@/lib/domain/values";
import { optionalText } from "./schemas";

// Shared with the client form, for its labels and to rebuild its rows.

export const MAX_QUESTIONS = 20;

/** What 1 and 5 mean on each scale, for the legends and the question library. */
export const scoreScales = {
  rapport: { legend: "Rapport with the interviewers", low: "no connection", high: "got on really well" },
  answers: { legend: "Your answers", low: "hesitant or thin", high: "easy, detailed and to the point" },
  relevance: { legend: "Relevance of your answers", low: "often off the question", high: "always on the question" },
} as const;
export type ScoreField = keyof typeof scoreScales;

export const howItWentLabels: Record<number, string> = {
  1: "Tripped me up",
  2: "Shaky",
  3: "All right",
  4: "Good",
  5: "Nailed it",
};

export const stillWantLabels = { yes: "Yes", maybe: "Maybe, not sure yet", no: "No" } as const;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalScore = (message: string) =>
  z.preprocess(blankToUndefined, z.coerce.number(message).int(message).min(1, message).max(5, message).optional());

const questionSchema = z.object({
  question: storableString({ error: "Write down the question" })
    .trim()
    .min(1, "Write down the question")
    .max(500, "Keep the question under 500 characters"),
  howItWent: z.preprocess(
    blankToUndefined,
    z.coerce.number("Choose how it went, from 1 to 5").int().min(1, "Choose how it went, from 1 to 5").max(5, "Choose how it went, from 1 to 5"),
  ),
  notes: optionalText(1000, "Keep the notes under 1,000 characters"),
});

export const reflectionInputSchema = z.object({
  rapport: optionalScore("Choose a number from 1 to 5"),
  answers: optionalScore("Choose a number from 1 to 5"),
  relevance: optionalScore("Choose a number from 1 to 5"),
  wentWell: optionalText(4000, "Keep this under 4,000 characters"),
  toImprove: optionalText(4000, "Keep this under 4,000 characters"),
  stillWant: z.preprocess(blankToUndefined, z.enum(stillWantAnswers, "Choose yes, maybe or no").optional()),
  shareWithConsultant: checkbox.default(false),
  questions: z.array(questionSchema).max(MAX_QUESTIONS, `${MAX_QUESTIONS} questions at most`).default([]),
});
export type ReflectionInput = z.output<typeof reflectionInputSchema>;

export type ReflectionFormObject = {
  rapport?: string;
  answers?: string;
  relevance?: string;
  wentWell?: string;
  toImprove?: string;
  stillWant?: string;
  shareWithConsultant?: string;
  questions: { question: string; howItWent: string; notes: string }[];
};

const SIMPLE_FIELDS = ["rapport", "answers", "relevance", "wentWell", "toImprove", "stillWant", "shareWithConsultant"] as const;
// Three digits are plenty for 20 rows; a longer index is tampering, and is dropped rather than allocated.
const QUESTION_FIELD = /^questions\.(\d{1,3})\.(question|howItWent|notes)$/;

/** A row with no question and no notes is the form's blank row, so it is dropped. The client form
 *  rebuilds its rows with this too, so errors ("questions.1.question") point at the rows shown. */
export function reflectionFormObject(fields: FormData | Record<string, string>): ReflectionFormObject {
  const entries: [string, unknown][] = fields instanceof FormData ? [...fields.entries()] : Object.entries(fields);
  const result: ReflectionFormObject = { questions: [] };
  const rows = new Map<number, { question: string; howItWent: string; notes: string }>();
  for (const [key, value] of entries) {
    if (typeof value !== "string") continue;
    if ((SIMPLE_FIELDS as readonly string[]).includes(key)) {
      result[key as (typeof SIMPLE_FIELDS)[number]] ??= value;
      continue;
    }
    const match = QUESTION_FIELD.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? { question: "", howItWent: "", notes: "" };
    row[match[2] as "question" | "howItWent" | "notes"] = value;
    rows.set(index, row);
  }
  result.questions = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => row.question.trim() !== "" || row.notes.trim() !== "");
  return result;
}
