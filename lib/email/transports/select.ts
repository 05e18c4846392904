import { getDb } from "@/lib/db/client";
import { createDbThrottle } from "../throttle";
import { mailboxTransport } from "./mailbox";
import { createResendTransport } from "./resend";
import type { EmailTransport } from "./transport";

let cached: EmailTransport | undefined;

/** Resend's default limit is a few requests per second per team; RESEND_REQUESTS_PER_SECOND matches the account's. */
export function resendRequestsPerSecond(): number {
  const configured = Number(process.env.RESEND_REQUESTS_PER_SECOND ?? 5);
  return Number.isFinite(configured) && configured > 0 ? configured : 5;
}

/** Resend when a key is configured, otherwise the local mailbox. Built lazily. */
export function getTransport(): EmailTransport {
  const apiKey = process.env.RESEND_API_KEY;
  cached ??= apiKey
    ? createResendTransport({
        apiKey,
        baseUrl: process.env.RESEND_BASE_URL,
        throttle: createDbThrottle(getDb, { name: "resend", requestsPerSecond: resendRequestsPerSecond() }),
      })
    : mailboxTransport;
  return cached;
}
