import { exportCandidateData } from "@/lib/privacy/export";
import { exportFileName, exportJson } from "@/lib/privacy/export-files";
import { ownDataDownload } from "@/lib/privacy/download-response";

export async function GET() {
  return ownDataDownload(async (caller, now) => {
    const data = await exportCandidateData(caller, now);
    if (!data) return null;
    return { fileName: exportFileName("json", data), contentType: "application/json; charset=utf-8", body: exportJson(data) };
  });
}
