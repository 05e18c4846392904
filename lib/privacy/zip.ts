import { crc32, deflateRawSync } from "node:zlib";
import type { LocalDateTime } from "@/lib/plans/zoned-time";

// A minimal ZIP writer (PKWARE APPNOTE 6.3, no ZIP64, deflate, UTF-8 names): enough for a few CSV
// files any OS opens, without a new dependency.

export type ZipEntry = { name: string; content: string | Uint8Array };

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 20; // 2.0: deflate
const UTF8_NAMES = 0x0800; // general purpose flag bit 11
const DEFLATE = 8;
const MAX_32 = 0xffffffff;

/** MS-DOS date and time fields, read by unzip tools as local wall time; times before 1980 cannot be written. */
function dosDateTime(when: LocalDateTime): { date: number; time: number } {
  const [year, month, day] = when.date.split("-").map(Number) as [number, number, number];
  return {
    date: ((Math.max(year, 1980) - 1980) << 9) | (month << 5) | day,
    time: (when.hour << 11) | (when.minute << 5) | Math.floor(when.second / 2),
  };
}

type Prepared = { name: Buffer; crc: number; size: number; data: Buffer; offset: number };

export function buildZip(entries: readonly ZipEntry[], modified: LocalDateTime): Uint8Array<ArrayBuffer> {
  const { date, time } = dosDateTime(modified);
  const prepared: Prepared[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = typeof entry.content === "string" ? Buffer.from(entry.content, "utf8") : Buffer.from(entry.content);
    const name = Buffer.from(entry.name, "utf8");
    const data = deflateRawSync(raw);
    prepared.push({ name, crc: crc32(raw), size: raw.length, data, offset });
    offset += 30 + name.length + data.length;
  }
  if (entries.length > 0xffff || offset > MAX_32) throw new RangeError("Too much for a ZIP file without ZIP64");

  const parts: Buffer[] = [];
  for (const file of prepared) {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(UTF8_NAMES, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt32LE(file.crc, 14);
    header.writeUInt32LE(file.data.length, 18);
    header.writeUInt32LE(file.size, 22);
    header.writeUInt16LE(file.name.length, 26);
    header.writeUInt16LE(0, 28); // no extra field
    parts.push(header, file.name, file.data);
  }

  const centralStart = offset;
  for (const file of prepared) {
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_HEADER, 0);
    header.writeUInt16LE(VERSION, 4); // made by: MS-DOS attributes, version 2.0
    header.writeUInt16LE(VERSION, 6);
    header.writeUInt16LE(UTF8_NAMES, 8);
    header.writeUInt16LE(DEFLATE, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(file.crc, 16);
    header.writeUInt32LE(file.data.length, 20);
    header.writeUInt32LE(file.size, 24);
    header.writeUInt16LE(file.name.length, 28);
    // Extra field, comment, disk number, internal and external attributes: all zero.
    header.writeUInt32LE(file.offset, 42);
    parts.push(header, file.name);
    offset += 46 + file.name.length;
  }

  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(prepared.length, 8);
  end.writeUInt16LE(prepared.length, 10);
  end.writeUInt32LE(offset - centralStart, 12);
  end.writeUInt32LE(centralStart, 16);
  parts.push(end);

  const bytes = new Uint8Array(new ArrayBuffer(offset + end.length));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
