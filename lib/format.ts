import { brand } from "@/lib/config/brand";

/** Dates and times as a British reader expects, in their own time zone. */
export function formatDateTime(value: Date, timeZone: string = brand.defaultTimeZone): string {
  return new Intl.DateTimeFormat(brand.locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(value);
}

export function formatDate(value: Date, timeZone: string = brand.defaultTimeZone): string {
  return new Intl.DateTimeFormat(brand.locale, { dateStyle: "medium", timeZone }).format(value);
}
