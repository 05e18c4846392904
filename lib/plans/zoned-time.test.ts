import { describe, expect, it } from "vitest";
import { addCalendarDays } from "./working-days";
import { instantsAtWallTime, isValidTimeZone, localDateOf, localDateTimeOf, zonedTimeToUtc } from "./zoned-time";

const LONDON = "Europe/London";
const NEW_YORK = "America/New_York";
const iso = (date: Date) => date.toISOString();

describe("localDateOf", () => {
  it("gives the date on the candidate's wall calendar, not UTC's", () => {
    expect(localDateOf(new Date("2026-06-01T23:30:00Z"), LONDON)).toBe("2026-06-02"); // 00:30 BST
    expect(localDateOf(new Date("2026-01-01T23:30:00Z"), LONDON)).toBe("2026-01-01"); // 23:30 GMT
    expect(localDateOf(new Date("2026-06-02T01:00:00Z"), NEW_YORK)).toBe("2026-06-01"); // 21:00 EDT
    expect(localDateOf(new Date("2026-06-01T20:00:00Z"), "Pacific/Auckland")).toBe("2026-06-02");
  });

  it("reads midnight as hour 0, never 24", () => {
    expect(localDateTimeOf(new Date("2026-01-05T00:00:00Z"), LONDON)).toEqual({
      date: "2026-01-05",
      hour: 0,
      minute: 0,
      second: 0,
    });
  });
});

describe("localDateTimeOf against Intl itself", () => {
  // The arithmetic shortcut must say exactly what formatToParts says, on days with a clock change too.
  const zones = [LONDON, NEW_YORK, "UTC", "Asia/Tokyo", "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham", "America/Sao_Paulo", "Africa/Casablanca", "America/St_Johns"];
  const formats = new Map(
    zones.map((timeZone) => [timeZone, new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })]),
  );
  const reference = (instant: Date, timeZone: string) => {
    const parts = Object.fromEntries(formats.get(timeZone)!.formatToParts(instant).map((part) => [part.type, part.value]));
    return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
  };

  it("agrees every few hours for two years, in zones with odd offsets and half-hour summer time", () => {
    const start = Date.UTC(2025, 11, 31, 22, 0, 0);
    for (const timeZone of zones) {
      const differences: string[] = [];
      for (let at = start; at < start + 2 * 366 * 86_400_000; at += 187 * 60_000 + 1_234) {
        const instant = new Date(at);
        const got = localDateTimeOf(instant, timeZone);
        const expected = reference(instant, timeZone);
        if (JSON.stringify(got) !== JSON.stringify(expected)) differences.push(`${instant.toISOString()} ${timeZone}`);
      }
      expect(differences).toEqual([]);
    }
  });

  it("agrees to the second around each clock change", () => {
    // London, New York, Lord Howe (30-minute summer time) and Chatham (UTC+12:45) in 2026.
    const changes = ["2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z", "2026-03-08T07:00:00Z", "2026-11-01T06:00:00Z", "2026-04-04T15:00:00Z", "2026-10-03T15:30:00Z", "2026-04-04T14:00:00Z", "2026-09-26T14:00:00Z"];
    for (const timeZone of zones) {
      for (const change of changes) {
        for (const seconds of [-3601, -1, 0, 1, 1799, 3600]) {
          const instant = new Date(Date.parse(change) + seconds * 1000 + 999);
          expect(localDateTimeOf(instant, timeZone), `${instant.toISOString()} ${timeZone}`).toEqual(reference(instant, timeZone));
        }
      }
    }
  });
});

describe("zonedTimeToUtc", () => {
  it("puts 09:00 in London at 09:00 UTC in winter and 08:00 UTC in summer", () => {
    expect(iso(zonedTimeToUtc("2026-03-27", 9, 0, LONDON))).toBe("2026-03-27T09:00:00.000Z");
    expect(iso(zonedTimeToUtc("2026-03-29", 9, 0, LONDON))).toBe("2026-03-29T08:00:00.000Z");
    expect(iso(zonedTimeToUtc("2026-10-24", 9, 0, LONDON))).toBe("2026-10-24T08:00:00.000Z");
    expect(iso(zonedTimeToUtc("2026-10-25", 9, 0, LONDON))).toBe("2026-10-25T09:00:00.000Z");
  });

  it("reads a time skipped in spring with the offset from before the gap", () => {
    // 01:30 does not exist on 29 March 2026; the clock shows 02:30 BST then.
    expect(iso(zonedTimeToUtc("2026-03-29", 1, 30, LONDON))).toBe("2026-03-29T01:30:00.000Z");
    expect(iso(zonedTimeToUtc("2026-03-29", 1, 0, LONDON))).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(zonedTimeToUtc("2026-03-29", 0, 59, LONDON))).toBe("2026-03-29T00:59:00.000Z");
    expect(iso(zonedTimeToUtc("2026-03-29", 2, 0, LONDON))).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(zonedTimeToUtc("2026-03-08", 2, 30, NEW_YORK))).toBe("2026-03-08T07:30:00.000Z");
  });

  it("takes the first of a time repeated in autumn", () => {
    expect(iso(zonedTimeToUtc("2026-10-25", 1, 30, LONDON))).toBe("2026-10-25T00:30:00.000Z"); // BST
    expect(iso(zonedTimeToUtc("2026-10-25", 1, 0, LONDON))).toBe("2026-10-25T00:00:00.000Z");
    expect(iso(zonedTimeToUtc("2026-10-25", 2, 0, LONDON))).toBe("2026-10-25T02:00:00.000Z");
    expect(iso(zonedTimeToUtc("2026-11-01", 1, 30, NEW_YORK))).toBe("2026-11-01T05:30:00.000Z"); // EDT
    expect(iso(zonedTimeToUtc("2026-04-05", 2, 30, "Pacific/Auckland"))).toBe("2026-04-04T13:30:00.000Z"); // NZDT
  });

  it("handles zones east of Greenwich and with half-hour offsets", () => {
    expect(iso(zonedTimeToUtc("2026-01-01", 9, 0, "Asia/Kolkata"))).toBe("2026-01-01T03:30:00.000Z");
    expect(iso(zonedTimeToUtc("2026-01-01", 9, 0, "Pacific/Auckland"))).toBe("2025-12-31T20:00:00.000Z");
  });

  it("round-trips every day of two years at 09:00 local", () => {
    for (const zone of [LONDON, NEW_YORK, "Australia/Sydney"]) {
      for (let day = "2026-01-01"; day < "2028-01-01"; day = addCalendarDays(day, 1)) {
        expect(localDateTimeOf(zonedTimeToUtc(day, 9, 0, zone), zone)).toEqual({ date: day, hour: 9, minute: 0, second: 0 });
      }
    }
  });

  it("rejects what it cannot place", () => {
    expect(() => zonedTimeToUtc("2026-02-30", 9, 0, LONDON)).toThrow(RangeError);
    expect(() => zonedTimeToUtc("2026-02-03", 24, 0, LONDON)).toThrow(RangeError);
    expect(() => zonedTimeToUtc("2026-02-03", 9, 60, LONDON)).toThrow(RangeError);
    expect(() => zonedTimeToUtc("2026-02-03", 9, 0, "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});

describe("instantsAtWallTime", () => {
  it("finds one instant normally, none in the spring gap and two in the repeated autumn hour", () => {
    expect(instantsAtWallTime("2026-06-23", 9, 0, LONDON).map(iso)).toEqual(["2026-06-23T08:00:00.000Z"]);
    expect(instantsAtWallTime("2026-03-29", 1, 30, LONDON)).toEqual([]);
    expect(instantsAtWallTime("2026-10-25", 1, 30, LONDON).map(iso)).toEqual([
      "2026-10-25T00:30:00.000Z",
      "2026-10-25T01:30:00.000Z",
    ]);
  });
});

describe("isValidTimeZone", () => {
  it("accepts IANA names and rejects anything else", () => {
    expect(isValidTimeZone(LONDON)).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});
