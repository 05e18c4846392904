import { execFileSync } from "node:child_process";
import path from "node:path";
import type { FullConfig } from "@playwright/test";

/**
 * Migrates and seeds the e2e database. It cannot create that database:
 * Playwright starts the web server before globalSetup, so playwright.config.ts
 * has already settled E2E_DATABASE_URL (given, or a scratch database it made).
 * The server touches the database only when a request needs it, and no test
 * runs before this returns.
 */
export default function globalSetup(config: FullConfig): void {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  if (!databaseUrl) {
    throw new Error("E2E_DATABASE_URL is not set; playwright.config.ts sets it. Run the suite with `npm run test:e2e`.");
  }
  // The npm scripts live beside the config, not in the test folder.
  const cwd = config.configFile ? path.dirname(config.configFile) : process.cwd();
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  for (const script of ["db:migrate", "db:seed"]) {
    execFileSync("npm", ["run", "--silent", script], { cwd, env, stdio: "inherit" });
  }
}
