import { brand } from "@/lib/config/brand";

// One rule for the <title> a search engine shows: the page's own title plus
// the site's suffix, at most 60 characters, and a description of 140 to 160.

export const titleSuffix = ` · ${brand.siteName}`;
export const maxServedTitle = 60;
export const maxOwnTitle = maxServedTitle - titleSuffix.length;
export const descriptionLength = { min: 140, max: 160 } as const;

/** The title as served: what the root layout's template makes of a page's title. */
export function servedTitle(title: string): string {
  return `${title}${titleSuffix}`;
}

/** Every reason a page's title or description is out of bounds, in words; empty when it is fine. */
export function titleProblems(title: string, description: string): string[] {
  const problems: string[] = [];
  const served = servedTitle(title);
  if (served.length > maxServedTitle) {
    problems.push(`the title as served ("${served}") is ${served.length} characters; keep it to ${maxServedTitle} (${maxOwnTitle} before "${titleSuffix}")`);
  }
  if (description.length < descriptionLength.min || description.length > descriptionLength.max) {
    problems.push(`the description is ${description.length} characters; write ${descriptionLength.min} to ${descriptionLength.max}`);
  }
  return problems;
}
