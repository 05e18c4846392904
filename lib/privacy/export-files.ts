import "server-only";
import { brand } from "@/lib/config/brand";
import { formatDateTime } from "@/lib/domain/format";
import { localDateOf, localDateTimeOf } from "@/lib/plans/zoned-time";
import { columnHeading, toCsv, type CsvValue } from "./csv";
import type { CandidateExport } from "./export";
import { exportSections, type ExportSectionKey } from "./export-sections";
import { buildZip, type ZipEntry } from "./zip";

// Pure: one JSON document, or a zip of one CSV per kind of record with a read-me.

/** Excel reads a CSV as the PC's legacy code page unless it starts with a byte order mark. */
const BYTE_ORDER_MARK = "\uFEFF";

/** "next-steps-data-2026-11-27.zip", dated in the candidate's zone. */
export function exportFileName(extension: string, data: Pick<CandidateExport, "exportedAt" | "timeZone">): string {
  const slug = brand.siteName.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return `${slug}-data-${localDateOf(data.exportedAt, data.timeZone)}.${extension}`;
}

export function exportJson(data: CandidateExport): string {
  return JSON.stringify(data, null, 2) + "\n";
}

function readMe(data: CandidateExport): string {
  const keys = Object.keys(exportSections) as ExportSectionKey[];
  return [
    `Your data from ${brand.siteName} (${brand.agencyName}), exported ${formatDateTime(data.exportedAt, data.timeZone)}.`,
    "",
    "Each .csv file opens in Excel, Numbers, LibreOffice or Google Sheets: one file per kind of record.",
    `Dates and times are in your time zone (${data.timeZone}).`,
    "A cell that began with =, +, - or @ starts with an apostrophe, so a spreadsheet shows it as text instead of running it as a formula.",
    "The same data, in one file for computers, is the .json download on the Privacy and data page.",
    "",
    ...keys.map((key) => `${exportSections[key].file}.csv (${data[key].length}): ${exportSections[key].description}`),
    "",
  ].join("\r\n");
}

export function exportZip(data: CandidateExport): Uint8Array<ArrayBuffer> {
  const keys = Object.keys(exportSections) as ExportSectionKey[];
  const files: ZipEntry[] = keys.map((key) => {
    const columns = exportSections[key].columns.map((column) => ({ key: column, heading: columnHeading(column) }));
    const rows = data[key] as Record<string, CsvValue>[];
    return { name: `${exportSections[key].file}.csv`, content: BYTE_ORDER_MARK + toCsv(columns, rows, data.timeZone) };
  });
  return buildZip([{ name: "read-me.txt", content: readMe(data) }, ...files], localDateTimeOf(data.exportedAt, data.timeZone));
}
