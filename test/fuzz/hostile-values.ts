// Values a browser never sends but a script can: what the fuzz tests put in
// form fields, query strings, headers and bodies. Weighted towards the
// shapes that break things (NUL bytes, huge strings, near-miss dates and
// ids) rather than uniformly random text, which every schema rejects early.
import fc from "fast-check";

const long = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Strings that have broken form handlers somewhere. */
export const nastyStrings = [
  "",
  " ",
  "   \t\n  ",
  "\u0000",
  "a\u0000b",
  "\u0000".repeat(64),
  "\u200B\u200B",
  "\uFEFF",
  "\u202Eevil",
  "\r\n\r\nInjected: header",
  "😀👩‍👩‍👧‍👦",
  "Zoë Ångström-Łukasiewicz",
  "' OR 1=1 --",
  "'; drop table users; --",
  "\\",
  "%00",
  "%",
  "_",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "${7*7}{{7*7}}",
  "../../../../etc/passwd",
  "__proto__",
  "constructor",
  "[object File]",
  "null",
  "undefined",
  "true",
  "on",
  long("x", 20_000),
  long("é", 20_000),
  long("\u0000", 5_000),
  long("😀", 10_000),
  long("a b ", 5_001),
];

/** Numbers out of range or in the wrong notation. */
export const nastyNumbers = [
  "-1", "0", "1.5", "21", "366", "721", "4", "1e3", "1e309", "-0", "NaN", "Infinity", "-Infinity",
  "9007199254740993", "0x10", " 3 ", "3abc", "٣", "１", "99999999999999999999999",
];

/** Dates and times that look nearly right. */
export const nastyDates = [
  "2026-02-30", "2026-13-01", "2026-00-10", "0000-01-01", "1970-01-01", "9999-12-31", "+275760-09-13", "-000001-01-01",
  "2026-1-1", "01/12/2026", "2026-11-27T10:00", "2026-11-27 ", "2026-11-27\u0000", "2099-01-01",
];
export const nastyTimes = ["24:00", "23:60", "9:30", "14:30:00", "14.30", "2pm", "-1:00", "14:30\n"];
export const nastyTimeZones = ["Mars/Olympus_Mons", "UTC", "Etc/GMT+14", "europe/london", "Europe/London ", "../../etc", "Local"];

/** Ids that are the right shape but nobody's, or the wrong shape altogether. */
export const nastyIds = [
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "11111111-1111-4111-8111-111111111111",
  "11111111-1111-4111-8111-11111111111",
  "11111111-1111-4111-8111-1111111111111",
  "{11111111-1111-4111-8111-111111111111}",
  "11111111111141118111111111111111",
  "1",
  "-1",
  "' OR ''='",
];

export const nastyEmails = [
  "a@b", "no-at-sign", "@example.com", "x@example.com\u0000", "x@exam ple.com", `${long("a", 250)}@example.com`,
  "CANDIDATE-A@WORLD.TEST", " candidate-a@world.test ", "x@example.com,y@example.com", "x@example.com\r\nBcc: y@example.com",
];

/** Long values print as their start and length, so a counterexample stays readable. */
export const shown = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 30)}…(${text.length} characters)` : text);

/** Any string a field might receive: mostly the curated ones, sometimes fast-check's own. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...nastyStrings) },
  { weight: 2, arbitrary: fc.constantFrom(...nastyNumbers) },
  { weight: 2, arbitrary: fc.constantFrom(...nastyDates, ...nastyTimes, ...nastyTimeZones) },
  { weight: 2, arbitrary: fc.constantFrom(...nastyIds) },
  { weight: 1, arbitrary: fc.constantFrom(...nastyEmails) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.integer().map(String) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom("\u0000", "\u0007", "\u001B", "\u007F", "\uD800", "\uFFFF"), fc.string({ maxLength: 10 }))
      .map(([control, text]) => `${text}${control}${text}`),
  },
);
