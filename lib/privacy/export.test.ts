import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inflateRawSync } from "node:zlib";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { createCandidateWithEveryRecord } from "@/test/privacy-fixtures";
import { AuthorizationError } from "@/lib/auth/errors";
import { users } from "@/lib/db/schema/auth";
import type { CurrentUser } from "@/lib/auth/dal";
import { recordListView } from "@/lib/audit/record";
import { exportCandidateData, type CandidateExport } from "./export";
import { exportFileName, exportJson, exportZip } from "./export-files";
import { exportSections } from "./export-sections";

const now = new Date("2026-11-27T10:00:00Z");
let testDb: TestDatabase;
let a: Awaited<ReturnType<typeof createCandidateWithEveryRecord>>;
let b: Awaited<ReturnType<typeof createCandidateWithEveryRecord>>;
let consultant: CurrentUser;
let data: CandidateExport;
let json: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  const [row] = await testDb.db.insert(users).values({ email: "export-consultant@privacy.test", name: "Priya Consultant", role: "consultant" }).returning();
  consultant = { id: row!.id, name: row!.name, email: row!.email, role: "consultant" };
  a = await createCandidateWithEveryRecord(testDb.db, { label: "a", consultantId: consultant.id, now, offsetMinutes: 1 });
  b = await createCandidateWithEveryRecord(testDb.db, { label: "b", consultantId: consultant.id, now, offsetMinutes: 2 });
  data = (await exportCandidateData(a.caller, now))!;
  json = exportJson(data);
});
afterAll(() => testDb.dispose());

describe("exportCandidateData", () => {
  it("holds the candidate's record from every table that holds their data", () => {
    const missing = Object.entries(a.markers).flatMap(([table, marker]) =>
      [marker].flat().filter((value) => !json.includes(value)).map((value) => `${table}: ${value}`),
    );
    expect(missing).toEqual([]);
    for (const key of Object.keys(exportSections) as (keyof typeof exportSections)[]) {
      expect(data[key].length, key).toBeGreaterThan(0);
    }
    expect(data.profile[0]).toMatchObject({ email: "everything-a@privacy.test", consultantName: "Priya Consultant" });
    expect(data.emails).toHaveLength(2);
    expect(data.accessLog[0]).toMatchObject({ action: "view", byName: "Priya Consultant", byRole: "consultant" });
  });

  it("holds nothing of another candidate's", () => {
    const leaks = [b.caller.id, b.caller.email, ...Object.values(b.markers).flat(), "Company b", "Interviewer b", "Feedback b", "Question b"]
      .filter((value) => json.toLowerCase().includes(value.toLowerCase()));
    expect(leaks).toEqual([]);
  });

  it("leaves out the credentials that would let the file's holder act as the candidate", () => {
    expect(a.secrets.filter((secret) => json.includes(secret))).toEqual([]);
  });

  it("is for candidates only", async () => {
    await expect(exportCandidateData(consultant, now)).rejects.toThrow(AuthorizationError);
  });

  it("lists the staff views that showed them among others, without naming the others", async () => {
    await recordListView(testDb.db, consultant, [b.caller.id, a.caller.id], "pipeline", now);
    const again = (await exportCandidateData(a.caller, now))!;
    expect(again.accessLog).toContainEqual(expect.objectContaining({ action: "view", entity: "pipeline", byName: "Priya Consultant" }));
    expect(exportJson(again)).not.toContain(b.caller.id);
  });
});

/** The named files of a zip, read from its local headers (the writer's own tests check it in full). */
function filesOf(zip: Uint8Array): Map<string, string> {
  const buffer = Buffer.from(zip);
  const files = new Map<string, string>();
  for (let at = 0; buffer.readUInt32LE(at) === 0x04034b50; ) {
    const size = buffer.readUInt32LE(at + 18);
    const nameLength = buffer.readUInt16LE(at + 26);
    const name = buffer.subarray(at + 30, at + 30 + nameLength).toString("utf8");
    const start = at + 30 + nameLength;
    files.set(name, inflateRawSync(buffer.subarray(start, start + size)).toString("utf8"));
    at = start + size;
  }
  return files;
}

describe("the export files", () => {
  it("are one CSV per kind of record, with a read-me, dated in the candidate's zone", () => {
    const files = filesOf(exportZip(data));
    expect([...files.keys()]).toEqual(["read-me.txt", ...Object.values(exportSections).map((section) => `${section.file}.csv`)]);
    const applications = files.get("applications.csv")!;
    expect(applications.startsWith("\uFEFFID,Company,Role,")).toBe(true);
    expect(applications).toContain(`${a.markers.applications},Company a Ltd,Analyst,`);
    expect(applications.trimEnd().split("\r\n")).toHaveLength(2);
    expect(files.get("interviewers.csv")).toContain("interviewer-a@client.test");
    // What the candidate told us they talked about with an interviewer is theirs, so it goes with them.
    expect(files.get("interviewers.csv")).toContain("Talked about");
    expect(files.get("interviewers.csv")).toContain("Talked about a");
    expect(files.get("read-me.txt")).toContain("applications.csv (1): The jobs you applied for.");
    expect(exportFileName("zip", data)).toBe("next-steps-data-2026-11-27.zip");
  });

  it("writes the JSON as the typed object, times in ISO 8601", () => {
    const parsed = JSON.parse(json) as { exportedAt: string; applications: { company: string }[] };
    expect(parsed.exportedAt).toBe("2026-11-27T10:00:00.000Z");
    expect(parsed.applications.map((application) => application.company)).toEqual(["Company a Ltd"]);
  });
});
