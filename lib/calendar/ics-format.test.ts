import { describe, expect, it } from "vitest";
import { escapeText, foldLine, formatUtcDateTime } from "@/lib/calendar/ics-format";

const octets = (text: string) => new TextEncoder().encode(text).length;

describe("escapeText", () => {
  it("escapes backslashes, semicolons, commas and line breaks", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });

  it("drops control characters that TEXT forbids, keeping tabs", () => {
    expect(escapeText("a\u0007b\tc")).toBe("ab\tc");
  });
});

describe("foldLine", () => {
  it("leaves a short line alone", () => {
    expect(foldLine("SUMMARY:Follow up")).toBe("SUMMARY:Follow up");
  });

  it("folds at 75 octets, continuation lines starting with a space", () => {
    const folded = foldLine(`DESCRIPTION:${"x".repeat(200)}`);
    const lines = folded.split("\r\n");
    // 212 octets: 75 on the first line, then 74 + a space, then the last 63 + a space.
    expect(lines.map(octets)).toEqual([75, 75, 64]);
    expect(lines.slice(1).every((line) => line.startsWith(" "))).toBe(true);
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join("")).toBe(`DESCRIPTION:${"x".repeat(200)}`);
  });

  it("never splits a multi-byte character", () => {
    const line = `SUMMARY:${"é😀£".repeat(40)}`;
    const lines = foldLine(line).split("\r\n");
    for (const piece of lines) {
      expect(octets(piece)).toBeLessThanOrEqual(75);
      expect(piece).not.toContain("\uFFFD");
      expect(piece.isWellFormed()).toBe(true);
    }
    expect(lines.map((piece, i) => (i === 0 ? piece : piece.slice(1))).join("")).toBe(line);
  });
});

describe("formatUtcDateTime", () => {
  it("writes a UTC date-time with the Z suffix", () => {
    expect(formatUtcDateTime(new Date("2026-12-04T09:05:07.900Z"))).toBe("20261204T090507Z");
  });
});
