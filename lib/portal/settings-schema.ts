import { z } from "zod";
import { checkbox } from "@/lib/actions/form-fields";
import { storableString } from "@/lib/domain/storable-text";
import { timeZoneField } from "@/lib/plans/time-zones";

// What the settings form accepts. Only these fields: role, email and
// consultant are not the candidate's to set, so the schema does not know them.

export const settingsInputSchema = z.object({
  name: storableString()
    .trim()
    .max(120, "Keep your name under 120 characters")
    .optional()
    .transform((value) => (value ? value : null)),
  timeZone: timeZoneField("Choose your time zone"),
  remindersEnabled: checkbox,
  digestEnabled: checkbox,
});
export type SettingsInput = z.output<typeof settingsInputSchema>;
