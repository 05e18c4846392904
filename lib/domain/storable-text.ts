import { z } from "zod";

// Postgres text cannot hold U+0000: a value with one fails at the database,
// where all a form can say is "try again" (for ever) and a webhook answers
// 503 to every retry. Refused where the value comes in instead, and said.
// Found by the fuzz tests in test/fuzz.

export const hasNoNulCharacter = (value: string) => !value.includes("\u0000");

export const nulCharacterMessage = "This contains a hidden character we cannot save. Please retype it rather than pasting it.";

/** z.string() for text a person types and we store: refuses NUL with the message above. */
export const storableString = (params?: Parameters<typeof z.string>[0]) => z.string(params).refine(hasNoNulCharacter, nulCharacterMessage);
