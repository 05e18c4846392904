import { z } from "zod";
import { isValidTimeZone } from "./zoned-time";

// A named zone follows its clock changes; a fixed offset such as "+01:00"
// (which Intl also accepts) would put every winter reminder an hour out.
const namedZone = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** Accepts a zone as the settings field shows it ("America/New York", any case) and gives the
 *  spelling Intl uses ("America/New_York"), so the same zone is never stored two ways. */
export function timeZoneField(required = "Choose a time zone") {
  return z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(64, "Choose a time zone from the list")
    .transform((value) => value.replace(/\s+/g, "_"))
    .refine((value) => namedZone.test(value) && isValidTimeZone(value), "Choose a time zone from the list")
    .transform((value) => new Intl.DateTimeFormat("en-GB", { timeZone: value }).resolvedOptions().timeZone);
}

/** Plus the saved zone if it is an alias. Read on the server, so the list rendered is the one that
 *  hydrates (browsers' lists differ slightly). */
export function timeZoneOptions(current: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes(current) ? zones : [current, ...zones].sort();
}
