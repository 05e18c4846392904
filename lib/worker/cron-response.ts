import "server-only";
import { NextResponse } from "next/server";
import { describeError } from "@/lib/security/scrub-tokens";
import type { WorkerPassResult } from "./pass";

/** A cron call's answer: the tallies, or a 500 (the scheduler retries) after logging each failed step. */
export function cronPassResponse(pass: WorkerPassResult, body: unknown): Response {
  const headers = { "Cache-Control": "no-store" };
  if (pass.failures.length === 0) return NextResponse.json(body, { headers });
  for (const { step, error } of pass.failures) console.error(`[cron] ${step} failed`, describeError(error));
  return NextResponse.json({ error: "The pass failed; it is safe to call again." }, { status: 500, headers });
}
