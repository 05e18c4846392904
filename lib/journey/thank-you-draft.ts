// The portal's prefilled thank-you notes: one per interviewer, or one asking the consultant to pass
// thanks on. Pure, so the wording is tested without a database; the candidate edits it before it goes.
//
// What makes a note personal is what the candidate chose to tell us for it: the one thing they talked
// about with each interviewer. The reflection is their private record, so only its structured answer
// ("do you still want the job?") steers the tone; its written notes never appear in a draft.

import type { stillWantAnswers } from "@/lib/domain/values";
import { greetingName, joinNames, personName, salutation } from "@/lib/drafts/salutation";
import { topicPhrase } from "@/lib/drafts/topic";

export type StillWant = (typeof stillWantAnswers)[number];

export type DraftInterviewer = {
  name: string;
  /** "One thing you talked about with them", as the candidate wrote it; may be empty. */
  talkedAbout: string | null;
};

export type ThankYouDraftInput = {
  candidateName: string | null;
  role: string;
  company: string;
  round: number;
  /** Everyone who interviewed, in the order the page lists them: the order picks each note's wording. */
  interviewers: readonly DraftInterviewer[];
  viaConsultant: boolean;
  consultantName: string | null;
  /** The reflection's "do you still want the job?", or null before there is a reflection. */
  stillWant: StillWant | null;
};

export type ThankYouDraft = { subject: string; body: string };

/** Longer than this reads as a paste, not a thought: it is left out. The form allows no more. */
export const maxTalkedAboutLength = 200;

const ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

function interviewName(round: number): string {
  return round <= 1 ? "interview" : `${ordinals[round - 1] ?? `round ${round}`} interview`;
}

function clean(value: string | null | undefined): string {
  return (value ?? "").replace(/\s+/g, " ").trim();
}

/** What they talked about, as a phrase; left out when it is longer than the form allows. */
function topicOf(person: DraftInterviewer | undefined): string {
  const text = clean(person?.talkedAbout);
  return text.length > maxTalkedAboutLength ? "" : topicPhrase(text);
}

type Words = { role: string; company: string; interview: string };

// Panel members may compare notes, so each note opens, goes on and closes a little differently.
// The lists have different lengths, so the first twelve interviewers all get different notes.
const FIRST_OPENINGS = [
  (w: Words) => `Thank you for taking the time to meet me about the ${w.role} role at ${w.company}.`,
  (w: Words) => `Thank you for interviewing me for the ${w.role} role at ${w.company}.`,
  (w: Words) => `Many thanks for your time at my interview for the ${w.role} role at ${w.company}.`,
  (w: Words) => `It was a pleasure to meet you about the ${w.role} role at ${w.company}, and thank you for your time.`,
];
const LATER_OPENINGS = [
  (w: Words) => `Thank you for having me back for my ${w.interview} for the ${w.role} role at ${w.company}.`,
  (w: Words) => `Thank you for your time at my ${w.interview} for the ${w.role} role at ${w.company}.`,
  (w: Words) => `Many thanks for seeing me again about the ${w.role} role at ${w.company}.`,
  (w: Words) => `It was good to meet you at my ${w.interview} for the ${w.role} role at ${w.company}, and thank you for your time.`,
];
const FIRST_TOPICS = [
  (topic: string) => `I especially enjoyed talking about ${topic}.`,
  (topic: string) => `Our conversation about ${topic} has stayed with me since.`,
  (topic: string) => `Hearing about ${topic} gave me a much clearer picture of the work.`,
];
const LATER_TOPICS = [
  (topic: string) => `It was good to talk more about ${topic} this time.`,
  (topic: string) => `I especially valued hearing about ${topic}.`,
  (topic: string) => `Hearing more about ${topic} answered the questions I had after the last round.`,
];
const FIRST_GENERAL = [
  "I enjoyed hearing more about the team and the work.",
  "It was good to get a feel for the team and how you work.",
  "I came away with a much clearer picture of the role.",
];
const LATER_GENERAL = [
  "It was good to hear more about how the team works day to day.",
  "I came away with a clearer picture of the role and what it involves.",
  "I enjoyed picking up where we left off.",
];
// Only "yes" claims enthusiasm; "maybe" and no reflection stay neutral; "no" thanks without promising anything.
const KEEN_FIRST = [
  "It has made me keener still on the role, and I look forward to hearing about the next steps.",
  "I would be delighted to take things further, and I hope to hear from you soon.",
  "I left even more interested in the role, and I look forward to hearing from you.",
];
const KEEN_LATER = [
  "I am even keener on the role than before, and I look forward to hearing from you.",
  "Each conversation has made the role more appealing, and I hope to hear from you soon.",
  "I would very much like to take this further, and I look forward to hearing about the next steps.",
];
const NEUTRAL = [
  "I look forward to hearing from you about the next steps.",
  "I hope to hear from you in due course.",
  "I look forward to hearing how things progress.",
];
const NOT_KEEN = [
  "I appreciated how open you were about the role and the team.",
  "I appreciated the chance to find out more, whatever comes next.",
  "I wish you and the team all the best.",
];
const SIGN_OFFS = ["Best wishes", "Kind regards", "Warm regards"];

function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length]!;
}

function interestLine(stillWant: StillWant | null, round: number, index: number): string {
  if (stillWant === "no") return pick(NOT_KEEN, index);
  if (stillWant === "yes") return pick(round <= 1 ? KEEN_FIRST : KEEN_LATER, index);
  return pick(NEUTRAL, index);
}

function signOff(closing: string, name: string): string {
  return name ? `${closing},\n\n${name}` : `${closing},`;
}

function words(input: ThankYouDraftInput): Words {
  return { role: clean(input.role), company: clean(input.company), interview: interviewName(input.round) };
}

function subjectFor(input: ThankYouDraftInput): string {
  const { role, interview } = words(input);
  return input.round <= 1 ? `Thank you: ${role} interview` : `Thank you: ${interview} for ${role}`;
}

/** The note to the interviewer at `index` of `input.interviewers`, for a candidate who writes to them directly. */
export function draftToInterviewer(input: ThankYouDraftInput, index: number): ThankYouDraft {
  const person = input.interviewers[index];
  const w = words(input);
  const later = input.round > 1;
  const topic = topicOf(person);
  const opening = pick(later ? LATER_OPENINGS : FIRST_OPENINGS, index)(w);
  const detail = topic ? pick(later ? LATER_TOPICS : FIRST_TOPICS, index)(topic) : pick(later ? LATER_GENERAL : FIRST_GENERAL, index);
  return {
    subject: subjectFor(input),
    body: [
      salutation(person?.name ?? null, { company: w.company }),
      `${opening} ${detail}`,
      interestLine(input.stillWant, input.round, index),
      signOff(pick(SIGN_OFFS, index), clean(input.candidateName)),
    ].join("\n\n"),
  };
}

/** "I especially enjoyed talking to Jo Evans about the Leeds office and to Raj Patel about the audit." */
function topicsForConsultant(people: readonly DraftInterviewer[]): string {
  const talks = people.flatMap((person) => {
    const name = personName(person.name);
    const topic = topicOf(person);
    return name && topic ? [{ name, topic }] : [];
  });
  if (talks.length === 0) return "I enjoyed hearing more about the team and the work.";
  if (people.length === 1) return `I especially enjoyed our conversation about ${talks[0]!.topic}.`;
  return `I especially enjoyed talking ${joinNames(talks.map((talk) => `to ${greetingName(talk.name) || talk.name} about ${talk.topic}`))}.`;
}

function consultantInterest(stillWant: StillWant | null): string {
  if (stillWant === "no") return "I have some doubts about whether the role is right for me, so could we talk them through when you have a moment?";
  if (stillWant === "yes") return "I am still keen on the role, and I look forward to hearing any feedback.";
  return "I look forward to hearing any feedback, and to talking it over with you.";
}

/** The one note for an interview the agency arranged: the consultant passes the thanks on. */
export function draftToConsultant(input: ThankYouDraftInput): ThankYouDraft {
  const w = words(input);
  const names = input.interviewers.map((person) => personName(person.name)).filter(Boolean);
  const people = names.length > 0 && names.length === input.interviewers.length ? joinNames(names) : "everyone I met";
  return {
    subject: `Thanks to pass on: ${w.role} ${w.interview} at ${w.company}`,
    body: [
      salutation(input.consultantName, { greeting: "Hi" }),
      `Thank you for arranging my ${w.interview} for the ${w.role} role at ${w.company}. ` +
        `Please could you pass on my thanks to ${people} for their time? ${topicsForConsultant(input.interviewers)}`,
      consultantInterest(input.stillWant),
      signOff("Many thanks", clean(input.candidateName)),
    ].join("\n\n"),
  };
}

/** Every draft the interview calls for: one to the consultant, or one to each interviewer. */
export function draftThankYouNotes(input: ThankYouDraftInput): ThankYouDraft[] {
  if (input.viaConsultant) return [draftToConsultant(input)];
  return input.interviewers.map((_person, index) => draftToInterviewer(input, index));
}
