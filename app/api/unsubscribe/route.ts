import type { NextRequest } from "next/server";
import { authSecret } from "@/lib/security/secret";
import { applyUnsubscribe, describeUnsubscribeList, verifyUnsubscribeToken } from "@/lib/email/unsubscribe";
import { siteOrigin } from "@/lib/env";
import { consumeAbuseAllowance, requestClient, tooManyRequests } from "@/lib/security/abuse-limits";
import { readBodyWithinLimit } from "@/lib/security/request-body";
import { requestBodyLimitBytes } from "@/lib/security/body-limits";

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

export async function GET(request: NextRequest): Promise<Response> {
  const token = request.nextUrl.searchParams.get("token");
  try {
    const allowance = await consumeAbuseAllowance("unsubscribe", requestClient(request));
    if (!allowance.allowed) return tooManyRequests(allowance.retryAfterSeconds);
    if (!token || !verifyUnsubscribeToken(token, authSecret())) return plainText(invalidLink, 400);
  } catch (error) {
    console.error("Unsubscribe link check failed", error);
    return plainText("Something went wrong on our side. Please try the link again in a minute.", 503);
  }
  return seeConfirmationPage(token);
}

export async function POST(request: NextRequest): Promise<Response> {
  const token = request.nextUrl.searchParams.get("token");
  try {
    const allowance = await consumeAbuseAllowance("unsubscribe", requestClient(request));
    if (!allowance.allowed) return tooManyRequests(allowance.retryAfterSeconds);
    const payload = token ? verifyUnsubscribeToken(token, authSecret()) : null;
    if (!token || !payload) return plainText(invalidLink, 400);
    const fromConfirmationPage = (await readForm(request))?.get("from") === "page";
    const result = await applyUnsubscribe(payload);
    if (fromConfirmationPage) return seeConfirmationPage(token);
    // An erased account gets no email either way: the answer is the same.
    const what = result ? describeUnsubscribeList(result.list, result.role) : "these emails";
    return plainText(`Done: you will no longer get ${what}.`, 200);
  } catch (error) {
    // Logged for us; the mail provider or the reader only learns to try again.
    console.error("Unsubscribe failed", error);
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
