import { z } from "zod";
import { staffRoles } from "@/lib/domain/values";

const staffId = z.uuid("Choose a member of staff from the list");

/** The form posts "" for the successor when the person has no candidates to hand over. */
export const deactivationInputSchema = z.object({
  staffId,
  successorId: z.union([z.literal("").transform(() => null), z.uuid("Choose a consultant from the list")], {
    error: "Choose a consultant from the list",
  }),
});

export type DeactivationInput = z.infer<typeof deactivationInputSchema>;

export const roleChangeInputSchema = z.object({
  staffId,
  role: z.enum(staffRoles, "Choose consultant or admin"),
});

export type RoleChangeInput = z.infer<typeof roleChangeInputSchema>;
