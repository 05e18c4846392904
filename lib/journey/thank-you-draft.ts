// The portal's prefilled thank-you note, built from the candidate's reflection. Pure, so the
// wording is tested without a database; the candidate always edits it before it goes.

export type ThankYouDraftInput = {
  candidateName: string | null;
  /** One interviewer; for the consultant version, everyone to thank ("Jo and Sam"), or "". */
  interviewerName: string;
  role: string;
  company: string;
  round: number;
  wentWell: string | null;
  firstQuestion: string | null;
  viaConsultant: boolean;
  consultantName: string | null;
};

export type ThankYouDraft = { subject: string; body: string };

/** Longer notes read as a paste, not a thought: past this they are left out. */
const maxDetailLength = 160;

const ordinals = ["first", "second", "third", "fourth", "fifth"];

function interviewName(round: number): string {
  return round <= 1 ? "interview" : `${ordinals[round - 1] ?? `round ${round}`} interview`;
}

function clean(value: string | null | undefined): string {
  return (value ?? "").replace(/\s+/g, " ").trim();
}

function firstSentence(value: string | null): string {
  const text = clean(value);
  return (text.split(/(?<=[.!?])\s/)[0] ?? "").replace(/[.;,:!]+$/, "");
}

// Reflections are often notes without a subject: a leading past-tense verb gets an "I".
const irregularPast = new Set([
  "felt", "built", "kept", "got", "made", "gave", "had", "was", "did", "took", "spoke", "thought", "found", "brought",
  "came", "knew", "met", "said", "told", "held", "won", "showed", "understood", "managed", "left", "explained", "sold",
]);
const sentenceWords = new Set([
  "my", "the", "our", "we", "it", "there", "they", "their", "your", "this", "that", "both", "everyone", "a", "an",
]);

/** "Stayed calm" → "I stayed calm"; "My example landed" → "my example landed"; names keep their capital. */
export function asClause(note: string): string {
  const [word = "", ...rest] = note.split(" ");
  const lower = word.toLowerCase();
  const tail = rest.length > 0 ? ` ${rest.join(" ")}` : "";
  if (word === "I") return note;
  if (irregularPast.has(lower) || /^[a-z]{3,}ed$/.test(lower)) return `I ${lower}${tail}`;
  if (sentenceWords.has(lower) || lower.endsWith("ing")) return `${lower}${tail}`;
  return note;
}

function personalLine(input: ThankYouDraftInput): string {
  const wentWell = firstSentence(input.wentWell);
  if (wentWell && wentWell.length <= maxDetailLength) {
    return `I enjoyed our conversation and left feeling positive, not least because ${asClause(wentWell)}.`;
  }
  const question = clean(input.firstQuestion).replace(/[.;,:]+$/, "");
  if (question && question.length <= maxDetailLength) {
    return `I especially enjoyed our discussion around the question ‘${question}’, which gave me plenty to think about.`;
  }
  return input.viaConsultant
    ? "I enjoyed hearing more about the team and the work."
    : "I enjoyed hearing more about the team and the work, and it has made me even keener on the role.";
}

function signOff(closing: string, name: string): string {
  return name ? `${closing},\n\n${name}` : `${closing},`;
}

export function draftThankYouNote(input: ThankYouDraftInput): ThankYouDraft {
  const role = clean(input.role);
  const company = clean(input.company);
  const interview = interviewName(input.round);
  const candidate = clean(input.candidateName);
  const personal = personalLine(input);

  if (input.viaConsultant) {
    const consultant = clean(input.consultantName);
    const people = clean(input.interviewerName) || "everyone I met";
    return {
      subject: `Thanks to pass on: ${role} ${interview} at ${company}`,
      body: [
        consultant ? `Hi ${consultant},` : "Hi,",
        `Thank you for arranging my ${interview} for the ${role} role at ${company}. ` +
          `Please could you pass on my thanks to ${people} for their time? ${personal}`,
        "I am still keen on the role, and I look forward to hearing any feedback.",
        signOff("Many thanks", candidate),
      ].join("\n\n"),
    };
  }

  const name = clean(input.interviewerName);
  const opening =
    input.round <= 1
      ? `Thank you for taking the time to meet me about the ${role} role at ${company}.`
      : `Thank you for having me back for a ${interview} for the ${role} role at ${company}.`;
  const close =
    input.round <= 1
      ? "I look forward to hearing from you about the next steps."
      : "I am even keener on the role than before, and I look forward to hearing from you.";
  return {
    subject: input.round <= 1 ? `Thank you: ${role} interview` : `Thank you: ${interview} for ${role}`,
    body: [name ? `Dear ${name},` : "Hello,", `${opening} ${personal}`, close, signOff("Best wishes", candidate)].join("\n\n"),
  };
}
