import { describe, expect, it } from "vitest";
import { timeZoneField } from "./time-zones";

const field = timeZoneField("Choose your time zone");
const errorOf = (value: unknown) => field.safeParse(value).error?.issues.map((issue) => issue.message);

describe("timeZoneField", () => {
  it("accepts a zone as the list shows it or as typed, and gives Intl's spelling", () => {
    expect(field.parse("Europe/London")).toBe("Europe/London");
    expect(field.parse("America/New York")).toBe("America/New_York");
    expect(field.parse("  america/new_york ")).toBe("America/New_York");
    expect(field.parse("europe/london")).toBe("Europe/London");
    expect(field.parse("UTC")).toBe("UTC");
  });

  it("refuses anything that is not a named zone, with one message", () => {
    expect(errorOf("Atlantis/Capital")).toEqual(["Choose a time zone from the list"]);
    expect(errorOf("London")).toEqual(["Choose a time zone from the list"]);
    // An offset would put every winter reminder an hour out.
    expect(errorOf("+01:00")).toEqual(["Choose a time zone from the list"]);
    expect(errorOf("Asia/Calcutta (Kolkata)")).toEqual(["Choose a time zone from the list"]);
    expect(errorOf("")).toEqual(["Choose your time zone"]);
    expect(errorOf(undefined)).toEqual(["Choose your time zone"]);
    expect(errorOf("x".repeat(65))).toEqual(["Choose a time zone from the list"]);
  });
});
