// RFC 5545 text rules, apart from the builder so each is tested on its own.

/** Escapes a TEXT value (§3.3.11); control characters other than tab are dropped, as TEXT forbids them. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/** A URI value is not escaped, but a line break in it would end the property. */
export function cleanUri(value: string): string {
  return value.replace(/[\u0000-\u001F\u007F]/g, "");
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

const MAX_OCTETS = 75;

/** 75 octets per line (§3.1), a continuation's leading space included; splits fall between code
 *  points, never inside a UTF-8 sequence or a surrogate pair. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      pieces.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join("\r\n");
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** 20261204T090000Z */
export function formatUtcDateTime(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

/** 2026-12-04 → 20261204 */
export function formatDateValue(isoDate: string): string {
  return isoDate.replace(/-/g, "");
}

/** 2026-12-04, 9:00:00 → 20261204T090000 (a local time, read with a TZID). */
export function formatLocalDateTime(isoDate: string, hour: number, minute: number, second: number): string {
  return `${formatDateValue(isoDate)}T${pad(hour)}${pad(minute)}${pad(second)}`;
}
