import { z } from "zod";
import { checkbox } from "@/lib/actions/form-fields";
import { storableString } from "@/lib/domain/storable-text";
import { isValidTimeZone } from "@/lib/plans/zoned-time";

// What the settings form accepts. Only these fields: role, email and
// consultant are not the candidate's to set, so the schema does not know them.

// A named zone follows its clock changes; a fixed offset such as "+01:00"
// (which Intl also accepts) would put every winter reminder an hour out.
const namedZone = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

export const settingsInputSchema = z.object({
  name: storableString()
    .trim()
    .max(120, "Keep your name under 120 characters")
    .optional()
    .transform((value) => (value ? value : null)),
  timeZone: z
    .string({ error: "Choose your time zone" })
    .trim()
    .min(1, "Choose your time zone")
    .max(64, "Choose a time zone from the list")
    .refine((value) => namedZone.test(value) && isValidTimeZone(value), "Choose a time zone from the list"),
  remindersEnabled: checkbox,
  digestEnabled: checkbox,
});
export type SettingsInput = z.output<typeof settingsInputSchema>;

/** The zones offered in the form: every zone this server knows, and the one already saved if it is an alias. */
export function timeZoneOptions(current: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes(current) ? zones : [current, ...zones].sort();
}
