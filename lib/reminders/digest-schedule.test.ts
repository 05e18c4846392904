import { describe, expect, it } from "vitest";
import { englandAndWalesCalendar } from "../plans/bank-holidays";
import { dayOfWeek, isWorkingDay } from "../plans/working-days";
import { localDateTimeOf } from "../plans/zoned-time";
import { isDigestTooLate, nextCandidateDigestAt, nextConsultantDigestAt, nextDigestAt } from "./digest-schedule";

const london = "Europe/London";
const calendar = englandAndWalesCalendar();
const at = (iso: string) => new Date(iso);

describe("the weekly candidate digest", () => {
  it("goes out on the next Monday at 08:00, London time", () => {
    // Tuesday 10 November 2026 (GMT) → Monday 16 November.
    expect(nextCandidateDigestAt(at("2026-11-10T13:05:00Z"), london)).toEqual(at("2026-11-16T08:00:00Z"));
  });

  it("goes out the same Monday before 08:00, and a week later from 08:00 on", () => {
    expect(nextCandidateDigestAt(at("2026-11-16T07:59:00Z"), london)).toEqual(at("2026-11-16T08:00:00Z"));
    expect(nextCandidateDigestAt(at("2026-11-16T08:00:00Z"), london)).toEqual(at("2026-11-23T08:00:00Z"));
  });

  it("stays at 08:00 on the clock across the spring and autumn clock changes", () => {
    // Clocks go forward on Sunday 29 March 2026: Monday 08:00 BST is 07:00 UTC.
    expect(nextCandidateDigestAt(at("2026-03-27T12:00:00Z"), london)).toEqual(at("2026-03-30T07:00:00Z"));
    // And back on Sunday 25 October 2026: 08:00 GMT is 08:00 UTC again.
    expect(nextCandidateDigestAt(at("2026-10-22T12:00:00Z"), london)).toEqual(at("2026-10-26T08:00:00Z"));
  });

  it("follows the candidate's own zone, even when their Monday starts on a UTC Sunday", () => {
    // 22:00 UTC on Sunday 15 November is 07:00 on Monday in Tokyo.
    expect(nextCandidateDigestAt(at("2026-11-15T22:00:00Z"), "Asia/Tokyo")).toEqual(at("2026-11-15T23:00:00Z"));
    expect(nextCandidateDigestAt(at("2026-11-16T12:00:00Z"), "America/New_York")).toEqual(at("2026-11-16T13:00:00Z"));
  });
});

describe("the consultant morning digest", () => {
  it("goes out at 07:30 on the next working day", () => {
    expect(nextConsultantDigestAt(at("2026-11-10T13:05:00Z"), london, calendar)).toEqual(at("2026-11-11T07:30:00Z"));
    expect(nextConsultantDigestAt(at("2026-11-11T07:00:00Z"), london, calendar)).toEqual(at("2026-11-11T07:30:00Z"));
  });

  it("skips the weekend", () => {
    expect(nextConsultantDigestAt(at("2026-11-13T09:00:00Z"), london, calendar)).toEqual(at("2026-11-16T07:30:00Z"));
  });

  it("skips Easter's bank holidays and keeps 07:30 BST after the clocks went forward", () => {
    // Thursday 2 April 2026; Good Friday 3 April and Easter Monday 6 April are bank holidays.
    expect(nextConsultantDigestAt(at("2026-04-02T12:00:00Z"), london, calendar)).toEqual(at("2026-04-07T06:30:00Z"));
    // Friday 27 March, before the clocks go forward: Monday 30 March, 07:30 BST.
    expect(nextConsultantDigestAt(at("2026-03-27T09:00:00Z"), london, calendar)).toEqual(at("2026-03-30T06:30:00Z"));
  });

  it("skips Christmas, Boxing Day and its substitute Monday", () => {
    expect(nextConsultantDigestAt(at("2026-12-24T12:00:00Z"), london, calendar)).toEqual(at("2026-12-29T07:30:00Z"));
  });
});

describe("any moment of the year", () => {
  it("gives a later instant at the right local time on the right kind of day", () => {
    for (let t = Date.parse("2026-01-01T00:00:00Z"); t < Date.parse("2027-01-01T00:00:00Z"); t += 7 * 3_600_000 + 13 * 60_000) {
      const now = new Date(t);
      const weekly = nextCandidateDigestAt(now, london);
      const weeklyLocal = localDateTimeOf(weekly, london);
      expect(weekly.getTime()).toBeGreaterThan(t);
      expect(weekly.getTime() - t).toBeLessThanOrEqual(7 * 86_400_000 + 3_600_000);
      expect([dayOfWeek(weeklyLocal.date), weeklyLocal.hour, weeklyLocal.minute]).toEqual([1, 8, 0]);

      const morning = nextConsultantDigestAt(now, london, calendar);
      const morningLocal = localDateTimeOf(morning, london);
      expect(morning.getTime()).toBeGreaterThan(t);
      expect(isWorkingDay(morningLocal.date, calendar)).toBe(true);
      expect([morningLocal.hour, morningLocal.minute]).toEqual([7, 30]);
    }
  });
});

describe("nextDigestAt", () => {
  it("picks the rule by kind", () => {
    const now = at("2026-11-10T13:05:00Z");
    expect(nextDigestAt("candidate_digest", now, london, calendar)).toEqual(at("2026-11-16T08:00:00Z"));
    expect(nextDigestAt("consultant_digest", now, london, calendar)).toEqual(at("2026-11-11T07:30:00Z"));
  });

  it("falls back to London for a zone it does not know, rather than stopping the scheduler", () => {
    expect(nextDigestAt("candidate_digest", at("2026-11-10T13:05:00Z"), "Mars/Olympus", calendar)).toEqual(at("2026-11-16T08:00:00Z"));
  });
});

describe("a late digest", () => {
  it("is still sent up to 12 hours late, and skipped after that", () => {
    const due = at("2026-11-16T08:00:00Z");
    expect(isDigestTooLate(due, at("2026-11-16T20:00:00Z"))).toBe(false);
    expect(isDigestTooLate(due, at("2026-11-16T20:00:01Z"))).toBe(true);
  });
});
