import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { authSecret } from "@/lib/security/secret";
import { setDatabaseForTesting, type Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { reminders } from "@/lib/db/schema/delivery";
import { createUnsubscribeToken } from "@/lib/email/unsubscribe";
import { GET, POST } from "./route";
import { requestBodyLimitBytes } from "@/lib/security/body-limits";
import { recordLogs } from "@/test/logs/log-lines";

const now = new Date("2026-11-20T08:00:00Z");
let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, now);
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  await testDb.db.delete(reminders);
  await testDb.db.update(users).set({ remindersEnabled: true, digestEnabled: true });
  await testDb.db.insert(reminders).values({ userId: world.candidateA.id, kind: "follow_up", dueAt: new Date("2026-11-21T09:00:00Z") });
});

const tokenFor = (list: "reminders" | "digest", userId = world.candidateA.id) =>
  createUnsubscribeToken({ userId, list }, authSecret());
const address = (token: string | null) =>
  `http://localhost:3000/api/unsubscribe${token === null ? "" : `?token=${encodeURIComponent(token)}`}`;

/** What a mail provider sends (RFC 8058): a form POST with no cookies. */
function oneClick(token: string | null, init: { body?: BodyInit; contentType?: string } = {}) {
  return new NextRequest(address(token), {
    method: "POST",
    body: init.body ?? "List-Unsubscribe=One-Click",
    headers: { "content-type": init.contentType ?? "application/x-www-form-urlencoded" },
  });
}

const flagsOfA = async () =>
  (
    await testDb.db
      .select({ reminders: users.remindersEnabled, digest: users.digestEnabled })
      .from(users)
      .where(eq(users.id, world.candidateA.id))
  )[0];
const reminderStates = async () => (await testDb.db.select({ state: reminders.state }).from(reminders)).map((r) => r.state);

describe("POST /api/unsubscribe (one-click)", () => {
  it("unsubscribes at once without a session and says so in plain text", async () => {
    const response = await POST(oneClick(tokenFor("reminders")));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    expect(await response.text()).toBe("Done: you will no longer get reminders.");
    expect(await flagsOfA()).toEqual({ reminders: false, digest: true });
    expect(await reminderStates()).toEqual(["cancelled"]);
  });

  it("accepts the multipart form some providers send, and names the list", async () => {
    const form = new FormData();
    form.set("List-Unsubscribe", "One-Click");
    const response = await POST(new NextRequest(address(tokenFor("digest")), { method: "POST", body: form }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("Done: you will no longer get the weekly digest.");
    expect(await flagsOfA()).toEqual({ reminders: true, digest: false });
  });

  it("still works with an empty or unreadable body: the token is what counts", async () => {
    const response = await POST(oneClick(tokenFor("reminders"), { body: "{not json", contentType: "application/json" }));
    expect(response.status).toBe(200);
    expect(await flagsOfA()).toEqual({ reminders: false, digest: true });
  });

  it("reads no more than the site's body limit of a chunked body, and the token still counts", async () => {
    let sent = 0;
    // No Content-Length: a stream that would go on for 10 MB. The reader must stop at the limit.
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 10 * 1024 * 1024) return controller.close();
        sent += 64 * 1024;
        controller.enqueue(new TextEncoder().encode("from=page&".padEnd(64 * 1024, "x")));
      },
    });
    const response = await POST(
      new NextRequest(address(tokenFor("reminders")), {
        method: "POST",
        body: endless,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        duplex: "half",
      } as ConstructorParameters<typeof NextRequest>[1]),
    );
    expect(response.status).toBe(200);
    expect(sent).toBeLessThanOrEqual(requestBodyLimitBytes + 2 * 64 * 1024);
    expect(await flagsOfA()).toEqual({ reminders: false, digest: true });
  });

  it("sends the confirmation page's own button back to the page", async () => {
    const token = tokenFor("reminders");
    const response = await POST(oneClick(token, { body: "from=page" }));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(await flagsOfA()).toEqual({ reminders: false, digest: true });
  });

  it("answers 400 to a missing, malformed or tampered token and changes nothing", async () => {
    const good = tokenFor("reminders");
    const otherUsersSignature = tokenFor("reminders", world.candidateB.id).split(".")[1];
    for (const token of [null, "", "garbage", `${good.split(".")[0]}.${otherUsersSignature}`, `${good}x`]) {
      const response = await POST(oneClick(token));
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("not valid");
    }
    expect(await flagsOfA()).toEqual({ reminders: true, digest: true });
    expect(await reminderStates()).toEqual(["scheduled"]);
  });

  it("answers 503, never 500, when the database fails", async () => {
    const broken = {
      db: { transaction: () => Promise.reject(new Error("connection refused")) } as unknown as Database,
      driver: "pglite" as const,
      close: async () => {},
    };
    const recording = recordLogs();
    setDatabaseForTesting(broken);
    try {
      const response = await POST(oneClick(tokenFor("reminders")));
      expect(response.status).toBe(503);
      expect(await response.text()).toContain("try again");
      expect(recording.lines.map((line) => `${line.level} ${line.msg}`)).toContain("error unsubscribe failed");
    } finally {
      setDatabaseForTesting({ db: testDb.db, driver: testDb.driver, close: async () => {} });
      recording.stop();
    }
  });
});

describe("GET /api/unsubscribe", () => {
  it("changes nothing and sends the reader to the confirmation page", async () => {
    const token = tokenFor("reminders");
    const response = await GET(new NextRequest(address(token)));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(await flagsOfA()).toEqual({ reminders: true, digest: true });
    expect(await reminderStates()).toEqual(["scheduled"]);
  });

  it("answers 400 to an invalid token", async () => {
    for (const token of [null, "abc.def"]) {
      const response = await GET(new NextRequest(address(token)));
      expect(response.status).toBe(400);
    }
  });
});
