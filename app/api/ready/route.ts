import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { checkReadiness } from "@/lib/ops/readiness";

// Readiness for a load balancer: 200 when this instance can serve, 503 naming
// the failed checks when not. Open to anyone: it says nothing about people.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const readiness = await checkReadiness(getDb(), { now: new Date(), outboxMaxAgeMs: env().READINESS_OUTBOX_MAX_AGE_MS });
  return NextResponse.json(
    { status: readiness.ready ? "ready" : "not ready", failed: readiness.failed, checks: readiness.checks },
    { status: readiness.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
