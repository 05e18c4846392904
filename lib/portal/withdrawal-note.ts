// Offered when a candidate no longer wants the job: to the consultant for an agency interview,
// who tells the client; otherwise straight to the interviewer.

import { personName, salutation } from "@/lib/drafts/salutation";

export type WithdrawalNoteInput = {
  company: string;
  role: string;
  candidateName: string | null;
  viaAgency: boolean;
  consultantName: string | null;
  /** For direct applications: the interviewer to address, when one is known. */
  interviewerName?: string | null;
};

export type WithdrawalNote = {
  recipient: string;
  subject: string;
  body: string;
};

const clean = (value: string | null | undefined) => (value ?? "").replace(/\s+/g, " ").trim();

function signOff(closing: string, name: string): string {
  return name ? `${closing},\n${name}` : `${closing},`;
}

export function withdrawalNote(input: WithdrawalNoteInput): WithdrawalNote {
  const company = clean(input.company);
  const role = clean(input.role);
  const name = clean(input.candidateName);

  if (input.viaAgency) {
    const consultant = clean(input.consultantName);
    return {
      recipient: consultant ? `${consultant}, your consultant` : "your consultant",
      subject: `Withdrawing from the ${role} role at ${company}`,
      body: [
        // Consultants are on first-name terms with their candidates.
        salutation(consultant, { greeting: "Hi" }),
        `Thank you for arranging my interview for the ${role} role at ${company}.`,
        "I have thought it over carefully and decided not to go ahead, so I would like to withdraw my application. " +
          `Please could you let ${company} know, and pass on my thanks to the interviewers for their time? ` +
          "I am happy to talk through my reasons if that helps with the feedback.",
        "I am still looking, so please do keep me in mind for other roles.",
        signOff("Best wishes", name),
      ].join("\n\n"),
    };
  }

  const interviewer = personName(input.interviewerName);
  return {
    recipient: interviewer || `the hiring team at ${company}`,
    subject: `My application for the ${role} role`,
    body: [
      salutation(interviewer, { company }),
      `Thank you for taking the time to interview me for the ${role} role at ${company}. I enjoyed finding out more about the team and the work.`,
      "After careful thought, I have decided to withdraw my application. It was not an easy decision, " +
        "and I am grateful for the time you gave me.",
      `I wish you and everyone at ${company} every success in filling the role.`,
      signOff("Kind regards", name),
    ].join("\n\n"),
  };
}
