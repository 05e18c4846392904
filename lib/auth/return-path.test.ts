import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a same-site path", () => {
    expect(safeReturnPath("/portal/interviews?tab=plan")).toBe("/portal/interviews?tab=plan");
  });

  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "portal", "/por\ntal", 42, undefined])(
    "falls back for %j",
    (value) => {
      expect(safeReturnPath(value)).toBe("/portal");
    },
  );
});
