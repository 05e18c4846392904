import { describe, expect, it } from "vitest";
import { erasureDateFrom, erasureVerdict, inactiveCutoff, retentionDay, type DueAccount } from "./rules";

const warned = new Date("2027-01-01T10:00:00Z");
const account = (overrides: Partial<DueAccount> = {}): DueAccount => ({
  erasureReason: "inactive",
  retentionWarnedAt: warned,
  lastSignInAt: new Date("2025-12-01T10:00:00Z"),
  retentionKeptAt: null,
  keepConsent: null,
  hasOpenApplication: false,
  ...overrides,
});

describe("the retention rules", () => {
  it("counts a year back in calendar months and gives thirty days' notice", () => {
    expect(inactiveCutoff(new Date("2027-03-31T12:00:00Z")).toISOString()).toBe("2026-03-31T12:00:00.000Z");
    expect(erasureDateFrom(warned).toISOString()).toBe("2027-01-31T10:00:00.000Z");
    expect(retentionDay(new Date("2027-01-01T23:59:59Z"))).toBe("2027-01-01");
  });

  it("erases an account unused for a year whose owner said nothing", () => {
    expect(erasureVerdict(account())).toBe("erase");
    expect(erasureVerdict(account({ keepConsent: false }))).toBe("erase");
  });

  it("keeps it after a sign-in or a 'keep' since the email, or while 'keep my details' is the answer", () => {
    expect(erasureVerdict(account({ lastSignInAt: new Date("2027-01-02T10:00:00Z") }))).toBe("kept");
    expect(erasureVerdict(account({ retentionKeptAt: new Date("2027-01-02T10:00:00Z") }))).toBe("kept");
    expect(erasureVerdict(account({ keepConsent: true }))).toBe("kept");
    // A sign-in before the email is what made it inactive: it keeps nothing.
    expect(erasureVerdict(account({ lastSignInAt: new Date("2026-12-31T10:00:00Z") }))).toBe("erase");
  });

  it("waits for an open job search to close", () => {
    expect(erasureVerdict(account({ hasOpenApplication: true }))).toBe("search-open");
  });

  it("does not let a sign-in cancel an erasure the candidate asked for", () => {
    const withdrawn = account({ erasureReason: "withdrawn", retentionWarnedAt: null, keepConsent: false, lastSignInAt: new Date("2027-01-20T10:00:00Z") });
    expect(erasureVerdict(withdrawn)).toBe("erase");
    expect(erasureVerdict({ ...withdrawn, keepConsent: true })).toBe("kept");
    expect(erasureVerdict({ ...withdrawn, hasOpenApplication: true })).toBe("search-open");
  });
});
