import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string({ error: "Enter your email address" })
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address")
    .max(254, "That email address is too long")
    .pipe(z.email("Enter an email address in the right format, like name@example.com")),
  callbackUrl: z.string().max(512).optional(),
});

export type SignInFormState = {
  status: "idle" | "error";
  message?: string;
  fieldErrors?: { email?: string[] };
  email?: string;
};
