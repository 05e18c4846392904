import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { startFakeResend, type FakeResend } from "@/test/fake-resend";
import { seedDueEmails } from "@/test/bulk-delivery";
import { startOtlpReceiver } from "@/test/telemetry/otlp-receiver";
import { runWorkerPass } from "@/lib/worker/pass";
import { activeTracing } from "./spans";
import { startTracingFromEnv } from "./from-env";
import type { StartedTracing } from "./start-tracing";

// Real parts end to end: the OpenTelemetry SDK and its OTLP/HTTP exporter posting to a local
// receiver, the real Resend SDK against the fake API, the worker pass on a real database.

let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
let fake: FakeResend;
let testDb: TestDatabase;
let tracing: StartedTracing | undefined;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  fake = await startFakeResend();
  vi.stubEnv("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint);
  vi.stubEnv("RESEND_API_KEY", "re_test");
  vi.stubEnv("RESEND_BASE_URL", fake.baseUrl);
  // Before the database opens: its client is wrapped for tracing when it is opened.
  tracing = await startTracingFromEnv("next-steps-test");
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await tracing?.shutdown();
  await testDb.dispose();
  await fake.close();
  await receiver.close();
  vi.unstubAllEnvs();
});

describe("traces", () => {
  it("without an endpoint, starts nothing", async () => {
    vi.stubEnv("OTEL_EXPORTER_OTLP_ENDPOINT", "");
    expect(await startTracingFromEnv("unused")).toBeUndefined();
    vi.stubEnv("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint);
    expect(activeTracing()).toBeDefined();
  });

  it("send a worker pass that delivers one email as a pass span with its counts, its queries and the Resend call", async () => {
    await seedDueEmails(testDb.db, 1, new Date(Date.now() - 60_000), "traced");
    const pass = await runWorkerPass({ steps: ["delivery"] });
    expect(pass.delivery).toMatchObject({ claimed: 1, sent: 1 });
    expect(fake.delivered).toHaveLength(1);
    await tracing!.flush();

    const spans = receiver.spans();
    const passSpan = spans.find((span) => span.name === "worker.pass");
    expect(passSpan).toMatchObject({ service: "next-steps-test", attributes: { "worker.claimed": 1, "worker.sent": 1, "worker.failed": 0, "worker.steps": "delivery" } });
    const inPass = spans.filter((span) => span.traceId === passSpan!.traceId && span.spanId !== passSpan!.spanId);
    const queries = inPass.filter((span) => span.attributes["db.system.name"] === "postgresql");
    expect(queries.length).toBeGreaterThan(2);
    expect(queries.every((span) => span.parentSpanId)).toBe(true);
    expect(queries.some((span) => String(span.attributes["db.query.text"]).includes("email_outbox"))).toBe(true);
    const resend = inPass.filter((span) => span.name.startsWith("resend "));
    expect(resend).toHaveLength(1);
    expect(resend[0]).toMatchObject({ parentSpanId: passSpan!.spanId, attributes: { "resend.messages": 1, "resend.outcome": "accepted" } });
    // Queries carry their SQL text, never their parameters: the recipient appears nowhere.
    expect(receiver.bodies.join("")).not.toContain("traced-1@example.com");
  });
});
