import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The article's follow-up calculator runs these modules in the browser, so
// nothing they reach may pull in date-holidays (large), server-only or Node.
const root = path.resolve(import.meta.dirname, "../..");
const entries = ["lib/plans/follow-up-rules.ts", "lib/calendar/ics.ts"];

function importsOf(file: string): string[] {
  const source = readFileSync(path.join(root, file), "utf8");
  const pattern = /\b(?:import|export)\b[^"';]*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(?\s*["']([^"']+)["']/g;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? "");
}

function reachable(): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [...entries];
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (seen.has(file)) continue;
    const specifiers = importsOf(file);
    seen.set(file, specifiers);
    for (const spec of specifiers) if (spec.startsWith("@/")) queue.push(`${spec.slice(2)}.ts`);
  }
  return seen;
}

describe("modules shared with the browser", () => {
  const graph = reachable();

  it("reach the rules, the calendar maths and the settings", () => {
    expect([...graph.keys()]).toEqual(
      expect.arrayContaining(["lib/plans/working-days.ts", "lib/plans/zoned-time.ts", "lib/config/follow-up.ts"]),
    );
  });

  it("import no holiday library, no server-only marker and no Node module", () => {
    const offending = [...graph].flatMap(([file, specifiers]) =>
      specifiers
        .filter((spec) => spec === "date-holidays" || spec === "server-only" || spec.startsWith("node:") || spec === "fs")
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offending).toEqual([]);
    expect(graph.has("lib/plans/bank-holidays.ts")).toBe(false);
  });
});
