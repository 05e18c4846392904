import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createApplication, createPerson } from "@/test/journey-fixtures";
import type { CurrentUser } from "@/lib/auth/dal";
import { auditLog } from "@/lib/db/schema/privacy";
import { attentionRowsPerPage, attentionRowsPerSection } from "./attention-sections";
import { listNeedsAttention, viewNeedsAttention, type SectionItems } from "./needs-attention";

// Monday 16 November 2026, 07:30 in London.
const now = new Date("2026-11-16T07:30:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const london = "Europe/London";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.dispose());

describe("listNeedsAttention", () => {
  it("lists the overdue steps of the consultant's own candidates, oldest first, and nobody else's", async () => {
    const db = testDb.db;
    const consultant = await createPerson(db, { role: "consultant", name: "Priya Shah" });
    const otherConsultant = await createPerson(db, { role: "consultant" });
    const sam = await createPerson(db, { name: "Sam Taylor", consultantId: consultant.id });
    const alex = await createPerson(db, { name: "Alex Morgan", consultantId: consultant.id });
    const someoneElses = await createPerson(db, { name: "Jordan Lee", consultantId: otherConsultant.id });

    await createApplication(db, sam.id, {
      company: "Harbour Lane Foods",
      source: "agency",
      consultantId: consultant.id,
      steps: [
        { kind: "debrief", dueAt: daysAgo(3) },
        { kind: "thanks", dueAt: daysAgo(2) },
        { kind: "reflect", dueAt: daysAgo(2) }, // the candidate's own business
        { kind: "follow_up_1", dueAt: new Date("2026-11-20T09:00:00Z") }, // not yet
        { kind: "decide", dueAt: daysAgo(1), state: "done" },
      ],
    });
    // A direct application Sam has not shared: the agency must not see it.
    await createApplication(db, sam.id, { company: "Private Ltd", steps: [{ kind: "follow_up_1", dueAt: daysAgo(4) }] });
    // A shared direct one: the agency may.
    await createApplication(db, alex.id, { company: "Northern Rail Parts", sharedWithAgency: true, steps: [{ kind: "follow_up_1", dueAt: daysAgo(5) }] });
    // A closed application needs nobody.
    await createApplication(db, alex.id, { company: "Closed plc", source: "agency", stage: "rejected", steps: [{ kind: "debrief", dueAt: daysAgo(6) }] });
    await createApplication(db, someoneElses.id, { company: "Elsewhere Ltd", source: "agency", steps: [{ kind: "debrief", dueAt: daysAgo(1) }] });

    const items = await listNeedsAttention(db, { id: consultant.id, role: "consultant", timeZone: london }, now);
    expect(items.map(({ candidateName, company, reason, ageDays }) => [candidateName, company, reason, ageDays])).toEqual([
      ["Alex Morgan", "Northern Rail Parts", "Follow-up due", 5],
      ["Sam Taylor", "Harbour Lane Foods", "Debrief not done", 3],
      ["Sam Taylor", "Harbour Lane Foods", "Thank-you note overdue", 2],
    ]);

    const others = await listNeedsAttention(db, { id: otherConsultant.id, role: "consultant", timeZone: london }, now);
    expect(others.map((item) => item.candidateName)).toEqual(["Jordan Lee"]);
  });

  it("is empty for a consultant whose candidates are up to date", async () => {
    const consultant = await createPerson(testDb.db, { role: "consultant" });
    const candidate = await createPerson(testDb.db, { consultantId: consultant.id });
    await createApplication(testDb.db, candidate.id, { company: "Calm Co", source: "agency", steps: [{ kind: "debrief", dueAt: daysAgo(1), state: "done" }] });
    expect(await listNeedsAttention(testDb.db, { id: consultant.id, role: "consultant", timeZone: london }, now)).toEqual([]);
  });
});

describe("viewNeedsAttention", () => {
  const asCaller = (person: { id: string; name: string | null; email: string }, role: CurrentUser["role"]): CurrentUser => ({ ...person, role });
  const viewsBy = (actorId: string) => testDb.db.select().from(auditLog).where(eq(auditLog.actorId, actorId)).orderBy(auditLog.id);
  const section = (sections: SectionItems[], key: SectionItems["section"]) => sections.find((found) => found.section === key)!;

  it("writes one view line per page view naming each candidate shown once, without any page calling it", async () => {
    const db = testDb.db;
    const consultant = asCaller(await createPerson(db, { role: "consultant" }), "consultant");
    const sam = await createPerson(db, { name: "Sam Viewed", consultantId: consultant.id });
    const alex = await createPerson(db, { name: "Alex Viewed", consultantId: consultant.id });
    await createApplication(db, sam.id, { company: "One Ltd", source: "agency", steps: [{ kind: "debrief", dueAt: daysAgo(3) }, { kind: "thanks", dueAt: daysAgo(2) }] });
    await createApplication(db, alex.id, { company: "Two Ltd", source: "agency", steps: [{ kind: "debrief", dueAt: daysAgo(1) }] });

    const sections = await viewNeedsAttention(consultant, london, { page: 1 }, now);
    expect(sections.map(({ section: key, total }) => [key, total])).toEqual([["handoffs", 0], ["news", 0], ["steps", 3], ["quiet", 0]]);
    expect(section(sections, "steps").items.map((item) => item.candidateName)).toEqual(["Sam Viewed", "Sam Viewed", "Alex Viewed"]);
    expect(await viewsBy(consultant.id)).toEqual([
      expect.objectContaining({ candidateId: null, action: "view", entity: "needs_attention", details: { candidateIds: [sam.id, alex.id] }, at: now }),
    ]);

    await viewNeedsAttention(consultant, london, { section: "steps", page: 1 }, now);
    expect(await viewsBy(consultant.id)).toHaveLength(2);
  });

  it("logs nothing when nothing is waiting, and the digest's listNeedsAttention logs nothing at all", async () => {
    const consultant = asCaller(await createPerson(testDb.db, { role: "consultant" }), "consultant");
    const candidate = await createPerson(testDb.db, { consultantId: consultant.id });
    expect((await viewNeedsAttention(consultant, london, { page: 1 }, now)).every((found) => found.items.length === 0 && found.total === 0)).toBe(true);
    await createApplication(testDb.db, candidate.id, { company: "Due Co", source: "agency", steps: [{ kind: "debrief", dueAt: daysAgo(1) }] });
    expect(await listNeedsAttention(testDb.db, { id: consultant.id, role: "consultant", timeZone: london }, now)).toHaveLength(1);
    expect(await viewsBy(consultant.id)).toEqual([]);
  });

  it("shows each section's longest-waiting few under its true count, and the rest a page at a time", async () => {
    const db = testDb.db;
    const consultant = asCaller(await createPerson(db, { role: "consultant" }), "consultant");
    const busy = await createPerson(db, { name: "Busy Candidate", consultantId: consultant.id });
    // 57 overdue debriefs, one a day: Step 00 has waited longest (57 days), Step 56 one day.
    const overdue = 57;
    for (let index = 0; index < overdue; index += 1) {
      await createApplication(db, busy.id, { company: `Step ${String(index).padStart(2, "0")}`, source: "agency", steps: [{ kind: "debrief", dueAt: daysAgo(overdue - index) }] });
    }
    const companies = (found: SectionItems) => found.items.map((item) => item.company);
    const all = Array.from({ length: overdue }, (_, index) => `Step ${String(index).padStart(2, "0")}`);

    const steps = section(await viewNeedsAttention(consultant, london, { page: 1 }, now), "steps");
    expect(steps.total).toBe(overdue);
    expect(companies(steps)).toEqual(all.slice(0, attentionRowsPerSection));

    const first = (await viewNeedsAttention(consultant, london, { section: "steps", page: 1 }, now))[0]!;
    const second = (await viewNeedsAttention(consultant, london, { section: "steps", page: 2 }, now))[0]!;
    expect([first.section, first.total, second.total]).toEqual(["steps", overdue, overdue]);
    expect(companies(first)).toEqual(all.slice(0, attentionRowsPerPage));
    expect(companies(second)).toEqual(all.slice(attentionRowsPerPage));
    expect((await viewNeedsAttention(consultant, london, { section: "steps", page: 3 }, now))[0]).toMatchObject({ items: [], total: overdue });

    // The digest still hears about every one.
    expect(await listNeedsAttention(db, { id: consultant.id, role: "consultant", timeZone: london }, now)).toHaveLength(overdue);
  });
});
