import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { handlers } from "@/lib/auth/auth";
import { consumeSignInAllowance } from "@/lib/auth/sign-in-limits";
import { clientIp } from "@/lib/security/rate-limit";
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
  new Response(body, { status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });

/** Auth.js's own endpoints would let a script skip the sign-in page's checks (it takes a NUL, which
 *  fails the adapter's query, or 20,000 characters), so the same address rule and allowance apply. */
export async function POST(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  if (!/\/signin\/[^/]+$/.test(pathname)) return handlers.POST(request);
  const form = await request.clone().formData().catch(() => null);
  const address = signInSchema.shape.email.safeParse(String(form?.get("email") ?? ""));
  if (!address.success) {
    return plainText(400, "Enter an email address in the right format, like name@example.com.");
  }
  const email = address.data;
  if (pathname.endsWith("/signin/email")) {
    const allowance = await consumeSignInAllowance(email, clientIp(request.headers));
    if (!allowance.allowed) {
      return plainText(429, "Too many sign-in requests. Please wait and try again.", { "Retry-After": String(allowance.retryAfterSeconds) });
    }
  }
  return handlers.POST(request);
}
