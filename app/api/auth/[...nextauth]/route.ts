import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { handlers } from "@/lib/auth/auth";
import { consumeSignInAllowance } from "@/lib/auth/sign-in-limits";
import { clientIp } from "@/lib/rate-limit";

const signInLinkParams = z.object({
  token: z.string().regex(/^[0-9a-f]{64}$/),
  email: z.email().max(254),
});

/**
 * A sign-in link that was cut short or edited gets the same plain answer as an
 * expired one, instead of Auth.js's generic "configuration" error.
 */
export async function GET(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.endsWith("/callback/email")) {
    const params = Object.fromEntries(request.nextUrl.searchParams);
    if (!signInLinkParams.safeParse(params).success) {
      return NextResponse.redirect(new URL("/auth-error?error=Verification", request.nextUrl.origin));
    }
  }
  return handlers.GET(request);
}

/**
 * Auth.js's own sign-in endpoint would let a script skip the sign-in page's
 * rate limit, so the same allowance is charged here.
 */
export async function POST(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.endsWith("/signin/email")) {
    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "").trim().toLowerCase();
    const allowance = await consumeSignInAllowance(email, clientIp(request.headers));
    if (!allowance.allowed) {
      return new Response("Too many sign-in requests. Please wait and try again.", {
        status: 429,
        headers: { "Retry-After": String(allowance.retryAfterSeconds), "Content-Type": "text/plain; charset=utf-8" },
      });
    }
  }
  return handlers.POST(request);
}
