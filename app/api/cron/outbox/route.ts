import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { isAuthorizedCronRequest } from "@/lib/security/cron-auth";
import { deliverDueEmails } from "@/lib/email/outbox-delivery";
import { getTransport } from "@/lib/email/transports/select";

/** One delivery pass, for serverless hosts that cannot keep a worker running. */
export async function POST(request: Request): Promise<Response> {
  if (!isAuthorizedCronRequest(request.headers)) {
    return NextResponse.json({ error: "Unauthorised" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  }
  const tally = await deliverDueEmails(getDb(), getTransport(), new Date());
  return NextResponse.json(tally, { headers: { "Cache-Control": "no-store" } });
}
