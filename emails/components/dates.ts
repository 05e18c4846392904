import { brand } from "../../lib/config/brand";

/** "5 November 2026" in the reader's time zone: the form a letter uses. */
export function formatLongDate(value: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(brand.locale, { dateStyle: "long", timeZone }).format(value);
}

/** "Thursday 5 November 2026 at 10:00" in the reader's time zone. */
export function formatLongDateTime(value: Date, timeZone: string): string {
  // Built in parts: ICU versions disagree on the comma after the weekday.
  const weekday = new Intl.DateTimeFormat(brand.locale, { weekday: "long", timeZone }).format(value);
  const time = new Intl.DateTimeFormat(brand.locale, { hour: "2-digit", minute: "2-digit", timeZone }).format(value);
  return `${weekday} ${formatLongDate(value, timeZone)} at ${time}`;
}
