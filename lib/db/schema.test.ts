import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { users } from "./schema/auth";
import { applications, interviews } from "./schema/journey";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb.dispose();
});

describe("schema constraints", () => {
  it("refuses an interview whose candidate differs from its application's", async () => {
    const { db } = testDb;
    const [owner, other] = await db
      .insert(users)
      .values([{ email: "owner@example.com" }, { email: "other@example.com" }])
      .returning();
    const [application] = await db
      .insert(applications)
      .values({ candidateId: owner!.id, company: "Acme", role: "Analyst", source: "direct" })
      .returning();
    await expect(
      db.insert(interviews).values({
        applicationId: application!.id,
        candidateId: other!.id,
        startsAt: new Date(),
        format: "video",
      }),
    ).rejects.toThrow();
    const stored = await db.select().from(interviews).where(eq(interviews.applicationId, application!.id));
    expect(stored).toHaveLength(0);
  });

  it("refuses an unknown stage and an upper-case email", async () => {
    const { db } = testDb;
    await expect(db.insert(users).values({ email: "Mixed@Example.com" })).rejects.toThrow();
    const [user] = await db.insert(users).values({ email: "stage@example.com" }).returning();
    await expect(
      db.insert(applications).values({
        candidateId: user!.id,
        company: "Acme",
        role: "Analyst",
        source: "direct",
        stage: "lost" as "applied",
      }),
    ).rejects.toThrow();
  });

  it("refuses a relative timeline without an amount", async () => {
    const { db } = testDb;
    const [user] = await db.insert(users).values({ email: "timeline@example.com" }).returning();
    const [application] = await db
      .insert(applications)
      .values({ candidateId: user!.id, company: "Acme", role: "Analyst", source: "agency" })
      .returning();
    await expect(
      db.insert(interviews).values({
        applicationId: application!.id,
        candidateId: user!.id,
        startsAt: new Date(),
        format: "phone",
        timelineKind: "relative",
      }),
    ).rejects.toThrow();
  });
});
