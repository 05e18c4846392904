import { NextResponse } from "next/server";

// Liveness: the process answers. Nothing else is asked, so a database outage
// never gets a healthy instance restarted; /api/ready is for traffic.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return NextResponse.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
