import { followUpIcs } from "@/lib/portal/calendar-downloads";
import { ownIcsDownload } from "@/lib/portal/calendar-response";

export async function GET(_request: Request, { params }: RouteContext<"/portal/follow-ups/[stepId]/calendar.ics">) {
  const { stepId } = await params;
  return ownIcsDownload(stepId, followUpIcs);
}
