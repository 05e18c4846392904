import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { handlers } from "@/lib/auth/auth";
import { consumeSignInAllowance } from "@/lib/auth/sign-in-limits";
import { clientIp } from "@/lib/security/client-ip";
import { bodyTooLargeResponse, requestBodyLimitBytes } from "@/lib/security/body-limits";
import { readBodyWithinLimit } from "@/lib/security/request-body";
import { strictFormFields } from "@/lib/security/strict-form";
import { signInSchema } from "@/app/(auth)/sign-in/schema";

const signInLinkParams = z.object({
  token: z.string().regex(/^[0-9a-f]{64}$/),
  email: z.email().max(254),
});

/** A cut-short or edited sign-in link gets the expired-link answer, not Auth.js's "configuration" error. */
export async function GET(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.endsWith("/callback/email")) {
    const params = Object.fromEntries(request.nextUrl.searchParams);
    if (!signInLinkParams.safeParse(params).success) {
      return NextResponse.redirect(new URL("/auth-error?error=Verification", request.nextUrl.origin));
    }
  }
  return handlers.GET(request);
}

const plainText = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The fields of Auth.js's sign-in form; anything else has no business in a request for a link. */
const signInFields = ["csrfToken", "email", "callbackUrl"] as const;
const formType = "application/x-www-form-urlencoded";

/**
 * Auth.js's own endpoints would let a script skip the sign-in page's checks, so the body is read
 * here, at most the site's limit of it, and only a form of the sign-in fields, each once, goes on:
 * rebuilt from what was checked, so the address charged by the limit is the address Auth.js mails.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const body = await readBodyWithinLimit(request, requestBodyLimitBytes);
  if (body === null) return bodyTooLargeResponse();
  const provider = request.nextUrl.pathname.match(/\/signin\/([^/]+)$/)?.[1];
  if (!provider) return handlers.POST(withBody(request, body, request.headers.get("content-type")));

  const isForm = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() === formType;
  const fields = isForm ? strictFormFields(new URLSearchParams(body), signInFields) : null;
  if (!fields) {
    return plainText(400, "Send the sign-in form as it is: one email address, and no other fields.");
  }
  const address = signInSchema.shape.email.safeParse(fields.email ?? "");
  if (!address.success) {
    return plainText(400, "Enter an email address in the right format, like name@example.com.");
  }
  const allowance = await consumeSignInAllowance(address.data, clientIp(request.headers));
  if (!allowance.allowed) {
    return plainText(429, "Too many sign-in requests. Please wait and try again.", { "Retry-After": String(allowance.retryAfterSeconds) });
  }
  const checked = new URLSearchParams({ ...fields, email: address.data });
  return sameAnswerWhetherOrNotSent(request, provider, await handlers.POST(withBody(request, checked.toString(), formType)));
}

/** The request again, with a body already read (and, for sign-in, rebuilt). */
function withBody(request: NextRequest, body: string, contentType: string | null): NextRequest {
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  if (contentType) headers.set("content-type", contentType);
  return new NextRequest(request.url, { method: request.method, headers, body: body === "" ? null : body });
}

/**
 * Auth.js refuses a link the signIn callback turns down (an address with no open staff
 * invitation) with AccessDenied, and sends one otherwise: two answers that would tell a stranger
 * who has been invited. Both become the same "check your email" answer, without cookies (the
 * link itself carries where to go). With X-Auth-Return-Redirect, Auth.js answers in JSON.
 */
async function sameAnswerWhetherOrNotSent(request: NextRequest, provider: string, response: Response): Promise<Response> {
  const asJson = request.headers.has("x-auth-return-redirect");
  const target = asJson
    ? await response.clone().json().then((json: { url?: unknown }) => json?.url, () => undefined)
    : response.headers.get("location");
  if (typeof target !== "string") return response;
  const outcome = new URL(target, request.nextUrl.origin);
  const sent = outcome.pathname.endsWith("/api/auth/verify-request");
  const refused = outcome.searchParams.get("error") === "AccessDenied";
  if (!sent && !refused) return response;
  const checkEmail = new URL(`/api/auth/verify-request?${new URLSearchParams({ provider, type: "email" })}`, outcome.origin).toString();
  return asJson
    ? Response.json({ url: checkEmail }, { headers: { "Cache-Control": "no-store" } })
    : new Response(null, { status: 302, headers: { Location: checkEmail, "Cache-Control": "no-store" } });
}
