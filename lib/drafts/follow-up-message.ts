import { salutation } from "./salutation";

// The message the follow-up reminder suggests the candidate sends. The contact is often typed as
// "Bill Lumbergh (bill@initech.example)" or "Priya Shah, Connections Recruitment": the greeting
// takes the first name from it, never the address or the rest.

export type FollowUpMessageInput = {
  candidateName: string | null;
  company: string;
  role: string;
  /** The interview's date as a letter writes it: "5 November 2026". */
  interviewDay: string;
  /** Two follow-ups at most: pacing matters more than persistence. */
  which: "first" | "second";
  /** The follow-up contact recorded after the interview, else the interviewers; may be empty. */
  contacts: readonly { name: string }[];
};

export function followUpMessage(input: FollowUpMessageInput): string {
  const opening = salutation(input.contacts.map((contact) => contact.name), { company: input.company });
  const body =
    input.which === "first"
      ? `I hope you are well. I am writing to follow up on my interview for the ${input.role} role on ${input.interviewDay}. ` +
        "I am still very interested in the position and would be grateful for any update on your decision."
      : `I am following up once more on my interview for the ${input.role} role on ${input.interviewDay}. ` +
        "I remain keen on the role and would appreciate knowing where things stand, whatever the outcome.";
  const name = input.candidateName?.trim();
  const signOff = name ? `Best wishes,\n${name}` : "Best wishes,";
  return `${opening}\n\n${body}\n\n${signOff}`;
}
