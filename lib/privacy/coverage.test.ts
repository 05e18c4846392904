import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { listColumns, listTables, listUserReferences, rowsMentioning } from "@/test/database-walk";
import { createCandidateWithEveryRecord } from "@/test/privacy-fixtures";
import { schema } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { exportSections } from "./export-sections";
import { retainedTables } from "./retained-tables";

// The schema walk: every table is either exported (and so erased, which
// erase.test.ts checks by walking the rows) or retained with a reason. A
// table added later without that decision fails here.

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.dispose());

const exportedTables = [...new Set(Object.values(exportSections).map((section) => getTableConfig(section.table).name))].sort();
const retained = Object.keys(retainedTables).sort();

describe("every table has a privacy decision", () => {
  it("reads the same tables from the Drizzle schema as from the migrated database", async () => {
    const declared = Object.values(schema).flatMap((value) => (value instanceof PgTable ? [getTableConfig(value).name] : []));
    expect([...declared].sort()).toEqual(await listTables(testDb.db));
  });

  it("exports or retains each table, and never both", async () => {
    const tables = await listTables(testDb.db);
    const undecided = tables.filter((table) => !exportedTables.includes(table) && !retained.includes(table));
    expect(undecided, "tables with no export section and no line in retained-tables.ts").toEqual([]);
    expect(exportedTables.filter((table) => retained.includes(table))).toEqual([]);
    expect([...exportedTables, ...retained].filter((table) => !tables.includes(table)), "decisions about tables that do not exist").toEqual([]);
  });

  it("lets deleting a user delete or unlink every row that points at them", async () => {
    const references = await listUserReferences(testDb.db);
    expect(references.length).toBeGreaterThan(10);
    // "no action" or "restrict" would make erasure fail, or leave the row behind.
    expect(references.filter((reference) => reference.onDelete === "other")).toEqual([]);
    // A row deleted with its user is that user's data, so they get it in their export.
    const cascading = references.filter((reference) => reference.onDelete === "cascade").map((reference) => reference.table);
    expect(cascading.filter((table) => !exportedTables.includes(table))).toEqual([]);
  });

  it("keeps nothing that names a person in the retained tables", async () => {
    const references = await listUserReferences(testDb.db);
    expect(references.filter((reference) => retained.includes(reference.table))).toEqual([]);
    const personal = /email|recipient|identifier|user|candidate|name$|phone|address$/;
    const columns = (await listColumns(testDb.db)).filter((column) => retained.includes(column.table) && personal.test(column.column));
    // delivery_throttle.name is the provider's name ("resend"), not a person's.
    expect(columns.map((column) => `${column.table}.${column.column}`)).toEqual(["delivery_throttle.name"]);
  });
});

describe("the every-record fixture", () => {
  it("has a row in every exported table, and a marker the export test looks for in each", async () => {
    const consultant = (await testDb.db.insert(users).values({ email: "walk-consultant@privacy.test", role: "consultant" }).returning())[0]!;
    const fixture = await createCandidateWithEveryRecord(testDb.db, { label: "walk", consultantId: consultant.id, now: new Date(), offsetMinutes: 0 });
    const found = await rowsMentioning(testDb.db, [fixture.caller.id, fixture.caller.email]);
    expect(exportedTables.filter((table) => !(table in found)), "exported tables the fixture leaves empty").toEqual([]);
    expect(Object.keys(fixture.markers).sort()).toEqual(exportedTables);
  });
});
