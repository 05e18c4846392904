import { afterAll, beforeAll, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { GET as health } from "../health/route";
import { GET as ready } from "./route";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.dispose());

it("health answers 200 without asking the database", async () => {
  const response = health();
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(await response.json()).toEqual({ status: "ok" });
});

it("ready answers 200 naming its checks, and 503 naming the one that failed", async () => {
  const fine = await ready();
  expect(fine.status).toBe(200);
  expect(fine.headers.get("cache-control")).toBe("no-store");
  expect(await fine.json()).toMatchObject({ status: "ready", failed: [], checks: { database: { ok: true }, migrations: { ok: true }, outbox: { ok: true } } });

  // Due for an hour: past the default limit of ten minutes.
  await testDb.db.insert(emailOutbox).values({
    idempotencyKey: "ready-route",
    recipient: "someone@example.test",
    template: "interview-reminder",
    subject: "Reminder",
    html: "<p>Hi</p>",
    text: "Hi",
    nextAttemptAt: sql`now() - interval '1 hour'`,
  });
  const late = await ready();
  expect(late.status).toBe(503);
  const body = await late.json();
  expect(body).toMatchObject({ status: "not ready", failed: ["outbox"] });
  // Nothing about the message itself.
  expect(JSON.stringify(body)).not.toContain("someone@example.test");
});
