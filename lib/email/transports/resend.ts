import { Resend } from "resend";
import type { DeliveryResult, EmailTransport, OutgoingEmail } from "./transport";

const requestTimeoutMs = 15_000;

/**
 * Delivery through Resend. The SDK reads RESEND_BASE_URL when the client is
 * built, which lets tests run it against a local fake API. It returns errors
 * rather than throwing, so every response is classified here.
 */
export function createResendTransport(apiKey: string, baseUrl?: string): EmailTransport {
  const client = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    name: "resend",
    async send(email: OutgoingEmail): Promise<DeliveryResult> {
      const { data, error, headers } = await client.emails.send(
        {
          from: email.from,
          to: email.to,
          subject: email.subject,
          html: email.html,
          text: email.text,
          headers: email.headers,
          ...(email.replyTo ? { replyTo: email.replyTo } : {}),
        },
        { idempotencyKey: email.idempotencyKey, signal: AbortSignal.timeout(requestTimeoutMs) },
      ).catch((cause: unknown) => ({
        // Only an aborted request throws; treat it like a network failure.
        data: null,
        error: { name: "application_error", statusCode: null, message: String(cause) },
        headers: null,
      }));
      if (data) return { ok: true, providerMessageId: data.id };
      const status = error?.statusCode ?? null;
      return {
        ok: false,
        retryable: status === null || status === 429 || status >= 500,
        reason: `${status ?? "network"} ${error?.name ?? "unknown"}: ${error?.message ?? ""}`.trim(),
        retryAfterMs: parseRetryAfter(headers?.["retry-after"]),
      };
    },
  };
}

export function parseRetryAfter(value: string | undefined | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
