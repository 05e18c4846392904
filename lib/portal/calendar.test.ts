import ICAL from "ical.js";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { AuthorizationError } from "@/lib/auth/errors";
import { calendarFeeds } from "@/lib/db/schema/privacy";
import { createApplication } from "@/lib/journey/applications";
import { createInterview, getOwnInterview, setPlanStepState } from "@/lib/journey/interviews";
import { applicationInputSchema, interviewInputSchema } from "@/lib/journey/schemas";
import { followUpIcs, interviewIcs } from "./calendar-downloads";
import { createCalendarFeed, feedIcsForToken, getOwnCalendarFeedStatus, revokeCalendarFeeds } from "./calendar-feed";

const now = new Date("2026-11-09T12:00:00Z");
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
let interviewA: string;
let followUpA: string;
let reflectA: string;
let interviewB: string;

const interview = (applicationId: string, overrides: Record<string, unknown> = {}) =>
  interviewInputSchema.parse({
    applicationId,
    round: "1",
    date: "2026-11-10",
    time: "10:00",
    timeZone: "Europe/London",
    durationMinutes: "45",
    format: "video",
    meetingUrl: "https://meet.example.com/abc-def",
    location: "Harbour Lane Foods, 1 Dock Street, Leeds",
    timelineKind: "relative",
    timelineAmount: "4",
    timelineUnit: "weeks",
    followUpContact: "Sam Patel, talent team",
    interviewers: [{ name: "Jo Evans", title: "Head of Data", email: "jo@example.com" }, { name: "Ravi Shah" }],
    ...overrides,
  });

async function addInterview(caller: typeof world.candidateA, company: string, overrides: Record<string, unknown> = {}) {
  const applicationId = await createApplication(caller, applicationInputSchema.parse({ company, role: "Data Analyst", source: "direct" }), now);
  return (await createInterview(caller, interview(applicationId, overrides), now))!;
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}
const triggers = (event: ICAL.Event) =>
  event.component.getAllSubcomponents("valarm").map((alarm) => (alarm.getFirstPropertyValue("trigger") as ICAL.Duration).toSeconds());

beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
  interviewA = await addInterview(world.candidateA, "Harbour Lane Foods");
  const steps = (await getOwnInterview(world.candidateA, interviewA))!.steps;
  followUpA = steps.find((step) => step.kind === "follow_up_1")!.id;
  reflectA = steps.find((step) => step.kind === "reflect")!.id;
  interviewB = await addInterview(world.candidateB, "Beta Secret plc");
});
afterAll(() => testDb.dispose());

describe("interviewIcs", () => {
  it("gives the interview in its own time zone with alarms, and its follow-ups as separate events", async () => {
    const file = (await interviewIcs(world.candidateA, interviewA, now))!;
    expect(file.fileName).toBe("interview-harbour-lane-foods-data-analyst.ics");
    expect(file.content).toContain("DTSTART;TZID=Europe/London:20261110T100000\r\n");
    const [event, first, second, ...rest] = parse(file.content);
    expect(rest).toEqual([]);
    expect(event!.uid).toBe(`interview-${interviewA}@next-steps`);
    expect(event!.summary).toBe("Interview: Harbour Lane Foods, Data Analyst");
    expect(event!.startDate.toJSDate().toISOString()).toBe("2026-11-10T10:00:00.000Z");
    expect(event!.endDate.toJSDate().toISOString()).toBe("2026-11-10T10:45:00.000Z");
    expect(event!.location).toBe("Harbour Lane Foods, 1 Dock Street, Leeds");
    expect(event!.description).toContain("Join: https://meet.example.com/abc-def");
    expect(event!.description).toContain("- Jo Evans, Head of Data (jo@example.com)\n- Ravi Shah");
    expect(triggers(event!)).toEqual([-3600, -900]);

    // Four weeks' notice from Tuesday 10 November: the first follow-up on Tuesday 1 December at 09:00.
    expect(first!.uid).toMatch(/^step-[0-9a-f-]+@next-steps$/);
    expect(first!.summary).toBe("Follow up: Harbour Lane Foods, Data Analyst");
    expect(first!.startDate.toJSDate().toISOString()).toBe("2026-12-01T09:00:00.000Z");
    expect(first!.endDate.toJSDate().toISOString()).toBe("2026-12-01T09:15:00.000Z");
    expect(first!.description).toContain("Who to contact: Sam Patel, talent team");
    expect(triggers(first!)).toEqual([-900]);
    expect(second!.summary).toBe("Second follow-up: Harbour Lane Foods, Data Analyst");
  });

  it("writes other zones in UTC and keeps the same UID on every download", async () => {
    const id = await addInterview(world.candidateA, "Tokyo Works", { timeZone: "Asia/Tokyo", time: "09:00" });
    const first = (await interviewIcs(world.candidateA, id, now))!.content;
    const again = (await interviewIcs(world.candidateA, id, new Date(now.getTime() + 60_000)))!.content;
    expect(first).toContain("DTSTART:20261110T000000Z\r\n");
    expect(first).not.toContain("BEGIN:VTIMEZONE");
    expect(parse(again).map((event) => event.uid)).toEqual(parse(first).map((event) => event.uid));
  });

  it("names the round after the first, on the interview and its follow-ups", async () => {
    const id = await addInterview(world.candidateA, "Second Round Ltd", { round: "2" });
    const summaries = parse((await interviewIcs(world.candidateA, id, now))!.content).map((event) => event.summary);
    expect(summaries).toEqual([
      "Interview: Second Round Ltd, Data Analyst (round 2)",
      "Follow up: Second Round Ltd, Data Analyst (round 2)",
      "Second follow-up: Second Round Ltd, Data Analyst (round 2)",
    ]);
  });

  it("leaves out follow-ups that are done", async () => {
    const id = await addInterview(world.candidateA, "Done Already Ltd");
    const step = (await getOwnInterview(world.candidateA, id))!.steps.find((s) => s.kind === "follow_up_1")!;
    await setPlanStepState(world.candidateA, step.id, "done", now);
    const summaries = parse((await interviewIcs(world.candidateA, id, now))!.content).map((event) => event.summary);
    expect(summaries).toEqual(["Interview: Done Already Ltd, Data Analyst", "Second follow-up: Done Already Ltd, Data Analyst"]);
  });

  it("is null for someone else's interview, an unknown id or a malformed one", async () => {
    expect(await interviewIcs(world.candidateB, interviewA, now)).toBeNull();
    expect(await interviewIcs(world.candidateA, interviewB, now)).toBeNull();
    expect(await interviewIcs(world.candidateA, "00000000-0000-4000-8000-000000000000", now)).toBeNull();
    expect(await interviewIcs(world.candidateA, "1 or 1=1", now)).toBeNull();
  });

  it("is not for staff", async () => {
    await expect(interviewIcs(world.consultantA, interviewA, now)).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe("followUpIcs", () => {
  it("gives one 15-minute event with a 15-minute alarm", async () => {
    const file = (await followUpIcs(world.candidateA, followUpA, now))!;
    expect(file.fileName).toBe("follow-up-harbour-lane-foods-data-analyst.ics");
    const [event, ...rest] = parse(file.content);
    expect(rest).toEqual([]);
    expect(event!.uid).toBe(`step-${followUpA}@next-steps`);
    expect(event!.description).toContain("Follow up if you have not heard.");
    expect(event!.endDate.toJSDate().getTime() - event!.startDate.toJSDate().getTime()).toBe(15 * 60_000);
    expect(triggers(event!)).toEqual([-900]);
  });

  it("is null for another candidate, for steps that are not follow-ups and for bad ids", async () => {
    expect(await followUpIcs(world.candidateB, followUpA, now)).toBeNull();
    expect(await followUpIcs(world.candidateA, reflectA, now)).toBeNull();
    expect(await followUpIcs(world.candidateA, "not-a-step", now)).toBeNull();
  });
});

describe("the private calendar feed", () => {
  it("stores only a hash of a 32-byte token and serves the owner's calendar", async () => {
    const token = await createCalendarFeed(world.candidateA, now);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await testDb.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, world.candidateA.id));
    expect(rows.map((row) => row.tokenHash)).toEqual([createHash("sha256").update(token).digest("hex")]);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(await getOwnCalendarFeedStatus(world.candidateA)).toEqual({ active: true, createdAt: now });

    const feed = (await feedIcsForToken(token, now))!;
    const uids = parse(feed).map((event) => event.uid);
    expect(uids).toContain(`interview-${interviewA}@next-steps`);
    expect(uids).toContain(`step-${followUpA}@next-steps`);
    expect(uids).not.toContain(`interview-${interviewB}@next-steps`);
    expect(feed).not.toContain("Beta Secret");
  });

  it("keeps the last 30 days and drops older interviews", async () => {
    const token = await createCalendarFeed(world.candidateA, now);
    const laterNow = new Date("2026-12-05T12:00:00Z");
    const summaries = parse((await feedIcsForToken(token, laterNow))!).map((event) => event.summary);
    expect(summaries).toContain("Interview: Harbour Lane Foods, Data Analyst");
    const muchLater = new Date("2027-02-01T12:00:00Z");
    expect(parse((await feedIcsForToken(token, muchLater))!).map((event) => event.summary)).not.toContain(
      "Interview: Harbour Lane Foods, Data Analyst",
    );
  });

  it("turns off the old link when a new one is made, and every link on revoking", async () => {
    const first = await createCalendarFeed(world.candidateA, now);
    const second = await createCalendarFeed(world.candidateA, now);
    expect(await feedIcsForToken(first, now)).toBeNull();
    expect(await feedIcsForToken(second, now)).not.toBeNull();
    expect(await revokeCalendarFeeds(world.candidateA, now)).toBe(1);
    expect(await feedIcsForToken(second, now)).toBeNull();
    expect(await getOwnCalendarFeedStatus(world.candidateA)).toEqual({ active: false, createdAt: null });
  });

  it("is null for unknown and malformed tokens", async () => {
    expect(await feedIcsForToken("A".repeat(43), now)).toBeNull();
    expect(await feedIcsForToken("short", now)).toBeNull();
    expect(await feedIcsForToken(`${"A".repeat(42)}/`, now)).toBeNull();
  });

  it("cannot be revoked by another candidate, whose own link shows only their records", async () => {
    const tokenA = await createCalendarFeed(world.candidateA, now);
    const before = await testDb.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, world.candidateA.id));
    expect(await revokeCalendarFeeds(world.candidateB, now)).toBe(0);
    const tokenB = await createCalendarFeed(world.candidateB, now);
    expect(await feedIcsForToken(tokenA, now)).not.toBeNull();
    const after = await testDb.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, world.candidateA.id));
    expect(after).toEqual(before);
    const feedB = (await feedIcsForToken(tokenB, now))!;
    const summaries = parse(feedB).map((event) => event.summary);
    expect(summaries).toContain("Interview: Beta Secret plc, Data Analyst");
    expect(summaries.filter((summary) => summary.includes("Harbour Lane"))).toEqual([]);
  });

  it("is not for staff", async () => {
    await expect(createCalendarFeed(world.consultantA, now)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(revokeCalendarFeeds(world.admin, now)).rejects.toBeInstanceOf(AuthorizationError);
  });
});
