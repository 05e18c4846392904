import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

// Client components ship what they import to the browser: lib/env.ts there
// would add zod to every page (app/error.tsx imports lib/config/brand.ts) and
// parse an empty environment. Server actions are only references on the
// client, so the walk stops at them.
const root = path.resolve(import.meta.dirname, "..");

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => path.join(folder, file));
}

function importsOf(file: string): string[] {
  const source = readFileSync(path.join(root, file), "utf8");
  const pattern = /^\s*(?:import|export)\s+(?!type\s)[^"';]*?\bfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']/gm;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? match[3] ?? "");
}

function resolve(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.join(path.dirname(from), specifier) : undefined;
  return base === undefined ? undefined : [`${base}.ts`, `${base}.tsx`].find((file) => existsSync(path.join(root, file)));
}

const hasDirective = (file: string, directive: string) => new RegExp(`^["']use ${directive}["']`).test(readFileSync(path.join(root, file), "utf8"));

function reachedFromTheBrowser(): Set<string> {
  const queue = ["app", "components", "lib"].flatMap(sourceFiles).filter((file) => hasDirective(file, "client"));
  const seen = new Set<string>();
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (seen.has(file) || hasDirective(file, "server")) continue;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      const target = resolve(file, specifier);
      if (target) queue.push(target);
    }
  }
  return seen;
}

it("keeps lib/env.ts out of every client component's imports", () => {
  const reached = reachedFromTheBrowser();
  expect(reached).toContain(path.join("lib", "config", "brand.ts"));
  expect(reached).not.toContain(path.join("lib", "env.ts"));
});
