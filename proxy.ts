import { NextResponse, type NextRequest } from "next/server";

// Only an early redirect for visitors with no session cookie at all. It
// decides nothing: every page and action checks the session itself.
const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = sessionCookies.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const signIn = new URL("/sign-in", request.nextUrl.origin);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/portal/:path*", "/consultant/:path*", "/admin/:path*"],
};
