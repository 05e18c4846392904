import { expect, it } from "vitest";
import { describeWait } from "./describe-wait";

it("says a wait in the largest units that matter", () => {
  expect(describeWait(-5)).toBe("0 seconds");
  expect(describeWait(1_000)).toBe("1 second");
  expect(describeWait(59_999)).toBe("59 seconds");
  expect(describeWait(12 * 60_000 + 5_000)).toBe("12 minutes");
  expect(describeWait(60 * 60_000)).toBe("1 hour");
  expect(describeWait(3 * 3_600_000 + 5 * 60_000)).toBe("3 hours 5 minutes");
  expect(describeWait(52 * 3_600_000)).toBe("2 days 4 hours");
});
