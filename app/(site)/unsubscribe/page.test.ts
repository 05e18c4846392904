import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createTwoCandidateWorld } from "@/test/fixtures";
import { authSecret } from "@/lib/security/secret";
import { users } from "@/lib/db/schema/auth";
import { applyUnsubscribe, createUnsubscribeToken } from "@/lib/email/unsubscribe";
import UnsubscribePage from "./page";

let testDb: TestDatabase;
let world: Awaited<ReturnType<typeof createTwoCandidateWorld>>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  world = await createTwoCandidateWorld(testDb.db, new Date("2026-11-20T08:00:00Z"));
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  await testDb.db.update(users).set({ remindersEnabled: true, digestEnabled: true });
});

async function show(token: string | string[] | undefined) {
  return renderToStaticMarkup(await UnsubscribePage({ searchParams: Promise.resolve({ token }) }));
}
const flags = async () => (await testDb.db.select({ r: users.remindersEnabled, d: users.digestEnabled }).from(users)).every((u) => u.r && u.d);

describe("the unsubscribe page", () => {
  it("asks for a click and changes nothing by being opened", async () => {
    const token = createUnsubscribeToken({ userId: world.candidateA.id, list: "reminders" }, authSecret());
    const html = await show(token);
    expect(html).toContain("Stop reminders?");
    expect(html).toContain(`action="/api/unsubscribe?token=${encodeURIComponent(token)}"`);
    expect(html).toContain('method="post"');
    expect(html).toContain('href="/portal/settings"');
    expect(await flags()).toBe(true);
  });

  it("confirms once the list is off, in the words of the list", async () => {
    const payload = { userId: world.candidateA.id, list: "digest" } as const;
    await applyUnsubscribe(payload);
    const html = await show(createUnsubscribeToken(payload, authSecret()));
    expect(html).toContain("You will no longer get the weekly digest");
    expect(html).not.toContain("<form");
    expect(html).toContain('href="/portal/settings"');
  });

  it("calls a consultant's digest the morning digest, and sends them nowhere they cannot go", async () => {
    const html = await show(createUnsubscribeToken({ userId: world.consultantA.id, list: "digest" }, authSecret()));
    expect(html).toContain("Stop the morning digest?");
    expect(html).not.toContain("/portal/settings");
  });

  it("says a broken link is not valid, without a form", async () => {
    for (const token of [undefined, "nonsense", ["a", "b"]]) {
      const html = await show(token);
      expect(html).toContain("This link is not valid");
      expect(html).not.toContain("<form");
    }
  });
});
