import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { testSession } from "@/test/fake-session";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { eraseCandidate } from "@/lib/privacy/erase";

// The three downloads as a browser reaches them; only the session is faked.
vi.mock("@/lib/auth/dal", async () => (await import("@/test/fake-session")).fakeDal);

const routes = {
  json: (await import("./export.json/route")).GET,
  zip: (await import("./export.zip/route")).GET,
  ics: (await import("./calendar.ics/route")).GET,
};

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date());
});
afterAll(() => testDb.dispose());
beforeEach(() => {
  testSession.user = null;
});

describe("the privacy downloads", () => {
  it.each(Object.entries(routes))("%s: refuses a visitor who is not signed in with 401", async (_name, get) => {
    const response = await get();
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toBeNull();
  });

  it.each(Object.entries(routes))("%s: refuses staff with 403", async (_name, get) => {
    for (const staff of [world.consultantA, world.admin]) {
      testSession.user = staff;
      const response = await get();
      expect(response.status).toBe(403);
      expect(response.headers.get("content-disposition")).toBeNull();
    }
  });

  it("gives a candidate their own data as attachments no cache keeps", async () => {
    testSession.user = world.candidateA;
    const json = await routes.json();
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(json.headers.get("content-disposition")).toMatch(/^attachment; filename="next-steps-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(json.headers.get("cache-control")).toBe("private, no-store");
    const body = await json.text();
    expect(JSON.parse(body).applications.map((application: { company: string }) => application.company)).toEqual(["Alpha Ltd"]);
    expect(body).not.toContain("Beta plc");

    const zip = await routes.zip();
    expect(zip.headers.get("content-type")).toBe("application/zip");
    expect(zip.headers.get("content-disposition")).toMatch(/^attachment; filename="next-steps-data-.*\.zip"$/);
    expect(zip.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await zip.arrayBuffer()).subarray(0, 2).toString("latin1")).toBe("PK");

    const ics = await routes.ics();
    expect(ics.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(ics.headers.get("content-disposition")).toBe('attachment; filename="interviews-and-follow-ups.ics"');
    expect(ics.headers.get("cache-control")).toBe("private, no-store");
    const calendar = await ics.text();
    expect(calendar).toContain("SUMMARY:Interview: Alpha Ltd\\, Analyst");
    expect(calendar).not.toContain("Beta plc");
  });

  it("gives nothing to a session that outlived its erased account", async () => {
    await eraseCandidate(world.candidateB, world.candidateB.email);
    testSession.user = world.candidateB;
    expect((await routes.json()).status).toBe(404);
    expect((await routes.zip()).status).toBe(404);
  });
});
