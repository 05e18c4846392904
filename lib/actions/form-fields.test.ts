import { expect, it } from "vitest";
import { checkbox } from "./form-fields";

it("reads a ticked checkbox as true, and an unticked one or anything else as false", () => {
  for (const ticked of ["on", "true", true]) expect(checkbox.parse(ticked)).toBe(true);
  for (const unticked of [undefined, null, "", "off", "false", "ON", "yes", false, 1]) expect(checkbox.parse(unticked)).toBe(false);
});

it("refuses nothing, so an odd value never becomes a field error", () => {
  expect(checkbox.safeParse({ not: "a box" }).success).toBe(true);
});
