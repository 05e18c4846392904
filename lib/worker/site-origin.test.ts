import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { users } from "@/lib/db/schema/auth";
import { emailOutbox, reminders } from "@/lib/db/schema/delivery";
import { interviews } from "@/lib/db/schema/journey";
import { POST as unsubscribe } from "@/app/api/unsubscribe/route";
import { runWorkerPass } from "./pass";

// A server off port 3000 with no configured address (`next dev -p 4123`):
// the links in the mail it sends must reach that server.
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date());
});
afterAll(() => testDb.dispose());
afterEach(() => vi.unstubAllEnvs());

it("sends a reminder whose links and one-click unsubscribe point at the port the server listens on, and the unsubscribe works", async () => {
  vi.stubEnv("AUTH_URL", "");
  vi.stubEnv("SITE_URL", "");
  vi.stubEnv("PORT", "4123");
  const [interview] = await testDb.db.select().from(interviews).where(eq(interviews.candidateId, world.candidateA.id));
  await testDb.db
    .insert(reminders)
    .values({ kind: "interview_tomorrow", userId: world.candidateA.id, interviewId: interview!.id, dueAt: new Date(Date.now() - 60_000) });
  expect((await runWorkerPass()).delivery?.sent).toBe(1);

  const [email] = await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.recipient, "candidate-a@world.test"));
  const link = /^<(.+)>$/.exec(email!.headers["List-Unsubscribe"] ?? "")?.[1];
  expect(link).toMatch(/^http:\/\/localhost:4123\/api\/unsubscribe\?token=/);
  expect(email!.text).toContain("http://localhost:4123/portal/interviews/");
  expect(email!.text).not.toContain("localhost:3000");

  const response = await unsubscribe(
    new NextRequest(link!, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }),
  );
  expect(response.status).toBe(200);
  const [candidate] = await testDb.db.select({ reminders: users.remindersEnabled }).from(users).where(eq(users.id, world.candidateA.id));
  expect(candidate?.reminders).toBe(false);
});
