import { z } from "zod";

export const retryEmailSchema = z.object({ emailId: z.uuid("Choose a failed message from the list") });

/** As stored: SHA-256 of the address, in hex (lib/email/suppression.ts). */
export const liftSuppressionSchema = z.object({
  addressHash: z
    .string({ error: "Choose a suppressed address from the list" })
    .trim()
    .toLowerCase()
    .regex(/^[0-9a-f]{64}$/, "Choose a suppressed address from the list"),
});
