import "server-only";
import { NextResponse } from "next/server";
import type { WorkerPassResult } from "./pass";
import { logger } from "@/lib/log/logger";

/** A cron call's answer: the tallies, or a 500 (the scheduler retries) after logging each failed step. */
export function cronPassResponse(pass: WorkerPassResult, body: unknown): Response {
  const headers = { "Cache-Control": "no-store" };
  if (pass.failures.length === 0) return NextResponse.json(body, { headers });
  for (const { step, error } of pass.failures) logger().error({ err: error, step }, "cron pass step failed");
  return NextResponse.json({ error: "The pass failed; it is safe to call again." }, { status: 500, headers });
}
