import { describe, expect, it } from "vitest";
import { filterTimeZones, matchesTimeZone, timeZoneList, withDeviceZone, zoneNamed } from "./time-zone-choices";

const zones = Intl.supportedValuesOf("timeZone");
// A winter's day: London on GMT, New York five hours behind.
const january = new Date("2027-01-15T12:00:00Z");
const july = new Date("2027-07-15T12:00:00Z");
const values = (list: { value: string }[]) => list.map((zone) => zone.value);

describe("timeZoneList", () => {
  it("puts the candidate's own zone, then UK time, first, and every other zone after them A–Z, once each", () => {
    const list = timeZoneList("America/New_York", zones, january);
    expect(values(list.suggested)).toEqual(["America/New_York", "Europe/London"]);
    expect(list.suggested.map((zone) => zone.note)).toEqual(["Your current zone", "UK time"]);
    expect(list.others[0]!.value).toBe("Africa/Abidjan");
    expect(values(list.others)).not.toContain("America/New_York");
    expect(values(list.others)).not.toContain("Europe/London");
    expect(values(list.others)).toEqual([...values(list.others)].sort());
    expect(list.suggested.length + list.others.length).toBe(zones.length);
  });

  it("offers London once when it is the candidate's zone", () => {
    const list = timeZoneList("Europe/London", zones, january);
    expect(list.suggested).toEqual([{ value: "Europe/London", label: "Europe/London", offset: "GMT", note: "Your current zone, UK time" }]);
    expect(list.suggested.length + list.others.length).toBe(zones.length);
  });

  it("still offers a saved zone the runtime does not list, such as UTC", () => {
    const list = timeZoneList("UTC", zones, january);
    expect(values(list.suggested)).toEqual(["UTC", "Europe/London"]);
    expect(list.suggested.length + list.others.length).toBe(zones.length + (zones.includes("UTC") ? 0 : 1));
  });

  it("labels zones as people read them, with the offset on the day the list is made", () => {
    const winter = timeZoneList("America/New_York", zones, january).suggested[0]!;
    expect(winter).toMatchObject({ label: "America/New York", offset: "GMT-5" });
    expect(timeZoneList("America/New_York", zones, july).suggested[0]!.offset).toBe("GMT-4");
    expect(timeZoneList("Asia/Kolkata", zones, july).suggested[0]!.offset).toBe("GMT+5:30");
    // A renamed city is shown with its new name, whichever name the runtime lists.
    expect(timeZoneList("Asia/Calcutta", zones, july).suggested[0]!.label).toBe("Asia/Calcutta (Kolkata)");
  });
});

describe("withDeviceZone", () => {
  const list = timeZoneList("Asia/Tokyo", zones, january);

  it("suggests the device's zone after the saved one, moved out of the rest", () => {
    const withDevice = withDeviceZone(list, "America/New_York");
    expect(values(withDevice.suggested)).toEqual(["Asia/Tokyo", "America/New_York", "Europe/London"]);
    expect(withDevice.suggested[1]!.note).toBe("This device's zone");
    expect(values(withDevice.others)).not.toContain("America/New_York");
  });

  it("changes nothing when the device's zone is already suggested, unknown, or not given", () => {
    expect(withDeviceZone(list, "Europe/London")).toBe(list);
    expect(withDeviceZone(list, "Mars/Olympus_Mons")).toBe(list);
    expect(withDeviceZone(list, null)).toBe(list);
  });
});

describe("searching", () => {
  const list = timeZoneList("Europe/London", zones, january);
  const found = (query: string) => {
    const shown = filterTimeZones(list, query);
    return [...values(shown.suggested), ...values(shown.others)];
  };

  it("finds a zone by any part of its name, in any case, with spaces for underscores", () => {
    expect(found("york")).toEqual(["America/New_York"]);
    expect(found("NEW YORK")).toEqual(["America/New_York"]);
    expect(found("new_york")).toEqual(["America/New_York"]);
    expect(found("america new")).toEqual(expect.arrayContaining(["America/New_York"]));
    expect(found("lond")).toEqual(["Europe/London"]);
    // Node's list still says Calcutta and Kiev: the names people use now find them.
    expect(found("kolkata")).toEqual([zones.includes("Asia/Kolkata") ? "Asia/Kolkata" : "Asia/Calcutta"]);
    expect(found("kyiv")).toHaveLength(1);
  });

  it("finds zones by their exact offset, written as GMT or UTC", () => {
    expect(found("gmt-5")).toContain("America/Bogota");
    expect(found("UTC+05:30")).toContain("Asia/Colombo");
    // Exactly: +1 is not +10 or +11.
    expect(found("gmt+1").every((zone) => matchesTimeZone(list.others.find((other) => other.value === zone)!, "gmt+1"))).toBe(true);
    expect(found("gmt+1")).not.toContain("Australia/Sydney");
    expect(found("utc+0")).toContain("Europe/London");
  });

  it("keeps the suggestions first and shows everything for an empty search", () => {
    expect(found("europe")[0]).toBe("Europe/London");
    expect(found("  ")).toHaveLength(zones.length);
    expect(found("atlantis")).toEqual([]);
  });

  it("names the zone typed out in full, however it is spelt", () => {
    expect(zoneNamed(list, "america/new york")?.value).toBe("America/New_York");
    expect(zoneNamed(list, " Europe/London ")?.value).toBe("Europe/London");
    expect(zoneNamed(list, "New York")).toBeUndefined();
    if (zones.includes("Asia/Calcutta")) expect(zoneNamed(list, "asia/calcutta (kolkata)")?.value).toBe("Asia/Calcutta");
  });
});
