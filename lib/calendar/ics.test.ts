import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildIcs, icsFileName, type IcsEvent } from "@/lib/calendar/ics";
import { addCalendarDays } from "@/lib/plans/working-days";
import { zonedTimeToUtc } from "@/lib/plans/zoned-time";

const now = new Date("2026-06-01T12:00:00Z");
const LONDON = "Europe/London";

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  // ical.js knows no zones of its own, so this checks our VTIMEZONE, not a built-in one.
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component)) };
}

const interview: IcsEvent = {
  uid: "interview-42@next-steps",
  title: "Interview: Acme Ltd, Finance Manager",
  description: "Panel of three. Bring your portfolio.",
  location: "1 Spinningfields, Manchester M3 3AP",
  url: "https://example.test/portal/interviews/42",
  start: new Date("2026-06-23T08:00:00Z"),
  end: new Date("2026-06-23T09:00:00Z"),
  alarmMinutesBefore: [60, 15],
  timeZone: LONDON,
};

describe("buildIcs", () => {
  const text = buildIcs([interview], { calendarName: "Next Steps", now });

  it("ends every line, the last included, in CRLF", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes London times as local times with a VTIMEZONE, and they parse back to the same instant", () => {
    expect(text).toContain("DTSTART;TZID=Europe/London:20260623T090000\r\n");
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n");
    const [event] = parse(text).events;
    expect(event?.uid).toBe(interview.uid);
    expect(event?.summary).toBe(interview.title);
    expect(event?.location).toBe(interview.location);
    expect(event?.startDate.zone?.tzid).toBe(LONDON);
    expect(event?.startDate.toJSDate().toISOString()).toBe("2026-06-23T08:00:00.000Z");
    expect(event?.endDate.toJSDate().toISOString()).toBe("2026-06-23T09:00:00.000Z");
    expect(event?.component.getFirstPropertyValue("url")).toBe(interview.url);
  });

  it("stamps the file with the time it was given", () => {
    const [event] = parse(text).events;
    expect(event?.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-06-01T12:00:00Z");
  });

  it("adds a display alarm for each reminder", () => {
    const [event] = parse(text).events;
    const alarms = event?.component.getAllSubcomponents("valarm") ?? [];
    expect(alarms.map((alarm) => alarm.getFirstPropertyValue("action"))).toEqual(["DISPLAY", "DISPLAY"]);
    expect(alarms.map((alarm) => (alarm.getFirstPropertyValue("trigger") as ICAL.Duration).toSeconds())).toEqual([-3600, -900]);
    expect(alarms.map((alarm) => alarm.getFirstPropertyValue("description"))).toEqual([interview.title, interview.title]);
  });

  it("names the calendar and the product", () => {
    const { calendar } = parse(text);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Next Steps");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toMatch(/^-\/\/Next Steps\/\//);
  });

  it("agrees with the Intl zone data on every London clock change from 2026 to 2035", () => {
    const events: IcsEvent[] = [];
    for (let day = "2026-01-01"; day < "2036-01-01"; day = addCalendarDays(day, 1)) {
      // Transition Sundays get every hour; other days one, to keep the file small.
      const isChangeDay = (day.slice(5, 7) === "03" || day.slice(5, 7) === "10") && day.slice(8) >= "25";
      for (const hour of isChangeDay ? [0, 1, 2, 3, 9, 23] : [9]) {
        events.push({ uid: `${day}-${hour}`, title: "t", start: zonedTimeToUtc(day, hour, 30, LONDON), timeZone: LONDON });
      }
    }
    const parsed = parse(buildIcs(events, { calendarName: "x", now })).events;
    const mismatches = events.filter((event, i) => parsed[i]?.startDate.toJSDate().getTime() !== event.start.getTime());
    expect(mismatches.map((event) => `${event.uid} ${event.start.toISOString()}`)).toEqual([]);
  });

  it("writes both 01:30s of the autumn night in UTC, as clients disagree on which a local 01:30 means", () => {
    const first = new Date("2026-10-25T00:30:00Z"); // 01:30 BST
    const second = new Date("2026-10-25T01:30:00Z"); // 01:30 GMT
    const ics = buildIcs(
      [
        { uid: "a", title: "first", start: first, timeZone: LONDON },
        { uid: "b", title: "second", start: second, timeZone: LONDON },
        { uid: "c", title: "after", start: new Date("2026-10-25T02:00:00Z"), timeZone: LONDON },
      ],
      { calendarName: "x", now },
    );
    expect(ics).toContain("DTSTART:20261025T003000Z\r\n");
    expect(ics).toContain("DTSTART:20261025T013000Z\r\n");
    expect(ics).toContain("DTSTART;TZID=Europe/London:20261025T020000\r\n");
    expect(parse(ics).events.map((event) => event.startDate.toJSDate().toISOString())).toEqual([
      "2026-10-25T00:30:00.000Z",
      "2026-10-25T01:30:00.000Z",
      "2026-10-25T02:00:00.000Z",
    ]);
  });

  it("uses UTC for other zones, without a VTIMEZONE", () => {
    const ics = buildIcs([{ ...interview, timeZone: "America/New_York" }], { calendarName: "x", now });
    expect(ics).not.toContain("VTIMEZONE");
    expect(ics).toContain("DTSTART:20260623T080000Z\r\n");
    const [event] = parse(ics).events;
    expect(event?.startDate.zone?.tzid).toBe("UTC");
    expect(event?.startDate.toJSDate().toISOString()).toBe("2026-06-23T08:00:00.000Z");
  });

  it("writes all-day events as dates in the event's zone", () => {
    // 23:30 UTC on 22 June is already 23 June in London.
    const ics = buildIcs([{ uid: "d", title: "Follow up", start: new Date("2026-06-22T23:30:00Z"), allDay: true, timeZone: LONDON }], {
      calendarName: "x",
      now,
    });
    expect(ics).toContain("DTSTART;VALUE=DATE:20260623\r\nDTEND;VALUE=DATE:20260624\r\n");
    expect(ics).not.toContain("VTIMEZONE");
    const [event] = parse(ics).events;
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe("2026-06-23");
    expect(event?.endDate.toString()).toBe("2026-06-24");
  });

  it("folds and escapes a long description so it reads back unchanged", () => {
    const description =
      "Thank them, by name, for their time; mention the project you discussed.\n" +
      "Then: ask when they expect to decide, politely. Café, naïve, 1\\2 – and an emoji 🙂, twice 🙂.\r\n".repeat(4);
    const ics = buildIcs([{ ...interview, description }], { calendarName: "Next Steps, Manchester; UK", now });
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).toContain("DESCRIPTION:Thank them\\, by name\\, for their time\\; mention the project");
    const { events } = parse(ics);
    expect(events[0]?.description).toBe(description.replace(/\r\n/g, "\n"));
    expect(ics).toContain("X-WR-CALNAME:Next Steps\\, Manchester\\; UK\r\n");
  });

  it("holds several events in one file", () => {
    const second = { ...interview, uid: "follow-up-42@next-steps", title: "Follow up with Acme", end: undefined };
    const { events } = parse(buildIcs([interview, second], { calendarName: "x", now }));
    expect(events.map((event) => event.uid)).toEqual(["interview-42@next-steps", "follow-up-42@next-steps"]);
  });

  it("refuses events it cannot write correctly", () => {
    expect(() => buildIcs([{ ...interview, uid: " " }], { calendarName: "x", now })).toThrow(RangeError);
    expect(() => buildIcs([{ ...interview, end: new Date("2026-06-23T07:00:00Z") }], { calendarName: "x", now })).toThrow(RangeError);
    expect(() => buildIcs([{ ...interview, alarmMinutesBefore: [-5] }], { calendarName: "x", now })).toThrow(RangeError);
  });
});

describe("icsFileName", () => {
  it("makes a safe kebab-case name ending in .ics", () => {
    expect(icsFileName("Follow up: Acme Ltd (2nd)")).toBe("follow-up-acme-ltd-2nd.ics");
    expect(icsFileName("Entretien chez Société Générale")).toBe("entretien-chez-societe-generale.ics");
    expect(icsFileName("../../etc/passwd")).toBe("etc-passwd.ics");
    expect(icsFileName("🙂")).toBe("event.ics");
    expect(icsFileName("a".repeat(100))).toHaveLength(64);
  });
});
