import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld, interviewInput } from "@/test/fixtures";
import { applicationStageEvents, applications, planSteps } from "@/lib/db/schema/journey";
import { reminders } from "@/lib/db/schema/delivery";
import { auditLog } from "@/lib/db/schema/privacy";
import { AuthorizationError } from "@/lib/auth/errors";
import { createInterview } from "@/lib/journey/interviews";
import { moveApplicationStage } from "@/lib/journey/move-stage";
import { boardCardsPerStage, loadPipeline, stageCardsPerPage } from "./pipeline";
import { parsePipelineFilters } from "./pipeline-filters";

const now = new Date("2026-11-10T12:00:00Z");
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
let privateDirectId: string;
let sharedDirectId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
  const rows = await testDb.db
    .insert(applications)
    .values([
      { candidateId: world.candidateA.id, company: "Private Co", role: "Analyst", source: "direct", stage: "applied", stageChangedAt: new Date("2026-11-01T09:00:00Z") },
      { candidateId: world.candidateA.id, company: "Shared Ltd", role: "Data Lead", source: "direct", sharedWithAgency: true, stage: "awaiting_decision", stageChangedAt: new Date("2026-11-05T09:00:00Z") },
    ])
    .returning({ id: applications.id });
  [privateDirectId, sharedDirectId] = rows.map((row) => row.id) as [string, string];
});
afterAll(() => testDb.dispose());

const companies = async (caller: Parameters<typeof loadPipeline>[0], query: Record<string, string> = {}) =>
  (await loadPipeline(caller, parsePipelineFilters(query), now)).cards.map((card) => card.company).sort();

describe("the pipeline board", () => {
  it("shows a consultant their own candidates' agency and shared applications, and nothing else", async () => {
    expect(await companies(world.consultantA)).toEqual(["Alpha Ltd", "Shared Ltd"]);
    // Candidate B's only application is direct and not shared.
    expect(await companies(world.consultantB)).toEqual([]);
    expect(await companies(world.admin)).toEqual(["Alpha Ltd", "Shared Ltd"]);
    const cards = (await loadPipeline(world.consultantA, {}, now)).cards;
    expect(cards.map((card) => card.id)).not.toContain(privateDirectId);
    // The fixture's interview is tomorrow: the card says so; one with no interview says nothing.
    expect(cards.find((card) => card.company === "Alpha Ltd")).toMatchObject({ nextInterviewAt: new Date(now.getTime() + 86_400_000), lastInterviewAt: null });
    expect(cards.find((card) => card.company === "Shared Ltd")).toMatchObject({ nextInterviewAt: null, lastInterviewAt: null });
  });

  it("follows a share as soon as it changes", async () => {
    await testDb.db.update(applications).set({ sharedWithAgency: true }).where(eq(applications.id, world.applicationB.id));
    expect(await companies(world.consultantB)).toEqual(["Beta plc"]);
    await testDb.db.update(applications).set({ sharedWithAgency: false }).where(eq(applications.id, world.applicationB.id));
    expect(await companies(world.consultantB)).toEqual([]);
  });

  it("filters by stage, company, search and date range, and counts per stage", async () => {
    expect(await companies(world.consultantA, { stage: "awaiting_decision" })).toEqual(["Shared Ltd"]);
    expect(await companies(world.consultantA, { company: "alpha" })).toEqual(["Alpha Ltd"]);
    expect(await companies(world.consultantA, { q: "data lead" })).toEqual(["Shared Ltd"]);
    expect(await companies(world.consultantA, { q: "candidate-a@" })).toEqual(["Alpha Ltd", "Shared Ltd"]);
    expect(await companies(world.consultantA, { from: "2026-11-04", to: "2026-11-06" })).toEqual(["Shared Ltd"]);
    expect(await companies(world.consultantA, { q: "%" })).toEqual([]);
    // Nonsense in the query string is dropped, not an error.
    expect(await companies(world.consultantA, { stage: "nonsense", from: "yesterday" })).toEqual(["Alpha Ltd", "Shared Ltd"]);
    const board = await loadPipeline(world.consultantA, {}, now);
    expect(board.countsByStage).toEqual({ interviewing: 1, awaiting_decision: 1 });
  });

  it("refuses a candidate", async () => {
    await expect(loadPipeline(world.candidateA, {}, now)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(moveApplicationStage(world.candidateA, { applicationId: world.applicationA.id, stage: "offer" }, now)).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe("a caseload bigger than the board", () => {
  // Thirty offers moved a day apart in October: Offer 00 the longest ago, Offer 29 the latest.
  const offers = Array.from({ length: 30 }, (_, index) => ({
    candidateId: "",
    company: `Offer ${String(index).padStart(2, "0")}`,
    role: "Analyst",
    source: "agency" as const,
    stage: "offer" as const,
    stageChangedAt: new Date(Date.UTC(2026, 9, 1 + index)),
  }));
  let ids: Record<string, string> = {};
  beforeAll(async () => {
    const rows = await testDb.db
      .insert(applications)
      .values(offers.map((offer) => ({ ...offer, candidateId: world.candidateA.id, consultantId: world.consultantA.id })))
      .returning({ id: applications.id, company: applications.company });
    ids = Object.fromEntries(rows.map((row) => [row.company, row.id]));
  });
  afterAll(async () => {
    for (const id of Object.values(ids)) await testDb.db.delete(applications).where(eq(applications.id, id));
  });

  const load = (query: Record<string, string>, include?: string) => loadPipeline(world.consultantA, parsePipelineFilters(query), now, "Europe/London", include);
  const offerCompanies = (board: Awaited<ReturnType<typeof load>>) => board.cards.filter((card) => card.stage === "offer").map((card) => card.company);
  const newestFirst = offers.map((offer) => offer.company).reverse();

  it("shows each stage's most recently moved few on the board, under the stage's true count", async () => {
    const board = await load({});
    expect(offerCompanies(board)).toEqual(newestFirst.slice(0, boardCardsPerStage));
    expect(board.countsByStage).toEqual({ interviewing: 1, awaiting_decision: 1, offer: 30 });
  });

  it("shows one stage a page at a time, newest first, every application once, with every stage's count", async () => {
    const first = await load({ stage: "offer" });
    const second = await load({ stage: "offer", page: "2" });
    expect(offerCompanies(first)).toEqual(newestFirst.slice(0, stageCardsPerPage));
    expect(offerCompanies(second)).toEqual(newestFirst.slice(stageCardsPerPage));
    expect(first.cards.every((card) => card.stage === "offer")).toBe(true);
    // The counts ignore the stage chosen, so the view can link to the others.
    expect(second.countsByStage).toEqual({ interviewing: 1, awaiting_decision: 1, offer: 30 });
    expect((await load({ stage: "offer", page: "3" })).cards).toEqual([]);
    // Page one has no page in its address; nonsense is page one too.
    expect(offerCompanies(await load({ stage: "offer", page: "1" }))).toEqual(offerCompanies(first));
    expect(offerCompanies(await load({ stage: "offer", page: "second" }))).toEqual(offerCompanies(first));
  });

  it("finds by search or filter an application the board leaves out", async () => {
    expect(offerCompanies(await load({}))).not.toContain("Offer 00");
    expect(offerCompanies(await load({ q: "offer 00" }))).toEqual(["Offer 00"]);
    expect(offerCompanies(await load({ company: "Offer 01" }))).toEqual(["Offer 01"]);
    expect(offerCompanies(await load({ to: "2026-10-02" }))).toEqual(["Offer 01", "Offer 00"]);
  });

  it("sends the card just moved where the window would leave it out, as long as the filters allow it", async () => {
    const oldest = ids["Offer 00"]!;
    const board = await load({}, oldest);
    expect(offerCompanies(board)).toEqual([...newestFirst.slice(0, boardCardsPerStage), "Offer 00"]);
    expect(offerCompanies(await load({ stage: "offer" }, oldest))).toContain("Offer 00");
    expect(offerCompanies(await load({ company: "Offer 29" }, oldest))).toEqual(["Offer 29"]);
    // Another consultant's view never gains it.
    expect((await loadPipeline(world.consultantB, {}, now, "Europe/London", oldest)).cards).toEqual([]);
  });
});

describe("moving an application on the board", () => {
  it("moves it, records the history and the audit line, and closes its plan and reminders", async () => {
    const interviewId = await createInterview(world.candidateA, interviewInput(world.applicationA.id, { date: "2026-11-20" }), now);
    const pendingReminders = () =>
      testDb.db.select().from(reminders).where(and(eq(reminders.interviewId, interviewId!), eq(reminders.state, "scheduled")));
    expect((await pendingReminders()).length).toBeGreaterThan(0);

    const later = new Date("2026-11-25T10:00:00Z");
    expect(await moveApplicationStage(world.consultantA, { applicationId: world.applicationA.id, stage: "offer" }, later)).toBe("moved");
    const [moved] = await testDb.db.select().from(applications).where(eq(applications.id, world.applicationA.id));
    expect(moved).toMatchObject({ stage: "offer", stageChangedAt: later });
    const events = await testDb.db.select().from(applicationStageEvents).where(eq(applicationStageEvents.applicationId, world.applicationA.id));
    expect(events).toContainEqual(expect.objectContaining({ fromStage: "interviewing", toStage: "offer", changedBy: world.consultantA.id }));
    const audit = await testDb.db.select().from(auditLog).where(eq(auditLog.entityId, world.applicationA.id));
    expect(audit).toEqual([expect.objectContaining({ actorId: world.consultantA.id, candidateId: world.candidateA.id, action: "update", entity: "application" })]);
    expect(await pendingReminders()).toHaveLength(0);
    const open = await testDb.db.select().from(planSteps).where(and(eq(planSteps.interviewId, interviewId!), eq(planSteps.state, "pending")));
    expect(open.every((step) => step.kind === "keep_looking")).toBe(true);

    expect(await moveApplicationStage(world.consultantA, { applicationId: world.applicationA.id, stage: "offer" }, later)).toBe("unchanged");
  });

  it("changes nothing for a consultant who may not see the application", async () => {
    const before = await testDb.db.select().from(applications).where(eq(applications.id, sharedDirectId));
    const auditBefore = await testDb.db.select().from(auditLog);
    expect(await moveApplicationStage(world.consultantB, { applicationId: sharedDirectId, stage: "rejected" }, now)).toBe("not_found");
    expect(await moveApplicationStage(world.consultantA, { applicationId: privateDirectId, stage: "rejected" }, now)).toBe("not_found");
    expect(await testDb.db.select().from(applications).where(eq(applications.id, sharedDirectId))).toEqual(before);
    expect(await testDb.db.select().from(auditLog)).toEqual(auditBefore);
  });
});

describe("auditing the board", () => {
  it("writes one view line per load, naming each candidate on the cards once, without any page calling it", async () => {
    const viewsBy = (actorId: string) =>
      testDb.db.select().from(auditLog).where(and(eq(auditLog.actorId, actorId), eq(auditLog.action, "view"))).orderBy(auditLog.id);
    const before = (await viewsBy(world.admin.id)).length;
    const at = new Date("2026-11-10T12:30:00Z");
    // Two of candidate A's cards (Alpha Ltd, Shared Ltd), one line naming candidate A once.
    const board = await loadPipeline(world.admin, {}, at);
    expect(new Set(board.cards.map((card) => card.candidateId))).toEqual(new Set([world.candidateA.id]));
    expect(board.cards.length).toBeGreaterThan(1);
    const views = await viewsBy(world.admin.id);
    expect(views).toHaveLength(before + 1);
    expect(views.at(-1)).toMatchObject({ candidateId: null, entity: "pipeline", details: { candidateIds: [world.candidateA.id] }, at });

    // A board with no cards read nobody's records.
    await loadPipeline(world.admin, parsePipelineFilters({ company: "No such company" }), at);
    expect(await viewsBy(world.admin.id)).toHaveLength(before + 1);
  });
});
