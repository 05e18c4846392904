// The /api/auth/* route handler reads at most the body limit, whatever the
// request's headers say: proxy.ts refuses a declared oversized body, but the
// handler must not rely on it (over HTTP, test/built/sign-in-over-http.test.ts).
// A stream with no length is fed chunk by chunk and the chunks pulled are counted.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { requestBodyLimitBytes } from "@/lib/security/body-limits";
import { POST } from "@/app/api/auth/[...nextauth]/route";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.dispose());

const chunk = 16 * 1024;
const total = 4 * 1024 * 1024;

function endlessForm() {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      const bytes = new TextEncoder().encode(pulled === 0 ? "email=big%40example.com&callbackUrl=" : "");
      const filler = new Uint8Array(chunk - bytes.length).fill(0x78);
      controller.enqueue(new Uint8Array([...bytes, ...filler]));
      pulled += chunk;
    },
  });
  return { body, pulled: () => pulled };
}

for (const path of ["signin/email", "signin/staff-invitation", "callback/email", "signout", "session"]) {
  it(`POST /api/auth/${path} stops reading at the limit and answers 413`, async () => {
    const stream = endlessForm();
    const request = new NextRequest(`http://localhost:3000/api/auth/${path}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "next-router-prefetch": "1" },
      body: stream.body,
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1] & { duplex: "half" });
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect(stream.pulled()).toBeLessThanOrEqual(requestBodyLimitBytes + 3 * chunk);
  });
}
