import type { NextRequest } from "next/server";
import { authSecret } from "@/lib/security/secret";
import { applyUnsubscribe, describeUnsubscribeList, verifyUnsubscribeToken, type UnsubscribePayload } from "@/lib/email/unsubscribe";
import { siteOrigin } from "@/lib/env";
import { abuseAllowanceLeft, consumeAbuseAllowance, requestClient, tooManyRequests } from "@/lib/security/abuse-limits";
import { readBodyWithinLimit } from "@/lib/security/request-body";
import { requestBodyLimitBytes } from "@/lib/security/body-limits";
import { logger } from "@/lib/log/logger";

// Mail providers POST without cookies (RFC 8058), so the signed token is the only authority. A GET
// changes nothing, because mail scanners prefetch links: it leads to a page that asks for a click.

const invalidLink = `This unsubscribe link is not valid. It may have been cut short when it was copied. You can turn emails off in your settings: ${new URL("/portal/settings", siteOrigin())}`;

function plainText(body: string, status: number): Response {
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** A relative Location, so the redirect stays on whichever host the request came in on. */
function seeConfirmationPage(token: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: `/unsubscribe?token=${encodeURIComponent(token)}`, "Cache-Control": "no-store" },
  });
}

type LinkCheck = { refusal: Response } | { refusal?: undefined; token: string; payload: UnsubscribePayload };

/** Counted per link, as Gmail posts for everyone from a few addresses; failed links per client,
 *  who is refused before any check once past that allowance. */
async function checkLink(request: NextRequest, token: string | null): Promise<LinkCheck> {
  const client = requestClient(request);
  const misses = await abuseAllowanceLeft("unsubscribeMisses", client);
  if (!misses.allowed) return { refusal: tooManyRequests(misses.retryAfterSeconds) };
  const payload = token ? verifyUnsubscribeToken(token, authSecret()) : null;
  if (!token || !payload) {
    await consumeAbuseAllowance("unsubscribeMisses", client);
    return { refusal: plainText(invalidLink, 400) };
  }
  const allowance = await consumeAbuseAllowance("unsubscribePerLink", `${payload.userId}:${payload.list}`);
  if (!allowance.allowed) return { refusal: tooManyRequests(allowance.retryAfterSeconds) };
  return { token, payload };
}

export async function GET(request: NextRequest): Promise<Response> {
  let link: LinkCheck;
  try {
    link = await checkLink(request, request.nextUrl.searchParams.get("token"));
  } catch (error) {
    logger().error({ err: error }, "unsubscribe link check failed");
    return plainText("Something went wrong on our side. Please try the link again in a minute.", 503);
  }
  return link.refusal ?? seeConfirmationPage(link.token);
}

export async function POST(request: NextRequest): Promise<Response> {
  try {
    const link = await checkLink(request, request.nextUrl.searchParams.get("token"));
    if (link.refusal) return link.refusal;
    const fromConfirmationPage = (await readForm(request))?.get("from") === "page";
    const result = await applyUnsubscribe(link.payload);
    if (fromConfirmationPage) return seeConfirmationPage(link.token);
    // An erased account gets no email either way: the answer is the same.
    const what = result ? describeUnsubscribeList(result.list, result.role) : "these emails";
    return plainText(`Done: you will no longer get ${what}.`, 200);
  } catch (error) {
    // Logged for us; the mail provider or the reader only learns to try again.
    logger().error({ err: error }, "unsubscribe failed");
    return plainText("Something went wrong on our side. Please try again in a minute.", 503);
  }
}

/** Anything but form data within the body limit is ignored, not an error: the signed link alone
 *  decides what is unsubscribed. */
async function readForm(request: NextRequest): Promise<FormData | null> {
  try {
    const body = await readBodyWithinLimit(request, requestBodyLimitBytes);
    if (body === null) return null;
    return await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return null;
  }
}
