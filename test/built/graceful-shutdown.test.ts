// `next start` with the outbox worker in its process, stopped by SIGTERM (or SIGINT)
// while a batch is in the (fake) Resend API's hands: the worker must finish
// that pass, so every claimed row is recorded as sent and none is left
// "sending" to wait out its lease, and the process must exit 0 having closed
// its database pool. The health and readiness routes are asked on the way,
// through the real proxy.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { freePort } from "@/bench/serve-build";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { seedDueEmails } from "@/test/bulk-delivery";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { startFakeResend, type FakeResend } from "@/test/fake-resend";
import { waitFor } from "@/test/worker-process";

const root = path.resolve(import.meta.dirname, "../..");
const apiLatencyMs = 3_000;

let testDb: TestDatabase;
let fake: FakeResend | undefined;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterEach(async () => {
  await fake?.close();
});
afterAll(() => testDb?.dispose());

const inState = async (state: "sending" | "sent" | "pending") =>
  (await testDb.db.select({ n: count() }).from(emailOutbox).where(eq(emailOutbox.state, state)))[0]!.n;

it.each(["SIGTERM", "SIGINT"] as const)("finishes the pass in hand on %s, leaves no claimed row behind, closes the pool and exits 0", async (stopSignal) => {
  await testDb.db.delete(emailOutbox);
  const api = (fake = await startFakeResend({ latencyMs: apiLatencyMs }));
  await seedDueEmails(testDb.db, 250, new Date(), `shutdown-${stopSignal}`);
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const child = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port)], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: testDb.url,
      AUTH_SECRET: "built-tests-only-secret-5c1d7a9e3b",
      AUTH_URL: origin,
      WORKER_IN_PROCESS: "1",
      WORKER_INTERVAL_MS: "200",
      RESEND_API_KEY: "re_shutdown",
      RESEND_BASE_URL: api.baseUrl,
      RESEND_REQUESTS_PER_SECOND: "20",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  try {
    expect(await waitFor(async () => (await fetch(`${origin}/api/health`).catch(() => null))?.status === 200, 60_000, 250), output).toBe(true);
    const ready = await fetch(`${origin}/api/ready`);
    expect(ready.status, await ready.clone().text()).toBe(200);
    expect(ready.headers.get("cache-control")).toBe("no-store");

    // A batch is with the API, which answers after its latency: the pass is mid-way.
    expect(await waitFor(async () => api.requests.length > 0 && (await inState("sending")) > 0, 30_000, 20)).toBe(true);
    const signalledAt = Date.now();
    child.kill(stopSignal);
    const { code, signal } = await exited;
    const tookMs = Date.now() - signalledAt;

    expect({ code, signal }, output).toEqual({ code: 0, signal: null });
    expect(output).toContain(`${stopSignal}: the outbox worker finishes its pass`);
    expect(output).toContain("stopped: worker finished, database pool closed");
    // The pass waited for the API's answer, and no longer than the request timeout.
    expect(tookMs).toBeGreaterThan(200);
    expect(tookMs).toBeLessThan(20_000);
    expect(await inState("sending")).toBe(0);
    const sent = await inState("sent");
    expect(sent).toBeGreaterThan(0);
    // Everything the API delivered is recorded as sent, once.
    expect(api.delivered.length).toBe(sent);
    expect([...api.deliveriesByRef().values()].every((n) => n === 1)).toBe(true);
    console.log(`[shutdown] exited ${code} ${tookMs} ms after ${stopSignal}; ${sent} sent, ${await inState("pending")} still pending, none left claimed`);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
});
