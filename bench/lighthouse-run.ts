// One Lighthouse audit (its defaults: mobile, simulated throttling) of a URL,
// and how its scores are read. Shared by bench/lighthouse.ts and
// bench/compare-starter.ts.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Result } from "lighthouse";

export type Lhr = Result;
export const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
export const chromePath = (process.env.CHROME_PATH ??= "/usr/bin/chromium");

export const score = (lhr: Lhr, category: string) => {
  const value = lhr.categories[category]?.score;
  return value === null || value === undefined ? Number.NaN : Math.round(value * 100);
};

/**
 * Lighthouse's CLI (from `root`'s node_modules) in a plain node process.
 * Imported under tsx, Lighthouse fails: esbuild's keepNames adds __name() to
 * the functions it sends to the page ("ReferenceError: __name is not defined"
 * in computeBenchmarkIndex). Writes `<outputBase>.report.json` and `.html`.
 */
export function audit(root: string, url: string, outputBase: string): Promise<Lhr> {
  const cli = path.join(root, "node_modules", ".bin", "lighthouse");
  const flags = [
    url,
    "--output=json",
    "--output=html",
    `--output-path=${outputBase}`,
    `--only-categories=${categories.join(",")}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-background-networking",
    "--quiet",
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...flags], { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code} on ${url}:\n${stderr}`));
      try {
        resolve(JSON.parse(readFileSync(`${outputBase}.report.json`, "utf8")) as Lhr);
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** The run with the median performance score (the upper middle one for an even count). */
export function medianRun(lhrs: Lhr[]): Lhr {
  return [...lhrs].sort((a, b) => score(a, "performance") - score(b, "performance"))[Math.floor(lhrs.length / 2)]!;
}
