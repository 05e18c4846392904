import { NextResponse } from "next/server";
import { isAuthorizedCronRequest } from "@/lib/security/cron-auth";
import { cronPassResponse } from "@/lib/worker/cron-response";
import { runWorkerPass } from "@/lib/worker/pass";

/** One delivery pass, for serverless hosts that cannot keep a worker running. */
export async function POST(request: Request): Promise<Response> {
  if (!isAuthorizedCronRequest(request.headers)) {
    return NextResponse.json({ error: "Unauthorised" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  }
  const pass = await runWorkerPass({ steps: ["delivery"] });
  return cronPassResponse(pass, pass.delivery);
}
