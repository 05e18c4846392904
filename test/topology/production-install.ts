// The production artefacts as the two container images hold them, made from
// this checkout's build: web/ is .next/standalone (its own traced
// node_modules), tasks/ is the bundled migrate, seed and worker with the
// migrations and `npm ci --omit=dev`. Nothing here can reach a dev dependency.
import { createHash } from "node:crypto";
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run } from "./processes";

export type ProductionInstall = { web: string; tasks: string };

export async function prepareProductionInstall(root: string, dir: string): Promise<ProductionInstall> {
  for (const built of [".next/standalone/server.js", ".next/standalone/.next/csp-hashes.json", "dist/scripts/worker.mjs"]) {
    if (!existsSync(path.join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  // nginx's workers (nobody, when started as root) read the static files from here; mktemp makes it 0700.
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  const web = path.join(dir, "web");
  rmSync(web, { recursive: true, force: true });
  cpSync(path.join(root, ".next/standalone"), web, { recursive: true, verbatimSymlinks: true });

  const tasks = path.join(dir, "tasks");
  mkdirSync(tasks, { recursive: true });
  for (const item of ["dist", "lib/db/migrations"]) {
    rmSync(path.join(tasks, item), { recursive: true, force: true });
    cpSync(path.join(root, item), path.join(tasks, item), { recursive: true });
  }
  // npm ci only when the lock file changed since the last install here (a re-run for a drill reuses it).
  const lock = readFileSync(path.join(root, "package-lock.json"));
  const stamp = path.join(tasks, "node_modules", ".lock-sha256");
  const digest = createHash("sha256").update(lock).digest("hex");
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== digest) {
    cpSync(path.join(root, "package.json"), path.join(tasks, "package.json"));
    writeFileSync(path.join(tasks, "package-lock.json"), lock);
    rmSync(path.join(tasks, "node_modules"), { recursive: true, force: true });
    await run("npm ci --omit=dev", "npm", ["ci", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: tasks, env: process.env });
    writeFileSync(stamp, digest);
  }
  for (const devOnly of ["tsx", "vitest", "esbuild", "typescript"]) {
    if (existsSync(path.join(tasks, "node_modules", devOnly))) throw new Error(`${devOnly}, a dev dependency, is in the production install`);
  }
  return { web, tasks };
}
