// A local stand-in for the Resend HTTP API, so tests and benchmarks drive the
// real SDK over real HTTP. It keeps Resend's contract where our code depends
// on it: /emails and /emails/batch (permissive validation), Idempotency-Key
// (a repeated key answers with the first response and delivers nothing new;
// the same key with other content, or while the first request is still in
// flight, is a 409), a per-second request limit answered with 429 and
// Retry-After, and latency. Each message it accepts is recorded once, by its
// X-Entity-Ref-ID header (our outbox row id), so duplicates can be counted.
// `hang(ms)` makes it a hanging API for a while: requests are taken in and
// handled (a batch is delivered), but no answer leaves until the time is up.
// `holdAnswers()` does the same until `releaseAnswers()`, for a drill that
// must choose the moment its answers arrive rather than race a timer.
import { createHash } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** `at` when it arrived; `answeredAt` when its answer left (unset while held, or if the client had gone). */
export type RecordedRequest = { path: string; headers: IncomingHttpHeaders; body: unknown; at: number; answeredAt?: number };
export type ScriptedResponse = { status: number; body?: unknown; headers?: Record<string, string> };
export type DeliveredMessage = { ref: string | null; to: string; subject: string; attachments: number; at: number; requestKey: string | null };
export type FakeResendOptions = { latencyMs?: number; requestsPerSecond?: number };

type ApiMessage = { to?: string | string[]; subject?: string; headers?: Record<string, string>; attachments?: unknown[] };
type Answer = { status: number; body: unknown; headers?: Record<string, string> };

export async function startFakeResend(options: FakeResendOptions = {}) {
  const requests: RecordedRequest[] = [];
  const delivered: DeliveredMessage[] = [];
  const script: ScriptedResponse[] = [];
  const answered = new Map<string, { digest: string; answer: Answer }>();
  const inFlight = new Set<string>();
  const recentRequestTimes: number[] = [];
  let nextId = 1;
  let rateLimited = 0;
  let hangUntil = 0;
  let held: { released: Promise<void>; release: () => void } | undefined;

  /** Sliding one-second window, as strict as the real limit or stricter. */
  function overLimit(now: number): boolean {
    if (!options.requestsPerSecond) return false;
    while (recentRequestTimes.length > 0 && recentRequestTimes[0]! <= now - 1000) recentRequestTimes.shift();
    if (recentRequestTimes.length >= options.requestsPerSecond) return true;
    recentRequestTimes.push(now);
    return false;
  }

  function accept(message: ApiMessage, requestKey: string | null, at: number): { id: string } | { error: string } {
    const to = Array.isArray(message.to) ? message.to[0] : message.to;
    if (!to || !to.includes("@")) return { error: "Invalid `to` field." };
    const id = `fake_${nextId++}`;
    delivered.push({
      ref: message.headers?.["X-Entity-Ref-ID"] ?? null,
      to,
      subject: message.subject ?? "",
      attachments: message.attachments?.length ?? 0,
      at,
      requestKey,
    });
    return { id };
  }

  function handle(path: string, body: unknown, requestKey: string | null, at: number): Answer {
    if (path === "/emails/batch") {
      const messages = Array.isArray(body) ? (body as ApiMessage[]) : [];
      if (messages.length === 0 || messages.length > 100) {
        return { status: 422, body: { statusCode: 422, name: "validation_error", message: "A batch holds 1 to 100 emails." } };
      }
      const data: { id: string }[] = [];
      const errors: { index: number; message: string }[] = [];
      messages.forEach((message, index) => {
        const outcome = accept(message, requestKey, at);
        if ("id" in outcome) data.push(outcome);
        else errors.push({ index, message: outcome.error });
      });
      return { status: 200, body: { data, errors } };
    }
    if (path === "/emails") {
      const outcome = accept(body as ApiMessage, requestKey, at);
      return "id" in outcome
        ? { status: 200, body: outcome }
        : { status: 422, body: { statusCode: 422, name: "validation_error", message: outcome.error } };
    }
    return { status: 404, body: { statusCode: 404, name: "not_found", message: `No route ${path}` } };
  }

  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const at = Date.now();
      const path = req.url ?? "";
      const body: unknown = raw ? JSON.parse(raw) : {};
      const recorded: RecordedRequest = { path, headers: req.headers, body, at };
      requests.push(recorded);
      const reply = (answer: Answer) => {
        res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
        res.end(JSON.stringify(answer.body));
        recorded.answeredAt = Date.now();
      };
      const gate = held?.released;
      const later = (answer: Answer, done?: () => void) =>
        setTimeout(async () => {
          await gate;
          done?.();
          // A client that gave up has closed the socket: the answer goes nowhere, as it would from the real API.
          if (!res.destroyed) reply(answer);
        }, Math.max(options.latencyMs ?? 0, hangUntil - at));

      if (overLimit(at)) {
        rateLimited += 1;
        return later({ status: 429, headers: { "retry-after": "1" }, body: { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests. You can only make 5 requests per second." } });
      }
      const scripted = script.shift();
      if (scripted) return later({ status: scripted.status, body: scripted.body ?? {}, headers: scripted.headers });

      const key = typeof req.headers["idempotency-key"] === "string" ? req.headers["idempotency-key"] : null;
      if (!key) return later(handle(path, body, null, at));
      const digest = createHash("sha256").update(`${path}\n${raw}`).digest("hex");
      const previous = answered.get(key);
      if (previous) {
        return later(
          previous.digest === digest
            ? previous.answer
            : { status: 409, body: { statusCode: 409, name: "invalid_idempotent_request", message: "Same idempotency key used with a different request payload." } },
        );
      }
      if (inFlight.has(key)) {
        return later({ status: 409, body: { statusCode: 409, name: "concurrent_idempotent_requests", message: "Same idempotency key used while the original request is still in progress." } });
      }
      // Delivered now, answered after the latency: a client that dies in between has still sent its messages.
      const answer = handle(path, body, key, at);
      inFlight.add(key);
      later(answer, () => {
        inFlight.delete(key);
        if (answer.status < 500) answered.set(key, { digest, answer });
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    delivered,
    /** Queue responses for the next requests, in order; then it answers normally. */
    respondWith: (...responses: ScriptedResponse[]) => script.push(...responses),
    /** Distinct idempotency keys that produced a delivery. */
    deliveredKeys: () => new Set(delivered.flatMap((message) => (message.requestKey ? [message.requestKey] : []))),
    /** How many times each outbox row id was delivered. */
    deliveriesByRef: () => {
      const counts = new Map<string, number>();
      for (const message of delivered) if (message.ref) counts.set(message.ref, (counts.get(message.ref) ?? 0) + 1);
      return counts;
    },
    rateLimitedCount: () => rateLimited,
    /** From now, for `ms`: requests are handled as usual but answered only when the time is up. */
    hang: (ms: number) => {
      hangUntil = Date.now() + ms;
    },
    /** From now until `releaseAnswers()`: requests are handled as usual but not answered. */
    holdAnswers: () => {
      if (held) return;
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      held = { released, release };
    },
    /** Lets every held answer go (each after its latency, if that is not yet up). */
    releaseAnswers: () => {
      held?.release();
      held = undefined;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FakeResend = Awaited<ReturnType<typeof startFakeResend>>;
