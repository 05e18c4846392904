import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { applicationStages } from "@/lib/domain/values";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications, interviews } from "@/lib/db/schema/journey";
import { demoAccounts, isDatabaseEmpty, seedDemoData } from "./seed";

// A Monday morning in British Summer Time.
const now = new Date("2025-06-16T08:30:00Z");

let testDb: TestDatabase;
let counts: Awaited<ReturnType<typeof seedDemoData>>;
let emptyBefore: boolean;

beforeAll(async () => {
  testDb = await createTestDatabase();
  emptyBefore = await isDatabaseEmpty(testDb.db);
  counts = await seedDemoData(testDb.db, now);
});
afterAll(async () => {
  await testDb?.dispose();
});

describe("seedDemoData", () => {
  it("flips isDatabaseEmpty from true to false", async () => {
    expect(emptyBefore).toBe(true);
    expect(await isDatabaseEmpty(testDb.db)).toBe(false);
  });

  it("creates the three demo accounts with their roles, all verified", async () => {
    const rows = await testDb.db.select().from(users);
    const byEmail = new Map(rows.map((user) => [user.email, user]));
    expect(byEmail.get(demoAccounts.admin)?.role).toBe("admin");
    expect(byEmail.get(demoAccounts.consultant)).toMatchObject({ role: "consultant", name: "Priya Shah" });
    const candidate = byEmail.get(demoAccounts.candidate);
    expect(candidate).toMatchObject({ role: "candidate", name: "Alex Morgan", timeZone: "Europe/London" });
    expect(candidate?.consultantId).toBe(byEmail.get(demoAccounts.consultant)?.id);
    expect(rows.every((user) => user.emailVerified !== null && user.email.endsWith("@example.com"))).toBe(true);
    expect(counts.users).toBe(rows.length);
  });

  it("gives about thirty candidates a consultant each", async () => {
    const candidates = await testDb.db.select().from(users).where(eq(users.role, "candidate"));
    const consultantIds = new Set(
      (await testDb.db.select().from(users).where(eq(users.role, "consultant"))).map((user) => user.id),
    );
    expect(candidates.length).toBeGreaterThanOrEqual(25);
    expect(candidates.length).toBeLessThanOrEqual(35);
    expect(candidates.every((user) => user.consultantId && consultantIds.has(user.consultantId))).toBe(true);
    expect(consultantIds.size).toBe(3);
  });

  it("puts an application in every stage, and none of the 'applied' ones has an interview", async () => {
    const stages = await testDb.db.selectDistinct({ stage: applications.stage }).from(applications);
    expect(stages.map((row) => row.stage).sort()).toEqual([...applicationStages].sort());
    const appliedInterviews = await testDb.db
      .select({ id: interviews.id })
      .from(interviews)
      .innerJoin(applications, eq(interviews.applicationId, applications.id))
      .where(eq(applications.stage, "applied"));
    expect(appliedInterviews).toHaveLength(0);
  });

  it("gives the demo candidate an upcoming interview and a past one", async () => {
    const rows = await testDb.db
      .select({ startsAt: interviews.startsAt, stage: applications.stage })
      .from(interviews)
      .innerJoin(applications, eq(interviews.applicationId, applications.id))
      .innerJoin(users, eq(interviews.candidateId, users.id))
      .where(eq(users.email, demoAccounts.candidate));
    expect(rows.some((row) => row.startsAt > now && row.stage === "interviewing")).toBe(true);
    expect(rows.some((row) => row.startsAt < now && row.stage === "awaiting_decision")).toBe(true);
    expect(rows.some((row) => row.stage === "offer")).toBe(true);
  });

  it("produces the same data from the same `now` in a second database", async () => {
    const first = await journeySequence(testDb.db);
    expect(first.length).toBeGreaterThanOrEqual(counts.interviews);
    const second = await createTestDatabase();
    try {
      await seedDemoData(second.db, now);
      expect(await journeySequence(second.db)).toEqual(first);
    } finally {
      await second.dispose();
    }
  });
});

async function journeySequence(db: Database) {
  return db
    .select({
      email: users.email,
      company: applications.company,
      role: applications.role,
      round: interviews.round,
      startsAt: interviews.startsAt,
    })
    .from(applications)
    .innerJoin(users, eq(applications.candidateId, users.id))
    .leftJoin(interviews, eq(interviews.applicationId, applications.id))
    .orderBy(asc(users.email), asc(applications.createdAt), asc(applications.company), asc(interviews.round));
}
