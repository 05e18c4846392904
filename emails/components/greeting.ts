import { greetingName } from "../../lib/drafts/salutation";

/** "Hello Sam," from "Sam Taylor" (or "Dr Sam Taylor"); plain "Hello," when we do not know their name. */
export function greeting(name: string | null | undefined): string {
  const first = greetingName(name);
  return first ? `Hello ${first},` : "Hello,";
}

/** "Jo", "Jo and Sam", "Jo, Sam and Alex". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
