import { execFileSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run against the production build, so run `npm run build`
// first: the web server below is `next start`, which serves .next as it is.
//
// Playwright starts the web server BEFORE globalSetup, so everything the
// server's environment needs (its port and its database) is settled here,
// synchronously, while the config loads. The main process sets
// E2E_PORT / E2E_DATABASE_URL in process.env; the worker processes it forks
// inherit them and, re-loading this file, reuse them instead of making new
// ones. globalSetup then migrates and seeds that database before any test.

const adminDatabaseUrl = process.env.E2E_ADMIN_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

function freePort(): string {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();});";
  return execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim();
}

// One statement against the server's maintenance database, through the
// project's own driver in a child process (config loading cannot await).
function runAdminStatement(statement: string): void {
  const script = `
    const postgres = require("postgres");
    const sql = postgres(process.argv[1], { max: 1, onnotice: () => {} });
    sql.unsafe(process.argv[2]).then(
      () => sql.end(),
      (error) => { console.error(error.message); process.exitCode = 1; return sql.end(); },
    );`;
  execFileSync(process.execPath, ["-e", script, adminDatabaseUrl, statement], {
    cwd: __dirname,
    stdio: ["ignore", "inherit", "inherit"],
    timeout: 30_000,
  });
}

function otherFreePort(taken: string): string {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const candidate = freePort();
    if (candidate !== taken) return candidate;
  }
  throw new Error("Could not find a second free port for the e2e servers");
}

/** A throwaway database on the local server, dropped when this process exits. */
function createScratchDatabase(): string {
  const name = `next_steps_e2e_${Date.now()}`;
  try {
    runAdminStatement(`create database "${name}"`);
  } catch {
    throw new Error(
      `Could not create the e2e database on ${adminDatabaseUrl}. Start Postgres, or set E2E_DATABASE_URL to a database to use.`,
    );
  }
  // After the web server has been stopped: Playwright tears it down before exiting.
  process.on("exit", () => {
    try {
      runAdminStatement(`drop database if exists "${name}" with (force)`);
    } catch {
      console.error(`Could not drop the e2e database ${name}; drop it by hand.`);
    }
  });
  const url = new URL(adminDatabaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const port = (process.env.E2E_PORT ||= freePort());
// A second instance of the same build on the same database, as two app
// servers behind a load balancer would be (e2e/two-instances.spec.ts).
const secondPort = (process.env.E2E_SECOND_PORT ||= otherFreePort(port));
const databaseUrl = (process.env.E2E_DATABASE_URL ||= createScratchDatabase());
// The server listens on 127.0.0.1, but the site is addressed as localhost:
// Next.js rewrites 127.0.0.1 to localhost in request URLs, so with AUTH_URL on
// 127.0.0.1 Auth.js saw the sign-in link's callbackUrl as another origin and
// its cookies landed on a host the redirect then left.
const baseURL = `http://localhost:${port}`;
process.env.E2E_SECOND_URL = `http://localhost:${secondPort}`;

/** Both instances: one database, one secret, one public address (AUTH_URL), as behind a load balancer. */
function webServer(listenPort: string, instance: number) {
  return {
    // The binary itself, not `npx next start`: stopping npx can leave next-server running.
    command: `node_modules/.bin/next start -p ${listenPort} -H 127.0.0.1`,
    // A static page: the database is not migrated until globalSetup runs.
    url: `http://127.0.0.1:${listenPort}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ENABLE_DEV_MAILBOX: "1",
      // The tests stand in for one proxy, naming each browser's client address in X-Forwarded-For.
      TRUSTED_PROXY_HOPS: "1",
      // Reminders go out while the tests watch the mailbox, as in development.
      WORKER_IN_PROCESS: "1",
      WORKER_INTERVAL_MS: "1000",
      // e2e/retention.spec.ts runs the day's retention pass through the cron route.
      CRON_SECRET: "e2e-only-cron-secret",
      AUTH_SECRET: "e2e-only-secret-0b6f1c9e4d2a47f8a3c5e7d9b1f3a5c7",
      AUTH_URL: baseURL,
      DATABASE_URL: databaseUrl,
      // Names each instance's connections, so a test can tell which one claimed a row.
      PGAPPNAME: `next-steps-e2e-${instance}`,
      // Mail must land in the local mailbox even if the shell has a real key.
      RESEND_API_KEY: "",
    },
  };
}

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: "list",
  // Journeys sign in several people and run axe on each page: two minutes leaves room on a busy machine.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          // Debian's Chromium: Playwright's own download is not reachable here.
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: [webServer(port, 1), webServer(secondPort, 2)],
});
