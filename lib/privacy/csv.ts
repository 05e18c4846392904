import { localDateTimeOf } from "@/lib/plans/zoned-time";

// CSV as spreadsheets read it (RFC 4180), lines ending in CRLF.

export type CsvValue = string | number | boolean | Date | null | undefined;

/** Spreadsheets run a cell starting with one of these as a formula (CSV injection, per OWASP's
 *  list); a leading apostrophe makes it plain text. */
const formulaStart = /^[=+\-@\t\r]/;

function text(value: Exclude<CsvValue, null | undefined>, timeZone: string): string {
  if (value instanceof Date) {
    const local = localDateTimeOf(value, timeZone);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${local.date} ${pad(local.hour)}:${pad(local.minute)}`;
  }
  if (typeof value === "boolean") return value ? "Yes" : "No";
  // Numbers come from the database as numbers, never from typed text, so they cannot carry a formula.
  if (typeof value === "number") return String(value);
  return formulaStart.test(value) ? `'${value}` : value;
}

export function csvField(value: CsvValue, timeZone: string): string {
  if (value === null || value === undefined) return "";
  const field = text(value, timeZone);
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

export function toCsv(
  columns: readonly { key: string; heading: string }[],
  rows: readonly Record<string, CsvValue>[],
  timeZone: string,
): string {
  const lines = [
    columns.map((column) => csvField(column.heading, timeZone)),
    ...rows.map((row) => columns.map((column) => csvField(row[column.key], timeZone))),
  ];
  return lines.map((fields) => fields.join(",")).join("\r\n") + "\r\n";
}

const acronyms: Record<string, string> = { id: "ID", url: "URL" };

/** "meetingUrl" → "Meeting URL": column headings a spreadsheet user can read. */
export function columnHeading(key: string): string {
  const words = key.split(/(?=[A-Z])/).map((word) => word.toLowerCase());
  const heading = words.map((word) => acronyms[word] ?? word).join(" ");
  return heading.charAt(0).toUpperCase() + heading.slice(1);
}
