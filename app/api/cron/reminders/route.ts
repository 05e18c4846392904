import { NextResponse } from "next/server";
import { isAuthorizedCronRequest } from "@/lib/security/cron-auth";
import { cronPassResponse } from "@/lib/worker/cron-response";
import { runWorkerPass } from "@/lib/worker/pass";

/** For serverless hosts with no running worker; the reminders' emails go out in the same call. */
export async function POST(request: Request): Promise<Response> {
  if (!isAuthorizedCronRequest(request.headers)) {
    return NextResponse.json({ error: "Unauthorised" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  }
  const pass = await runWorkerPass({ reminderBatch: 100 });
  return cronPassResponse(pass, { reminders: pass.reminders, outbox: pass.delivery, retention: pass.retention });
}
