import { allInterviewsIcs } from "@/lib/portal/calendar-downloads";
import { ownDataDownload } from "@/lib/privacy/download-response";

export async function GET() {
  return ownDataDownload(async (caller, now) => {
    const file = await allInterviewsIcs(caller, now);
    return { fileName: file.fileName, contentType: "text/calendar; charset=utf-8", body: file.content };
  });
}
