import { z } from "zod";
import type { ConsentPurpose } from "@/lib/domain/values";

// A missing answer is an error rather than a silent no, so nobody is recorded as refusing
// something they never saw.

const answer = z.enum(["yes", "no"], "Choose yes or no").transform((value) => value === "yes");

export const consentFormSchema = z.object({
  data_retention: answer,
  representation: answer,
  marketing_email: answer,
  marketing_sms: answer,
  marketing_phone: answer,
} satisfies Record<ConsentPurpose, typeof answer>);
