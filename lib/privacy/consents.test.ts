import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { AuthorizationError } from "@/lib/auth/errors";
import { consents } from "@/lib/db/schema/privacy";
import type { ConsentAnswers } from "./consent-rules";
import { listConsentHistory, listConsents, updateConsents } from "./consents";

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date());
  await testDb.db.insert(consents).values({ userId: world.candidateB.id, purpose: "marketing_email", granted: true, source: "seed" });
});
afterAll(() => testDb.dispose());

const answers = (overrides: Partial<ConsentAnswers> = {}): ConsentAnswers => ({
  data_retention: true,
  representation: true,
  marketing_email: false,
  marketing_sms: false,
  marketing_phone: false,
  ...overrides,
});
const rowsOf = (userId: string) => testDb.db.select().from(consents).where(eq(consents.userId, userId)).orderBy(asc(consents.recordedAt));

describe("updateConsents", () => {
  it("records every first answer, then only the ones that change", async () => {
    const first = new Date("2026-11-01T09:00:00Z");
    expect(await listConsents(world.candidateA)).toEqual(
      ["data_retention", "representation", "marketing_email", "marketing_sms", "marketing_phone"].map((purpose) => ({ purpose, granted: null, recordedAt: null })),
    );
    expect(await updateConsents(world.candidateA, answers(), first)).toHaveLength(5);

    const second = new Date("2026-11-02T09:00:00Z");
    const changes = await updateConsents(world.candidateA, answers({ data_retention: false, marketing_email: true }), second);
    expect(changes).toEqual([
      { purpose: "data_retention", granted: false },
      { purpose: "marketing_email", granted: true },
    ]);
    const rows = await rowsOf(world.candidateA.id);
    expect(rows).toHaveLength(7);
    expect(rows.every((row) => row.source === "portal")).toBe(true);

    expect(await updateConsents(world.candidateA, answers({ data_retention: false, marketing_email: true }), new Date("2026-11-03T09:00:00Z"))).toEqual([]);
    expect(await rowsOf(world.candidateA.id)).toHaveLength(7);

    const listed = await listConsents(world.candidateA);
    expect(listed.find((consent) => consent.purpose === "data_retention")).toEqual({ purpose: "data_retention", granted: false, recordedAt: second });
    expect(listed.find((consent) => consent.purpose === "representation")).toEqual({ purpose: "representation", granted: true, recordedAt: first });
  });

  it("keeps the later of two saves as the answer, even within one millisecond", async () => {
    const instant = new Date("2026-11-05T09:00:00Z");
    await updateConsents(world.candidateA, answers({ marketing_sms: true }), instant);
    await updateConsents(world.candidateA, answers({ marketing_sms: false }), instant);
    const sms = (await listConsents(world.candidateA)).find((consent) => consent.purpose === "marketing_sms");
    expect(sms?.granted).toBe(false);
  });

  it("saves one purpose alone, leaving the other four as they were", async () => {
    const before = await listConsents(world.candidateA);
    const at = new Date("2026-11-05T12:00:00Z");
    expect(await updateConsents(world.candidateA, { marketing_phone: true }, at)).toEqual([{ purpose: "marketing_phone", granted: true }]);
    const after = await listConsents(world.candidateA);
    expect(after.find((consent) => consent.purpose === "marketing_phone")).toEqual({ purpose: "marketing_phone", granted: true, recordedAt: at });
    expect(after.filter((consent) => consent.purpose !== "marketing_phone")).toEqual(before.filter((consent) => consent.purpose !== "marketing_phone"));
    // The same answer again writes nothing.
    expect(await updateConsents(world.candidateA, { marketing_phone: true }, new Date("2026-11-05T13:00:00Z"))).toEqual([]);
  });

  it("lists each purpose's answers newest first, with where each came from", async () => {
    const history = await listConsentHistory(world.candidateA);
    expect(Object.keys(history)).toEqual(["data_retention", "representation", "marketing_email", "marketing_sms", "marketing_phone"]);
    expect(history.data_retention).toEqual([
      { granted: true, recordedAt: new Date("2026-11-05T09:00:00Z"), source: "portal" },
      { granted: false, recordedAt: new Date("2026-11-02T09:00:00Z"), source: "portal" },
      { granted: true, recordedAt: new Date("2026-11-01T09:00:00Z"), source: "portal" },
    ]);
    expect(history.marketing_phone.map((event) => event.granted)).toEqual([true, false]);
    // The current answer listConsents gives is the history's first entry, for every purpose.
    for (const consent of await listConsents(world.candidateA)) {
      expect(history[consent.purpose][0]).toMatchObject({ granted: consent.granted, recordedAt: consent.recordedAt });
    }
    expect((await listConsentHistory(world.candidateB)).marketing_email).toEqual([expect.objectContaining({ granted: true, source: "seed" })]);
  });

  it("never touches another candidate's answers", async () => {
    const before = await rowsOf(world.candidateB.id);
    await updateConsents(world.candidateA, answers({ marketing_email: false }), new Date("2026-11-06T09:00:00Z"));
    expect(await rowsOf(world.candidateB.id)).toEqual(before);
    expect((await listConsents(world.candidateB)).find((consent) => consent.purpose === "marketing_email")?.granted).toBe(true);
  });

  it("is for candidates only", async () => {
    await expect(updateConsents(world.consultantA, answers())).rejects.toThrow(AuthorizationError);
    await expect(listConsents(world.admin)).rejects.toThrow(AuthorizationError);
    await expect(listConsentHistory(world.consultantA)).rejects.toThrow(AuthorizationError);
    await expect(updateConsents(world.admin, { marketing_email: true })).rejects.toThrow(AuthorizationError);
    expect(await rowsOf(world.consultantA.id)).toEqual([]);
  });
});
