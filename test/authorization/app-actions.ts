// Every server action exported from an app/**/actions.ts file, found on disk
// rather than listed by hand, so an action added later is seen by the tests
// that go through all of them. Call it after the test file's vi.mock calls
// have been hoisted (any top-level await in the test file is).
import { readdirSync } from "node:fs";
import path from "node:path";

export type Action = (...args: unknown[]) => Promise<unknown>;
export type AppActions = {
  /** Each action by its exported name, with the file it came from (app/...). */
  actions: Map<string, { file: string; run: Action }>;
  /** The files read, relative to app/. */
  files: string[];
  /** Names exported by more than one file (the tests require none). */
  duplicateNames: string[];
};

const appDir = path.resolve(import.meta.dirname, "../../app");

export async function loadAppActions(): Promise<AppActions> {
  const files = readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "actions.ts")
    .sort();
  const actions: AppActions["actions"] = new Map();
  const duplicateNames: string[] = [];
  for (const file of files) {
    const exported: Record<string, unknown> = await import(/* @vite-ignore */ path.join(appDir, file));
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value !== "function") continue;
      if (actions.has(name)) duplicateNames.push(name);
      actions.set(name, { file: `app/${file}`, run: value as Action });
    }
  }
  return { actions, files, duplicateNames };
}
