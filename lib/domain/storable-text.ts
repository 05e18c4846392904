import { z } from "zod";

// Postgres text cannot hold U+0000; failing at the database leaves a form saying "try again" for
// ever and a webhook answering 503 to every retry, so NUL is refused where the value comes in.

export const hasNoNulCharacter = (value: string) => !value.includes("\u0000");

export const nulCharacterMessage = "This contains a hidden character we cannot save. Please retype it rather than pasting it.";

/** z.string() for text a person types and we store: refuses NUL with the message above. */
export const storableString = (params?: Parameters<typeof z.string>[0]) => z.string(params).refine(hasNoNulCharacter, nulCharacterMessage);
