import "server-only";

/**
 * The zones the time zone select offers, read on the server so the list the
 * page renders is the one that hydrates (browsers' lists differ slightly).
 * The current value is kept even if this runtime does not list it.
 */
export function timeZoneOptions(current: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes(current) ? zones : [current, ...zones];
}
