import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { receiveResendWebhook, signedWebhookFrom } from "@/lib/email/webhooks";
import { env } from "@/lib/env";
import { readBodyWithinLimit } from "@/lib/security/request-body";
import { consumeAbuseAllowance, requestClient, tooManyRequests } from "@/lib/security/abuse-limits";
import { logger } from "@/lib/log/logger";

// Resend's delivery events (bounces, complaints, deliveries). The signature
// is the only authority: without RESEND_WEBHOOK_SECRET nothing is processed.
// Resend retries any answer other than 2xx; 503 is for faults on our side.

export const runtime = "nodejs";

/** Delivery events are a few kilobytes; anything near this is not from Resend. */
const maxBodyBytes = 256 * 1024;

function answer(body: Record<string, unknown>, status: number): Response {
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export async function POST(request: Request): Promise<Response> {
  const secret = env().RESEND_WEBHOOK_SECRET;
  if (!secret) {
    logger().error("Resend webhook refused: RESEND_WEBHOOK_SECRET is not set");
    return answer({ error: "Webhook signing secret is not configured" }, 503);
  }
  try {
    // Resend retries a 429 later, so a flood costs us a counter, not a transaction per event.
    const allowance = await consumeAbuseAllowance("webhook", requestClient(request));
    if (!allowance.allowed) return tooManyRequests(allowance.retryAfterSeconds, "webhook calls");
    const body = await readBodyWithinLimit(request, maxBodyBytes);
    if (body === null) return answer({ error: "Payload too large" }, 413);
    const outcome = await receiveResendWebhook(getDb(), signedWebhookFrom(body, request.headers), secret, new Date());
    switch (outcome.status) {
      case "processed":
      case "ignored":
        return answer({ ok: true }, 200);
      case "unverified":
        // Worth a line: after a secret rotation every genuine event lands here.
        logger().warn({ reason: outcome.reason }, "Resend webhook refused");
        return answer({ error: "Invalid signature" }, 401);
      case "malformed":
        logger().warn({ reason: outcome.reason }, "Resend webhook malformed");
        return answer({ error: "Malformed payload" }, 400);
      case "replayed":
        return answer({ error: "Already processed" }, 409);
    }
  } catch (error) {
    logger().error({ err: error }, "Resend webhook failed");
    return answer({ error: "Temporarily unavailable" }, 503);
  }
}
