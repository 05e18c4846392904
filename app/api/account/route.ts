import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/dal";
import { accountSummary, signedInHintCookie } from "@/lib/auth/account-summary";

// Who is signed in, for the header of a static page. Only the header's island asks, and only when
// the hint cookie says someone signed in here; a stale hint is cleared by the answer.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  const headers = { "Cache-Control": "private, no-store" };
  if (!user) {
    const response = NextResponse.json({ signedIn: false }, { status: 401, headers });
    response.cookies.delete(signedInHintCookie);
    return response;
  }
  return NextResponse.json({ signedIn: true, account: accountSummary(user) }, { headers });
}
