// The time-zone field's list and its search, with Intl only, so the same code runs on the server
// (which builds the list) and in the browser (which filters it as the candidate types).

export type TimeZoneChoice = {
  /** The IANA name stored, e.g. "America/New_York". */
  value: string;
  /** As people read it: "America/New York". */
  label: string;
  /** Its offset from GMT at the moment the list was made, e.g. "GMT-5". */
  offset: string;
  /** Why it is suggested, e.g. "UK time"; only on the suggested few. */
  note?: string;
};

export type TimeZoneList = { suggested: TimeZoneChoice[]; others: TimeZoneChoice[] };

export const ukTimeZone = "Europe/London";

/** Zones the runtime still lists under an older name (Node's ICU does): the new one is what people search for. */
const newerNames: Record<string, string> = {
  "America/Godthab": "Nuuk",
  "Asia/Calcutta": "Kolkata",
  "Asia/Katmandu": "Kathmandu",
  "Asia/Rangoon": "Yangon",
  "Asia/Saigon": "Ho Chi Minh City",
  "Europe/Kiev": "Kyiv",
};

export function timeZoneLabel(zone: string): string {
  const newer = newerNames[zone];
  return `${zone.replaceAll("_", " ")}${newer ? ` (${newer})` : ""}`;
}

function offsetOf(zone: string, now: Date): string {
  try {
    const part = new Intl.DateTimeFormat("en-GB", { timeZone: zone, timeZoneName: "shortOffset" })
      .formatToParts(now)
      .find((piece) => piece.type === "timeZoneName");
    // Some runtimes write zero as "GMT+0", others as "GMT".
    return part?.value.replace(/^GMT[+-]0$/, "GMT") ?? "";
  } catch {
    return "";
  }
}

/**
 * The candidate's own zone first, then UK time (where the agency is and most candidates live),
 * then every other zone A–Z. `zones` is the runtime's list (Intl.supportedValuesOf); a saved zone
 * missing from it (an alias such as "UTC") is still offered, as the first.
 */
export function timeZoneList(current: string, zones: readonly string[], now: Date): TimeZoneList {
  const choice = (value: string, note?: string): TimeZoneChoice => ({ value, label: timeZoneLabel(value), offset: offsetOf(value, now), ...(note ? { note } : {}) });
  const suggested =
    current === ukTimeZone
      ? [choice(current, "Your current zone, UK time")]
      : [choice(current, "Your current zone"), choice(ukTimeZone, "UK time")];
  const first = new Set(suggested.map((zone) => zone.value));
  return { suggested, others: zones.filter((zone) => !first.has(zone)).map((zone) => choice(zone)) };
}

/** The device's zone added to the suggestions (after the saved one), if it is in the list and not there already. */
export function withDeviceZone(list: TimeZoneList, device: string | null): TimeZoneList {
  if (!device || list.suggested.some((zone) => zone.value === device)) return list;
  const found = list.others.find((zone) => zone.value === device);
  if (!found) return list;
  const [current, ...rest] = list.suggested;
  return {
    suggested: [current!, { ...found, note: "This device's zone" }, ...rest],
    others: list.others.filter((zone) => zone.value !== device),
  };
}

/** "UTC+01:00", "gmt+1" and "GMT+01" all as Intl writes the offset ("gmt+1"); "GMT+0" as "gmt". */
function offsetWord(word: string): string {
  const offset = /^(?:gmt|utc)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/.exec(word);
  if (!offset) return word;
  const [, sign, hours, minutes] = offset;
  if (!sign || (Number(hours) === 0 && Number(minutes ?? 0) === 0)) return "gmt";
  return `gmt${sign}${Number(hours)}${minutes && minutes !== "00" ? `:${minutes}` : ""}`;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replaceAll("_", " ")
    .split(/[\s/,]+/)
    .filter(Boolean)
    .map(offsetWord);

/**
 * Every word typed must appear in the zone's name ("york", "america new", "kolkata"), or be its
 * offset exactly ("gmt+1", "utc-5"), so "gmt+1" does not also find GMT+10.
 */
export function matchesTimeZone(zone: TimeZoneChoice, query: string): boolean {
  const name = zone.label.toLowerCase();
  const offset = zone.offset.toLowerCase();
  return words(query).every((word) => name.includes(word) || offset === word);
}

export function filterTimeZones(list: TimeZoneList, query: string): TimeZoneList {
  if (query.trim() === "") return list;
  return { suggested: list.suggested.filter((zone) => matchesTimeZone(zone, query)), others: list.others.filter((zone) => matchesTimeZone(zone, query)) };
}

/** The zone a typed text names, if any: its name ignoring case and spaces for underscores
 *  ("america/new york"), or its label as the list shows it. */
export function zoneNamed(list: TimeZoneList, text: string): TimeZoneChoice | undefined {
  const wanted = text.trim().toLowerCase();
  return [...list.suggested, ...list.others].find(
    (zone) => zone.value.toLowerCase() === wanted.replaceAll(" ", "_") || zone.label.toLowerCase() === wanted,
  );
}
