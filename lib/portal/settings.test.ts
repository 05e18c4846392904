import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { AuthorizationError } from "@/lib/auth/errors";
import { users } from "@/lib/db/schema/auth";
import { getOwnSettings, updateOwnSettings } from "./settings";
import { timeZoneOptions } from "@/lib/plans/time-zones";
import { settingsInputSchema } from "./settings-schema";

const now = new Date("2026-11-09T12:00:00Z");
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
});
afterAll(() => testDb.dispose());

const form = (fields: Record<string, unknown>) =>
  settingsInputSchema.parse({ name: "Alex Morgan", timeZone: "Europe/London", remindersEnabled: "on", digestEnabled: "on", ...fields });
const row = async (id: string) => (await testDb.db.select().from(users).where(eq(users.id, id)))[0]!;

describe("settings input", () => {
  it("reads unticked boxes as off and an empty name as none", () => {
    expect(settingsInputSchema.parse({ name: "  ", timeZone: "Asia/Tokyo" })).toEqual({
      name: null,
      timeZone: "Asia/Tokyo",
      remindersEnabled: false,
      digestEnabled: false,
    });
  });

  it("refuses unknown zones, fixed offsets and long names with a message for the field", () => {
    const result = settingsInputSchema.safeParse({ name: "x".repeat(121), timeZone: "Mars/Olympus_Mons" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages).toEqual({ name: "Keep your name under 120 characters", timeZone: "Choose a time zone from the list" });
    expect(settingsInputSchema.safeParse({ timeZone: "+01:00" }).success).toBe(false);
    expect(settingsInputSchema.safeParse({ timeZone: "" }).success).toBe(false);
  });

  it("drops fields a tampered form adds", () => {
    expect(Object.keys(form({ role: "admin", email: "boss@example.com", consultantId: world.consultantB.id })).sort()).toEqual([
      "digestEnabled",
      "name",
      "remindersEnabled",
      "timeZone",
    ]);
  });

  it("offers every zone the server knows, and keeps a saved alias selectable", () => {
    expect(timeZoneOptions("Europe/London")).toContain("America/New_York");
    expect(timeZoneOptions("UTC")).toContain("UTC");
  });
});

describe("a candidate's own settings", () => {
  it("reads and saves name, time zone, reminders and digest", async () => {
    expect(await getOwnSettings(world.candidateA)).toEqual({
      name: "Candidate A",
      email: "candidate-a@world.test",
      timeZone: "Europe/London",
      remindersEnabled: true,
      digestEnabled: true,
    });
    expect(await updateOwnSettings(world.candidateA, form({ timeZone: "America/Toronto", remindersEnabled: undefined }), now)).toBe(true);
    expect(await getOwnSettings(world.candidateA)).toMatchObject({
      name: "Alex Morgan",
      timeZone: "America/Toronto",
      remindersEnabled: false,
      digestEnabled: true,
    });
  });

  it("never changes role, email or consultant, whatever the form carries", async () => {
    const before = await row(world.candidateA.id);
    await updateOwnSettings(world.candidateA, form({ role: "admin", email: "boss@example.com", consultantId: null }), now);
    const after = await row(world.candidateA.id);
    expect({ role: after.role, email: after.email, consultantId: after.consultantId }).toEqual({
      role: before.role,
      email: before.email,
      consultantId: before.consultantId,
    });
  });

  it("touches only the caller's row: another candidate's stays as it was", async () => {
    const before = await row(world.candidateA.id);
    expect(await updateOwnSettings(world.candidateB, form({ name: "Changed by B", timeZone: "Asia/Tokyo" }), now)).toBe(true);
    expect(await row(world.candidateA.id)).toEqual(before);
    expect((await getOwnSettings(world.candidateB)).name).toBe("Changed by B");
  });

  it("is not for staff", async () => {
    await expect(getOwnSettings(world.consultantA)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(updateOwnSettings(world.admin, form({}), now)).rejects.toBeInstanceOf(AuthorizationError);
    expect((await row(world.admin.id)).name).toBe("Admin");
  });
});
