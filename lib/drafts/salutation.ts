// How a draft greets someone. The names come from what people typed ("Dr Jane Smith", "Bill Lumbergh
// (bill@initech.example)", "Priya Shah, Connections Recruitment", "HR team"), so they are read for a
// first name rather than pasted: a greeting never carries an address, brackets or a job title.
// Pure, shared by every note the candidate may send (thank-you, follow-up, withdrawal).

const HONORIFICS = new Map(
  ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Rev", "Revd", "Reverend"].map(
    (title) => [title.toLowerCase(), title],
  ),
);

/** Letters after a name ("MBE", "PhD") and generational suffixes say nothing about what to call someone. */
const POSTNOMINALS = new Set(["jr", "jnr", "sr", "snr", "ii", "iii", "iv", "phd", "mba", "mbe", "obe", "cbe", "frsa", "aca", "fca", "cipd", "mcipd"]);

/** Words that say the "name" is a role or a team: "the receptionist", "HR team", "Talent at Initech". */
const NOT_A_PERSON = new Set([
  "the", "my", "our", "your", "their", "whoever", "someone", "anyone", "team", "hr", "reception", "receptionist",
  "recruitment", "recruiter", "recruiters", "talent", "hiring", "manager", "office", "department", "panel", "unknown", "n/a",
]);

const EMAIL = /\S+@\S+/g;
const BRACKETED = /\([^)]*\)?|\[[^\]]*\]?|\{[^}]*\}?|<[^>]*>?/g;

/** A name as running text: without addresses, anything in brackets, or characters no name has. */
export function plainName(value: string | null | undefined): string {
  return (value ?? "")
    .replace(BRACKETED, " ")
    .replace(EMAIL, " ")
    .replace(/[^\p{L}\p{M}\p{N}'’&.\- ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[-.'’&\s]+|[-'’&\s]+$/g, "");
}

/** A person's name in running text ("pass on my thanks to Dr Jane Smith"): plain, and without full
 *  stops, so a name can never end a sentence of the note early. */
export function personName(value: string | null | undefined): string {
  return plainName(plainName(value).replace(/\./g, " "));
}

/** "olu" or "OLU" typed in a hurry reads better as "Olu"; "McKenzie" and "de Souza" are left alone. */
function tidyCase(word: string): string {
  const isAllLower = word === word.toLowerCase();
  const isAllUpper = word === word.toUpperCase();
  if (!(isAllLower || isAllUpper) || word.length < 2) return word;
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_match, joiner: string, letter: string) => joiner + letter.toUpperCase());
}

const isInitial = (word: string) => /^\p{L}$/u.test(word);

/**
 * The name to greet someone by, or "" when there is none to be had:
 * "Dr Jane Smith" → "Jane", "Ms Patel" → "Ms Patel", "Olu" → "Olu", "J. Smith" → "J Smith",
 * "Bill Lumbergh (bill@initech.example)" → "Bill", "Priya Shah, Connections Recruitment" → "Priya",
 * "bill@initech.example" → "", "the receptionist" → "".
 */
export function greetingName(value: string | null | undefined): string {
  // What follows a comma, dash or slash is a job title or an employer, not part of the name.
  const beforeQualifier = (value ?? "").replace(BRACKETED, " ").replace(EMAIL, " ").split(/,|;|\||\/| [-–—] /)[0] ?? "";
  const words = personName(beforeQualifier)
    .split(" ")
    .filter((word) => word !== "" && !/^\p{N}/u.test(word));
  if (words.length === 0 || words.some((word) => NOT_A_PERSON.has(word.toLowerCase()))) return "";

  let title = "";
  while (words.length > 0 && HONORIFICS.has(words[0]!.toLowerCase())) title = HONORIFICS.get(words.shift()!.toLowerCase())!;
  while (words.length > 1 && POSTNOMINALS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  const names = words.map(tidyCase);
  if (names.length === 0) return "";
  // "Dr Smith" is how to greet someone we only know by title and surname.
  if (names.length === 1) return title ? `${title} ${names[0]}` : names[0]!;
  // "J Smith": an initial is no name to greet anyone by.
  if (isInitial(names[0]!)) return title ? `${title} ${names[names.length - 1]}` : names.join(" ");
  return names[0]!;
}

/** "Jo", "Jo and Sam", "Jo, Sam and Alex" (no Oxford comma, as a British reader writes it). */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** More people than this and the note is to a team, not to people. */
const MAX_GREETED = 3;

export type SalutationOptions = {
  /** "Dear" for interviewers and employers; "Hi" for the candidate's own consultant. */
  greeting?: "Dear" | "Hi";
  /** Greets "Dear <company> hiring team," when there is nobody to name; without it, "Hello,". */
  company?: string | null;
};

/**
 * The opening line of a note: "Dear Olu,", "Dear Jo and Raj,", "Hi Priya,". When anyone named cannot
 * be greeted by name, nobody is singled out: "Dear Initech hiring team," or "Hello,".
 */
export function salutation(names: string | null | readonly (string | null)[], options: SalutationOptions = {}): string {
  const list = (Array.isArray(names) ? names : [names]).filter((name): name is string => Boolean(name?.trim()));
  const greeted = list.map(greetingName);
  if (greeted.length > 0 && greeted.length <= MAX_GREETED && greeted.every(Boolean)) {
    return `${options.greeting ?? "Dear"} ${joinNames(greeted)},`;
  }
  const company = plainName(options.company);
  return company ? `Dear ${company} hiring team,` : "Hello,";
}
