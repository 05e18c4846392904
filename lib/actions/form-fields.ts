import { z } from "zod";

/** A checkbox as a form posts it: "on" when ticked and absent when not; "true" or true from a script. */
export const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());
