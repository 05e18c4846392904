// One PASS or FAIL line per fault drill, with its figures, printed before
// the assertions run so a failing drill still says what it measured.
import { expect } from "vitest";

export type DrillCheck = { name: string; ok: boolean };

export function reportDrill(drill: string, figures: Record<string, string | number>, checks: DrillCheck[]): void {
  const failed = checks.filter((check) => !check.ok);
  const measured = Object.entries(figures).map(([name, value]) => `${name}=${value}`).join(" ");
  console.log(`[drill] ${failed.length === 0 ? "PASS" : "FAIL"} ${drill}: ${measured}`);
  for (const check of failed) console.log(`[drill]   failed: ${check.name}`);
  expect(failed.map((check) => check.name)).toEqual([]);
}

export const seconds = (ms: number) => (ms / 1000).toFixed(1);
