import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { isAuthorizedCronRequest } from "@/lib/security/cron-auth";
import { deliverDueEmails } from "@/lib/email/outbox-delivery";
import { getTransport } from "@/lib/email/transports/select";
import { processDueReminders } from "@/lib/reminders/process-due";

/**
 * One reminders pass then one delivery pass, for serverless hosts that cannot
 * keep a worker running: the emails the reminders enqueue go out in the same call.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isAuthorizedCronRequest(request.headers)) {
    return NextResponse.json({ error: "Unauthorised" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  }
  const reminders = await processDueReminders(getDb(), new Date(), 100);
  const outbox = await deliverDueEmails(getDb(), getTransport(), new Date());
  return NextResponse.json({ reminders, outbox }, { headers: { "Cache-Control": "no-store" } });
}
