import { z } from "zod";

/** The erasure form: the account's email address, typed out, as a deliberate act. */
export const erasureFormSchema = z.object({
  confirmation: z
    .string({ error: "Type your email address to confirm" })
    .trim()
    .min(1, "Type your email address to confirm")
    .max(320, "That is not the email address of this account"),
});

export function confirmsAddress(typed: string, accountEmail: string): boolean {
  return typed.trim().toLowerCase() === accountEmail.toLowerCase();
}
