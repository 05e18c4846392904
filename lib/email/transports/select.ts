import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { createDbThrottle } from "../throttle";
import { mailboxTransport } from "./mailbox";
import { createResendTransport } from "./resend";
import type { EmailTransport } from "./transport";

let cached: EmailTransport | undefined;

/** Resend's default limit is a few requests per second per team; RESEND_REQUESTS_PER_SECOND matches the account's. */
export function resendRequestsPerSecond(): number {
  return env().RESEND_REQUESTS_PER_SECOND;
}

/** Resend when a key is configured, otherwise the local mailbox. Built lazily. */
export function getTransport(): EmailTransport {
  const { RESEND_API_KEY: apiKey, RESEND_BASE_URL: baseUrl } = env();
  cached ??= apiKey
    ? createResendTransport({
        apiKey,
        baseUrl,
        throttle: createDbThrottle(getDb, { name: "resend", requestsPerSecond: resendRequestsPerSecond() }),
      })
    : mailboxTransport;
  return cached;
}
