import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildZip } from "./zip";

const modified = { date: "2026-11-27", hour: 14, minute: 35, second: 10 };

/** Reads an archive from its central directory, as unzip tools do, checking each file's CRC. */
function readZip(bytes: Uint8Array): Map<string, { text: string; date: number; time: number }> {
  const buffer = Buffer.from(bytes);
  const end = buffer.length - 22;
  expect(buffer.readUInt32LE(end)).toBe(0x06054b50);
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = new Map<string, { text: string; date: number; time: number }>();
  for (let i = 0; i < count; i++) {
    expect(buffer.readUInt32LE(at)).toBe(0x02014b50);
    const flags = buffer.readUInt16LE(at + 8);
    const crc = buffer.readUInt32LE(at + 16);
    const compressed = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    expect(flags & 0x0800).toBe(0x0800);
    expect(buffer.readUInt32LE(local)).toBe(0x04034b50);
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = inflateRawSync(buffer.subarray(dataStart, dataStart + compressed));
    expect(crc32(raw)).toBe(crc);
    files.set(name, { text: raw.toString("utf8"), date: buffer.readUInt16LE(at + 14), time: buffer.readUInt16LE(at + 12) });
    at += 46 + nameLength;
  }
  return files;
}

const hasUnzip = (() => {
  try {
    execFileSync("unzip", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("buildZip", () => {
  const entries = [
    { name: "read-me.txt", content: "Hello\r\n" },
    { name: "applications.csv", content: "\uFEFFCompany,Role\r\nCafé Müller,Barista\r\n".repeat(50) },
    { name: "empty.csv", content: "" },
  ];

  it("holds each file, named in UTF-8 and stamped with the given wall time", () => {
    const files = readZip(buildZip(entries, modified));
    expect([...files.keys()]).toEqual(["read-me.txt", "applications.csv", "empty.csv"]);
    for (const entry of entries) expect(files.get(entry.name)!.text).toBe(entry.content);
    const stamp = files.get("read-me.txt")!;
    expect(stamp.date).toBe(((2026 - 1980) << 9) | (11 << 5) | 27);
    expect(stamp.time).toBe((14 << 11) | (35 << 5) | 5);
  });

  it.skipIf(!hasUnzip)("is a file the unzip tool tests clean and extracts", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "zip-test-"));
    try {
      const file = path.join(folder, "data.zip");
      writeFileSync(file, buildZip(entries, modified));
      execFileSync("unzip", ["-tq", file]);
      expect(execFileSync("unzip", ["-p", file, "applications.csv"]).toString("utf8")).toBe(entries[1]!.content);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
