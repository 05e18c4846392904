import { interviewIcs } from "@/lib/portal/calendar-downloads";
import { ownIcsDownload } from "@/lib/portal/calendar-response";

export async function GET(_request: Request, { params }: RouteContext<"/portal/interviews/[id]/calendar.ics">) {
  const { id } = await params;
  return ownIcsDownload(id, interviewIcs);
}
