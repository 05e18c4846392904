import { z } from "zod";
import { staffRoles } from "@/lib/domain/values";

export const invitationInputSchema = z.object({
  email: z
    .string({ error: "Enter their email address" })
    .trim()
    .toLowerCase()
    .min(1, "Enter their email address")
    .max(254, "That email address is too long")
    .pipe(z.email("Enter an email address in the right format, like name@example.com")),
  role: z.enum(staffRoles, "Choose whether they join as a consultant or an admin"),
});

export type InvitationInput = z.infer<typeof invitationInputSchema>;

export const invitationIdSchema = z.object({ invitationId: z.uuid("Choose an invitation from the list") });
