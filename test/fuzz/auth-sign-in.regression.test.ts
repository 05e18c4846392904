// Auth.js's sign-in endpoints asked directly, as a script would, with the
// real Auth.js behind our wrapper (route-handlers.fuzz.test.ts stubs it).
// Auth.js took an address with a NUL character (the adapter's query then
// failed, was logged, and the answer was "Configuration") and one of 20,000
// characters (a link was sent); the wrapper now applies the sign-in page's
// address rule first.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { listTables } from "@/test/database-walk";
import { changedTables, fingerprint } from "@/test/authorization/database-fingerprint";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";
import { recordLogs } from "@/test/logs/log-lines";

const origin = "http://localhost:3000";
let testDb: TestDatabase;
let tables: string[];
beforeAll(async () => {
  testDb = await createTestDatabase();
  tables = await listTables(testDb.db);
});
afterAll(() => testDb.dispose());

/** A sign-in form as Auth.js's own page would post it, CSRF token and cookie included. */
async function postSignIn(provider: string, email: string) {
  const csrf = await GET(new NextRequest(`${origin}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  return POST(
    new NextRequest(`${origin}/api/auth/signin/${provider}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ csrfToken, email, callbackUrl: "/portal" }),
    }),
  );
}

const refused = ["x\u0000@example.com", "jo@example.com\u0000", `${"a".repeat(20_000)}@example.com`, "<script>@example.com", "not-an-email", ""];

for (const provider of ["email", "staff-invitation"]) {
  it.each(refused.map((email) => [JSON.stringify(email.slice(0, 40)), email]))(`signin/${provider} refuses %s with 400, writes nothing and logs nothing`, async (_shown, email) => {
    const logged: string[] = [];
    const recording = recordLogs((text) => logged.push(text));
    const before = await fingerprint(testDb.db, tables);
    const response = await postSignIn(provider, email);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("Enter an email address in the right format, like name@example.com.");
    expect(changedTables(before, await fingerprint(testDb.db, tables))).toEqual([]);
    recording.stop();
    expect(logged).toEqual([]);
  });
}

it("still sends a link for a well-formed address", async () => {
  const response = await postSignIn("email", "Jo@Example.com");
  expect(response.status).toBe(302);
  expect(response.headers.get("location")).toContain("/api/auth/verify-request");
});
