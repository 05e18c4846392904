import { describe, expect, it } from "vitest";
import { changedConsents, describeConsentHistory, nextRecordedAt, type ConsentAnswers } from "./consent-rules";

const allNo: ConsentAnswers = {
  data_retention: false,
  representation: false,
  marketing_email: false,
  marketing_sms: false,
  marketing_phone: false,
};

describe("changedConsents", () => {
  it("returns only the purposes whose answer differs", () => {
    const current = { ...allNo, data_retention: true };
    expect(changedConsents(current, { ...allNo, data_retention: true, marketing_email: true })).toEqual([
      { purpose: "marketing_email", granted: true },
    ]);
    expect(changedConsents(current, { ...allNo, data_retention: false })).toEqual([{ purpose: "data_retention", granted: false }]);
  });

  it("records a first answer, even a no", () => {
    expect(changedConsents({ data_retention: true }, { ...allNo, data_retention: true })).toEqual([
      { purpose: "representation", granted: false },
      { purpose: "marketing_email", granted: false },
      { purpose: "marketing_sms", granted: false },
      { purpose: "marketing_phone", granted: false },
    ]);
  });

  it("returns nothing when nothing changed", () => {
    expect(changedConsents(allNo, allNo)).toEqual([]);
  });

  it("compares only the purposes answered, leaving the others as they are", () => {
    expect(changedConsents({ ...allNo }, { marketing_sms: true })).toEqual([{ purpose: "marketing_sms", granted: true }]);
    expect(changedConsents({ ...allNo }, { marketing_sms: false })).toEqual([]);
    // Never answered, and not answered now either: nothing is recorded for it.
    expect(changedConsents({}, { representation: false })).toEqual([{ purpose: "representation", granted: false }]);
    expect(changedConsents({}, {})).toEqual([]);
  });
});

describe("describeConsentHistory", () => {
  const at = (day: number) => new Date(`2026-11-${String(day).padStart(2, "0")}T10:00:00Z`);
  const event = (granted: boolean, day: number) => ({ granted, recordedAt: at(day), source: "portal" });

  it("names a yes given, a no that replaced a yes withdrawn, and a first no declined, newest first", () => {
    const described = describeConsentHistory([event(true, 9), event(false, 5), event(true, 3), event(false, 1)]);
    expect(described.map((entry) => [entry.kind, entry.recordedAt])).toEqual([
      ["given", at(9)],
      ["withdrawn", at(5)],
      ["given", at(3)],
      ["declined", at(1)],
    ]);
  });

  it("is empty for a purpose never answered", () => {
    expect(describeConsentHistory([])).toEqual([]);
  });
});

describe("nextRecordedAt", () => {
  const now = new Date("2026-11-27T10:00:00.000Z");

  it("is now when the newest row is older, or there is none", () => {
    expect(nextRecordedAt(now, null)).toEqual(now);
    expect(nextRecordedAt(now, new Date("2026-11-27T09:59:59.999Z"))).toEqual(now);
  });

  it("is just after the newest row when the clock has not moved past it", () => {
    expect(nextRecordedAt(now, now)).toEqual(new Date("2026-11-27T10:00:00.001Z"));
    expect(nextRecordedAt(now, new Date("2026-11-27T10:00:05.000Z"))).toEqual(new Date("2026-11-27T10:00:05.001Z"));
  });
});
