// The article's note builder: one note per interviewer for a direct application, or one asking the
// consultant to pass thanks on. Pure, so the wording is tested without a browser.

import { joinNames, personName, salutation } from "@/lib/drafts/salutation";
import { topicPhrase } from "@/lib/drafts/topic";

export const MAX_INTERVIEWERS = 6;

export type InterviewerDetails = {
  /** As the candidate would greet them: "Sam" or "Ms Patel". */
  name: string;
  /** Optional; the mailto link goes to it. */
  email?: string;
  /** One thing they discussed, e.g. "the plans for the new Leeds office". */
  point: string;
};

export type ThankYouInput = {
  yourName: string;
  role: string;
  company: string;
  interviewers: InterviewerDetails[];
  secondRound: boolean;
  viaAgency: boolean;
  consultantName?: string;
  consultantEmail?: string;
};

export type NoteDraft = {
  recipient: string;
  /** Empty when no address was given: the mail app asks for one. */
  to: string;
  subject: string;
  body: string;
};

export type FieldErrors = Record<string, string>;

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** Trims, collapses spaces and drops a trailing full stop so the text sits inside a sentence. */
function clean(value: string | undefined): string {
  return (value ?? "").replace(/\s+/g, " ").trim().replace(/[.!?;,]+$/, "");
}

/** "Anna", "Anna and Ben", "Anna, Ben and Cara" (no Oxford comma, as a British reader writes it). */
export const joinWithAnd = joinNames;

function checkEmail(errors: FieldErrors, key: string, value: string | undefined): void {
  const email = clean(value);
  if (email !== "" && !EMAIL.test(email)) {
    errors[key] = "Enter an email address like name@example.com, or leave it blank.";
  }
}

export function validateThankYouInput(input: ThankYouInput): FieldErrors {
  const errors: FieldErrors = {};
  if (clean(input.yourName) === "") errors.yourName = "Enter your name, as you sign your emails.";
  if (clean(input.role) === "") errors.role = "Enter the job title of the role you interviewed for.";
  if (clean(input.company) === "") errors.company = "Enter the name of the company.";
  if (input.interviewers.length === 0) errors.interviewers = "Add at least one interviewer.";
  if (input.interviewers.length > MAX_INTERVIEWERS) {
    errors.interviewers = `You can write notes to up to ${MAX_INTERVIEWERS} interviewers at once.`;
  }
  input.interviewers.forEach((person, index) => {
    const key = `interviewers.${index}`;
    if (clean(person.name) === "") errors[`${key}.name`] = "Enter the interviewer's name, as you would greet them.";
    if (topicPhrase(person.point) === "") {
      errors[`${key}.point`] = "Add one thing you talked about: it is what makes the note personal.";
    }
    if (!input.viaAgency) checkEmail(errors, `${key}.email`, person.email);
  });
  if (input.viaAgency) checkEmail(errors, "consultantEmail", input.consultantEmail);
  return errors;
}

// Panel members may compare notes, so each opens and closes a little differently.
const FIRST_ROUND_OPENINGS = [
  (role: string, company: string) => `Thank you for meeting me to talk about the ${role} role at ${company}.`,
  (role: string, company: string) => `Thank you for taking the time to interview me for the ${role} role at ${company}.`,
  (role: string, company: string) => `Thank you for your time on the interview for the ${role} role at ${company}.`,
];
const SECOND_ROUND_OPENINGS = [
  (role: string, company: string) => `Thank you for having me back to talk further about the ${role} role at ${company}.`,
  (role: string, company: string) => `Thank you for meeting me at the second stage for the ${role} role at ${company}.`,
  (role: string, company: string) => `Thank you for your time at my second interview for the ${role} role at ${company}.`,
];
const FIRST_ROUND_POINTS = [
  (point: string) => `I especially enjoyed our conversation about ${point}, and it has made me even keener on the job.`,
  (point: string) => `Talking about ${point} stayed with me afterwards, and it is exactly the kind of work I would like to help with.`,
  (point: string) => `It was good to hear about ${point}; it made the role feel even more like the right next step for me.`,
];
const SECOND_ROUND_POINTS = [
  (point: string) => `Going further into ${point} this time made the role feel much more concrete.`,
  (point: string) => `It was good to pick up where we left off and talk about ${point} in more depth.`,
  (point: string) => `Hearing more about ${point} answered the questions I had after the first interview.`,
];
const SIGN_OFFS = ["Best wishes", "Kind regards", "With thanks"];

function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length] as T;
}

function directNote(input: ThankYouInput, person: InterviewerDetails, index: number): NoteDraft {
  const role = clean(input.role);
  const company = clean(input.company);
  const point = topicPhrase(person.point);
  const opening = pick(input.secondRound ? SECOND_ROUND_OPENINGS : FIRST_ROUND_OPENINGS, index)(role, company);
  const detail = pick(input.secondRound ? SECOND_ROUND_POINTS : FIRST_ROUND_POINTS, index)(point);
  const close = input.secondRound
    ? "I am even more enthusiastic about the role than after our first meeting, and I look forward to hearing from you."
    : "I look forward to hearing from you about the next steps.";
  return {
    recipient: clean(person.name),
    to: clean(person.email),
    subject: input.secondRound ? `Thank you: second interview for ${role}` : `Thank you: ${role} interview`,
    body: [salutation(person.name, { company }), `${opening} ${detail}`, close, `${pick(SIGN_OFFS, index)},`, clean(input.yourName)].join("\n\n"),
  };
}

function agencyNote(input: ThankYouInput): NoteDraft {
  const role = clean(input.role);
  const company = clean(input.company);
  // Names sit in running text here, so an address or bracket typed with a name is left out.
  const people = input.interviewers.map((person) => ({ name: personName(person.name) || clean(person.name), point: topicPhrase(person.point) }));
  const names = joinWithAnd(people.map((person) => person.name));
  const consultant = clean(input.consultantName);
  const interview = input.secondRound ? "second interview" : "interview";
  const highlights =
    people.length === 1
      ? `I especially enjoyed our conversation about ${people[0]?.point}.`
      : `I especially enjoyed talking ${joinWithAnd(people.map((p) => `to ${p.name} about ${p.point}`))}.`;
  return {
    recipient: consultant === "" ? "your consultant" : consultant,
    to: clean(input.consultantEmail),
    subject: `Debrief: ${role} ${interview} at ${company}`,
    body: [
      salutation(consultant, { greeting: "Hi" }),
      `I have just finished my ${interview} for the ${role} role at ${company}. ` +
        `Please pass on my thanks to ${names} for their time. ${highlights}`,
      "I am still very keen. When would suit you today for a quick debrief? " +
        "And if the client would welcome a note from me directly, do let me know.",
      "Thanks,",
      clean(input.yourName),
    ].join("\n\n"),
  };
}

export function draftThankYouNotes(input: ThankYouInput): NoteDraft[] {
  if (input.viaAgency) return [agencyNote(input)];
  return input.interviewers.map((person, index) => directNote(input, person, index));
}

/** A mailto: URL (RFC 6068) with the subject and body; line breaks as CRLF, as the RFC asks. */
export function mailtoHref(draft: Pick<NoteDraft, "to" | "subject" | "body">): string {
  const to = encodeURIComponent(draft.to.trim()).replace(/%40/g, "@");
  const subject = encodeURIComponent(draft.subject);
  const body = encodeURIComponent(draft.body.replace(/\r?\n/g, "\r\n"));
  return `mailto:${to}?subject=${subject}&body=${body}`;
}
