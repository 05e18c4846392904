import { describe, expect, it } from "vitest";
import { columnHeading, csvField, toCsv } from "./csv";

const london = "Europe/London";

describe("csvField", () => {
  it("quotes fields with commas, quotes and line breaks, doubling the quotes", () => {
    expect(csvField("Smith, Jones & Co", london)).toBe('"Smith, Jones & Co"');
    expect(csvField('The "big" one', london)).toBe('"The ""big"" one"');
    expect(csvField("line one\nline two", london)).toBe('"line one\nline two"');
    expect(csvField("carriage\r\nreturn", london)).toBe('"carriage\r\nreturn"');
    expect(csvField("plain", london)).toBe("plain");
  });

  it("turns text a spreadsheet would run as a formula into plain text", () => {
    expect(csvField("=HYPERLINK(\"http://evil.test\",\"Click\")", london)).toBe('"\'=HYPERLINK(""http://evil.test"",""Click"")"');
    expect(csvField("+44 161 832 0303", london)).toBe("'+44 161 832 0303");
    expect(csvField("-1+2", london)).toBe("'-1+2");
    expect(csvField("@SUM(A1:A9)", london)).toBe("'@SUM(A1:A9)");
    expect(csvField("\t=1+1", london)).toBe("'\t=1+1");
    expect(csvField("a=b", london)).toBe("a=b");
  });

  it("writes numbers, yes/no, empty values and times in the candidate's zone", () => {
    expect(csvField(-3, london)).toBe("-3");
    expect(csvField(true, london)).toBe("Yes");
    expect(csvField(false, london)).toBe("No");
    expect(csvField(null, london)).toBe("");
    expect(csvField(undefined, london)).toBe("");
    // 09:30 UTC in summer is 10:30 in London.
    expect(csvField(new Date("2026-07-01T09:30:00Z"), london)).toBe("2026-07-01 10:30");
    expect(csvField(new Date("2026-12-01T09:30:00Z"), london)).toBe("2026-12-01 09:30");
  });
});

describe("toCsv", () => {
  it("writes a heading line and one CRLF line per row, in the columns' order", () => {
    const csv = toCsv(
      [
        { key: "company", heading: "Company" },
        { key: "notes", heading: "Notes, if any" },
      ],
      [
        { company: "Acme", notes: "Said \"soon\"", ignored: "x" },
        { company: "=cmd", notes: null },
      ],
      london,
    );
    expect(csv).toBe('Company,"Notes, if any"\r\nAcme,"Said ""soon"""\r\n\'=cmd,\r\n');
  });
});

describe("columnHeading", () => {
  it("makes camelCase keys readable", () => {
    expect(columnHeading("meetingUrl")).toBe("Meeting URL");
    expect(columnHeading("interviewId")).toBe("Interview ID");
    expect(columnHeading("company")).toBe("Company");
  });
});
