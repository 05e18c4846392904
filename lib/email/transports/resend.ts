import { Resend } from "resend";
import { env } from "@/lib/env";
import { withSpan } from "@/lib/telemetry/spans";
import type { RequestThrottle } from "../throttle";
import type { BatchDeliveryResult, DeliveryResult, EmailTransport, OutgoingEmail, RequestFailure, RequestOptions } from "./transport";

export type ResendTransportOptions = {
  apiKey: string;
  baseUrl?: string;
  /** Shared by every worker, so together they stay under Resend's per-second limit. */
  throttle?: RequestThrottle;
  /** How long a request may take before it counts as a network failure (RESEND_REQUEST_TIMEOUT_MS, default 15 s). */
  requestTimeoutMs?: number;
};

function requestTimeoutFromEnv(): number {
  return env().RESEND_REQUEST_TIMEOUT_MS;
}

type SdkError = { name?: string; statusCode?: number | null; message?: string } | null | undefined;
type SdkHeaders = Record<string, string> | null | undefined;

/**
 * Delivery through Resend. The SDK reads RESEND_BASE_URL when the client is
 * built, which lets tests run it against a local fake API. It returns errors
 * rather than throwing, so every response is classified here.
 */
export function createResendTransport({ apiKey, baseUrl, throttle, requestTimeoutMs = requestTimeoutFromEnv() }: ResendTransportOptions): EmailTransport {
  const client = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);

  /** Waits for a shared slot, makes the request, and turns a 429 into a pause for every worker. */
  async function request<T>(
    options: RequestOptions | undefined,
    endpoint: { name: "emails" | "batch"; messages: number },
    call: (signal: AbortSignal) => Promise<{ data: T | null; error: SdkError; headers: SdkHeaders }>,
  ) {
    if (!options?.slotReserved) await throttle?.waitForSlot();
    // The span covers the HTTP request alone, not the wait for a slot before it.
    const response = await withSpan(`resend ${endpoint.name}.send`, { "resend.endpoint": endpoint.name, "resend.messages": endpoint.messages }, async (span) => {
      const answer = await call(AbortSignal.timeout(requestTimeoutMs)).catch((cause: unknown) => ({
        // Only an aborted or unreachable request throws; treat it like a network failure.
        data: null,
        error: { name: "application_error", statusCode: null, message: String(cause) } as SdkError,
        headers: null as SdkHeaders,
      }));
      span?.setAttribute("resend.outcome", answer.data ? "accepted" : `${answer.error?.statusCode ?? "network"} ${answer.error?.name ?? "unknown"}`);
      return answer;
    });
    if (response.data) return { ok: true as const, data: response.data };
    const failure = classifyFailure(response.error, response.headers);
    if (response.error?.statusCode === 429) await throttle?.holdOff(failure.retryAfterMs ?? 1000);
    return { ok: false as const, failure };
  }

  return {
    name: "resend",
    ...(throttle ? { waitForSlot: () => throttle.waitForSlot() } : {}),
    async send(email: OutgoingEmail, options?: RequestOptions): Promise<DeliveryResult> {
      const outcome = await request(options, { name: "emails", messages: 1 }, (signal) =>
        client.emails.send(
          {
            ...messageBody(email),
            ...(email.attachments?.length
              ? {
                  attachments: email.attachments.map((file) => ({
                    filename: file.filename,
                    content: file.contentBase64,
                    contentType: file.contentType,
                  })),
                }
              : {}),
          },
          { idempotencyKey: email.idempotencyKey, signal },
        ),
      );
      return outcome.ok ? { ok: true, providerMessageId: outcome.data.id } : outcome.failure;
    },
    async sendBatch(emails, batchKey, options): Promise<BatchDeliveryResult> {
      // Permissive: a message Resend refuses (a malformed address) fails on its own instead of failing the batch.
      const outcome = await request(options, { name: "batch", messages: emails.length }, (signal) =>
        client.batch.send(emails.map(messageBody), { idempotencyKey: batchKey, batchValidation: "permissive", signal }),
      );
      if (!outcome.ok) return outcome.failure;
      const refused = new Map((outcome.data.errors ?? []).map((error) => [error.index, error.message]));
      // Resend lists ids for the accepted messages only, in order, skipping refused ones.
      const accepted = [...outcome.data.data];
      return {
        ok: true,
        results: emails.map((_, index) => {
          const reason = refused.get(index);
          if (reason !== undefined) return { ok: false, reason: `refused by Resend: ${reason}` };
          const next = accepted.shift();
          return next ? { ok: true, providerMessageId: next.id } : { ok: false, reason: "no id in Resend's batch answer" };
        }),
      };
    },
  };
}

function messageBody(email: OutgoingEmail) {
  return {
    from: email.from,
    to: email.to,
    subject: email.subject,
    html: email.html,
    text: email.text,
    headers: email.headers,
    ...(email.replyTo ? { replyTo: email.replyTo } : {}),
  };
}

/**
 * 429, 5xx and network failures may pass; anything else (a validation
 * error, a bad key, an idempotency key reused for different content) will
 * not. A 409 for a request still in flight under the same key is the
 * exception: the first request's answer is worth waiting for.
 */
function classifyFailure(error: SdkError, headers: SdkHeaders): RequestFailure {
  const status = error?.statusCode ?? null;
  const concurrent = status === 409 && error?.name === "concurrent_idempotent_requests";
  return {
    ok: false,
    retryable: status === null || status === 429 || status >= 500 || concurrent,
    reason: `${status ?? "network"} ${error?.name ?? "unknown"}: ${error?.message ?? ""}`.trim(),
    retryAfterMs: parseRetryAfter(headers?.["retry-after"]),
    ...(status === 429 ? { rateLimited: true } : {}),
  };
}

export function parseRetryAfter(value: string | undefined | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
