import { z } from "zod";

/** The form posts "" for "Not assigned". */
export const assignmentInputSchema = z.object({
  candidateId: z.uuid("Choose a candidate from the list"),
  consultantId: z.union([z.literal("").transform(() => null), z.uuid("Choose a consultant from the list")], {
    error: "Choose a consultant from the list",
  }),
});

export type AssignmentInput = z.infer<typeof assignmentInputSchema>;

/** The list's search parameters; anything missing or malformed falls back to "everyone, page 1". */
export const assignmentFilterSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  /** A consultant's id, "none" for unassigned candidates, or "" for all. */
  consultant: z.union([z.uuid(), z.literal("none"), z.literal("")]).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type AssignmentFilter = z.infer<typeof assignmentFilterSchema>;

/** The intake rule's form: "" means "whoever has the fewest candidates in progress". */
export const intakeInputSchema = z.object({
  consultantId: z.union([z.literal("").transform(() => null), z.uuid("Choose a consultant from the list")], {
    error: "Choose a consultant from the list",
  }),
});
