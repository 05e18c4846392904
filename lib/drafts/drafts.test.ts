import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftThankYouNotes, type StillWant, type ThankYouDraftInput } from "@/lib/journey/thank-you-draft";
import { withdrawalNote } from "@/lib/portal/withdrawal-note";
import { draftThankYouNotes as draftToolNotes } from "@/lib/tools/thank-you-note";
import { followUpMessage } from "./follow-up-message";

// Every draft a candidate may send, rendered for many kinds of interview, and held to three rules:
// no sentence said twice, a greeting with no address or brackets in it, and nothing of the private
// reflection's written notes. (Issue 14's "drafts that read like a person".)

type Reflection = {
  stillWant: StillWant | null;
  wentWell: string;
  toImprove: string;
  questions: { question: string; notes: string | null }[];
};

type Scenario = {
  label: string;
  candidateName: string | null;
  company: string;
  role: string;
  round: number;
  source: "agency" | "direct";
  /** An agency client who welcomes notes straight from the candidate. */
  clientWelcomesDirectNotes: boolean;
  consultantName: string | null;
  interviewers: { name: string; talkedAbout: string | null }[];
  followUpContact: string | null;
  reflection: Reflection | null;
};

/** Distinctive words, so any of them in a draft can only have come from the reflection. */
const privateReflection = (stillWant: StillWant | null): Reflection => ({
  stillWant,
  wentWell: "Good rapport with Olu; he laughed at my spreadsheet joke. Nailed the SQL exercise.",
  toImprove: "Rambled on the salary question and forgot to ask about parking.",
  questions: [
    { question: "Tell me about a time you failed", notes: "Froze, then recovered with the warehouse story" },
    { question: "Why Initech?", notes: null },
  ],
});

const panels: Record<string, { name: string; talkedAbout: string }[]> = {
  one: [{ name: "Olu Adebayo", talkedAbout: "The plans for the new Leeds office." }],
  several: [
    { name: "Dr Jane Smith", talkedAbout: "how the team handles month-end" },
    { name: "Bill Lumbergh (bill@initech.example)", talkedAbout: "We talked about the TPS report cover sheets" },
    { name: "olu", talkedAbout: "Project Atlas" },
  ],
  awkward: [
    { name: "Ms Patel", talkedAbout: "“their graduate mentoring scheme”" },
    { name: "hr@initech.example", talkedAbout: "the switch to hybrid working!" },
    { name: "Mary-Jane O'Neil, Head of People", talkedAbout: "the training budget (for new starters)" },
    { name: "Prof. Sir Alan Jones PhD", talkedAbout: "the roadmap. And the budget. And the roadmap." },
  ],
  nobody: [],
};

const routes = [
  { source: "direct", clientWelcomesDirectNotes: false },
  { source: "agency", clientWelcomesDirectNotes: false },
  { source: "agency", clientWelcomesDirectNotes: true },
] as const;

/** No reflection, or one answering "do you still want the job?" each way (or not at all). */
const reflections: (Reflection | null)[] = [null, ...(["yes", "maybe", "no", null] as const).map(privateReflection)];
const contacts = [null, "Bill Lumbergh (bill@initech.example)", "Priya Shah, Connections Recruitment", "the receptionist"];

function scenarios(): Scenario[] {
  const all: Scenario[] = [];
  let n = 0;
  for (const [panelName, panel] of Object.entries(panels)) {
    for (const withTopics of [true, false]) {
      for (const reflection of reflections) {
        for (const route of routes) {
          for (const round of [1, 2, 3]) {
            n += 1;
            all.push({
              label:
                `${panelName} panel, ${withTopics ? "with" : "without"} topics, ` +
                `${reflection ? `reflection (still want it: ${reflection.stillWant ?? "not answered"})` : "no reflection"}, ` +
                `${route.source}${route.clientWelcomesDirectNotes ? " (client welcomes notes)" : ""}, round ${round}`,
              candidateName: n % 5 === 0 ? null : n % 2 ? "Sam Taylor" : "Dr Amira Hussain",
              company: n % 4 === 0 ? "Initech (UK) Ltd" : "Harbour Lane Foods",
              role: "Data Analyst",
              round,
              ...route,
              consultantName: n % 7 === 0 ? null : n % 2 ? "Priya Shah" : "priya.shah@connections.example",
              interviewers: panel.map((person) => ({ name: person.name, talkedAbout: withTopics ? person.talkedAbout : null })),
              followUpContact: contacts[n % contacts.length]!,
              reflection,
            });
          }
        }
      }
    }
  }
  return all;
}

type Draft = { kind: string; body: string };

/** What the portal and the article's tool would offer this candidate, as text they could send. */
function draftsFor(s: Scenario): Draft[] {
  const viaConsultant = s.source === "agency" && !s.clientWelcomesDirectNotes;
  const input: ThankYouDraftInput = {
    candidateName: s.candidateName,
    role: s.role,
    company: s.company,
    round: s.round,
    interviewers: s.interviewers,
    viaConsultant,
    consultantName: s.consultantName,
    stillWant: s.reflection?.stillWant ?? null,
  };
  // The whole reflection goes in under the names drafts once read it by: only its yes/maybe/no may count.
  const withPrivateNotes = {
    ...input,
    ...(s.reflection && { reflection: s.reflection, wentWell: s.reflection.wentWell, toImprove: s.reflection.toImprove, firstQuestion: s.reflection.questions[0]!.question }),
  };
  const thanks = draftThankYouNotes(withPrivateNotes).map((draft) => ({ kind: "thank-you", body: draft.body }));
  const tool = s.interviewers.length === 0
    ? []
    : draftToolNotes({
        yourName: s.candidateName ?? "Sam",
        role: s.role,
        company: s.company,
        interviewers: s.interviewers.map((person) => ({ name: person.name, point: person.talkedAbout ?? "the team" })),
        secondRound: s.round > 1,
        viaAgency: viaConsultant,
        consultantName: s.consultantName ?? undefined,
      }).map((draft) => ({ kind: "tool", body: draft.body }));
  const followUps = (["first", "second"] as const).map((which) => ({
    kind: `follow-up (${which})`,
    body: followUpMessage({
      candidateName: s.candidateName,
      company: s.company,
      role: s.role,
      interviewDay: "5 November 2026",
      which,
      contacts: s.followUpContact ? [{ name: s.followUpContact }] : s.interviewers,
    }),
  }));
  const withdrawal = s.reflection?.stillWant === "no"
    ? [{
        kind: "withdrawal",
        body: withdrawalNote({
          company: s.company,
          role: s.role,
          candidateName: s.candidateName,
          viaAgency: s.source === "agency",
          consultantName: s.consultantName,
          interviewerName: s.interviewers[0]?.name ?? null,
        }).body,
      }]
    : [];
  return [...thanks, ...tool, ...followUps, ...withdrawal];
}

/** Sentences and lines, compared as a reader would: case, spacing and end punctuation aside. */
function sentencesOf(body: string): string[] {
  return body
    .split(/\n+|(?<=[.!?])\s+/)
    .map((part) => part.trim().toLowerCase().replace(/\s+/g, " ").replace(/[.!?,;:]+$/, ""))
    .filter(Boolean);
}

function repeatedSentence(body: string): string | null {
  const seen = new Set<string>();
  for (const sentence of sentencesOf(body)) {
    if (seen.has(sentence)) return sentence;
    seen.add(sentence);
  }
  return null;
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

/** Any run of three words from the reflection's written fields, or any of them whole, found in the draft. */
function privateTextIn(body: string, reflection: Reflection | null): string | null {
  if (!reflection) return null;
  const fields = [reflection.wentWell, reflection.toImprove, ...reflection.questions.flatMap((q) => [q.question, q.notes ?? ""])].filter(Boolean);
  const draft = ` ${words(body).join(" ")} `;
  for (const field of fields) {
    const said = words(field);
    if (said.length > 0 && said.length < 3 && draft.includes(` ${said.join(" ")} `)) return field;
    for (let i = 0; i + 3 <= said.length; i += 1) {
      const run = said.slice(i, i + 3).join(" ");
      if (draft.includes(` ${run} `)) return run;
    }
  }
  return null;
}

/** The first line; it must greet by name at most, never with an address or brackets. The names
 *  the fixed scenarios use all have a first name, so there the greeting must not carry a surname
 *  (generated ones may be "J. O'Neil", greeted in full for want of a first name). */
function salutationProblem(body: string, knownNames: boolean): string | null {
  const first = body.split("\n")[0] ?? "";
  if (!/^(Dear|Hi|Hello)\b[^\n]*,$/.test(first)) return `not a greeting: ${first}`;
  if (/[@(<[]/.test(first)) return `address or bracket in the greeting: ${first}`;
  if (knownNames && /\b(Adebayo|Smith|Lumbergh|O'Neil|Shah|Jones|PhD|Head)\b/.test(first)) return `more than a first name: ${first}`;
  return null;
}

function problems(s: Scenario): string[] {
  return draftsFor(s).flatMap((draft) => {
    const found = [
      repeatedSentence(draft.body) && `repeats "${repeatedSentence(draft.body)}"`,
      salutationProblem(draft.body, s.label !== "generated"),
      privateTextIn(draft.body, s.reflection) && `quotes the reflection: "${privateTextIn(draft.body, s.reflection)}"`,
    ].filter(Boolean);
    return found.map((problem) => `${s.label}, ${draft.kind}: ${problem}`);
  });
}

describe("every draft the candidate may send", () => {
  const all = scenarios();

  it("covers one and several interviewers, with and without a reflection, agency and direct", () => {
    expect(all.length).toBeGreaterThanOrEqual(20);
    expect(new Set(all.map((s) => s.interviewers.length > 1)).size).toBe(2);
    expect(new Set(all.map((s) => s.reflection === null)).size).toBe(2);
    expect(new Set(all.map((s) => s.source))).toEqual(new Set(["agency", "direct"]));
    expect(all.flatMap(draftsFor).length).toBeGreaterThan(all.length * 3);
  });

  it.each(all.map((s) => [s.label, s] as const))("%s: no repeated sentence, a clean greeting, no private notes", (_label, s) => {
    expect(problems(s)).toEqual([]);
  });

  it("greets by first name, as a person would", () => {
    const direct = all.find((s) => s.source === "direct" && s.interviewers.length === 4 && s.reflection && s.company === "Harbour Lane Foods")!;
    expect(draftsFor(direct).filter((d) => d.kind === "thank-you").map((d) => d.body.split("\n")[0])).toEqual([
      "Dear Ms Patel,",
      "Dear Harbour Lane Foods hiring team,",
      "Dear Mary-Jane,",
      "Dear Alan,",
    ]);
  });

  it("holds for names, notes and reflections nobody thought of", () => {
    const name = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc
        .tuple(
          fc.constantFrom("", "Dr ", "Ms ", "mr. ", "Prof "),
          fc.constantFrom("Olu", "jane", "ZOË", "Mary-Jane", "D'Arcy", "J."),
          fc.constantFrom("", " Smith", " O'Neil", " de Souza"),
          fc.constantFrom("", " (jo@initech.example)", ", Head of Data", " <x@y.example>", " [interim]", " MBE"),
        )
        .map((parts) => parts.join("")),
    );
    const scenario = fc.record({
      label: fc.constant("generated"),
      candidateName: fc.option(name),
      company: fc.constantFrom("Initech", "Harbour Lane Foods", "AT&T (UK) Ltd"),
      role: fc.constantFrom("Data Analyst", "Housing Officer"),
      round: fc.integer({ min: 1, max: 20 }),
      source: fc.constantFrom("agency" as const, "direct" as const),
      clientWelcomesDirectNotes: fc.boolean(),
      consultantName: fc.option(name),
      interviewers: fc.array(fc.record({ name, talkedAbout: fc.option(fc.string({ maxLength: 220 })) }), { maxLength: 12 }),
      followUpContact: fc.option(name),
      reflection: fc.option(fc.constantFrom<StillWant | null>("yes", "maybe", "no", null).map(privateReflection)),
    });
    fc.assert(
      fc.property(scenario, (s) => {
        expect(problems(s)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
