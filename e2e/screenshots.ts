// `npm run screenshots`: every page type as each role, at phone and laptop widths, into screenshots/
// (git-ignored), so the whole product can be looked at in a minute. Needs a running server with the
// demo data and the local mailbox (`npm run dev`); BASE_URL says where (default http://localhost:3000).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { signInThroughMailbox } from "./helpers";
import { demoAccounts, measureFirstScreen, resolveTour, tour, type Role } from "./page-tour";

const baseURL = process.env.BASE_URL ?? "http://localhost:3000";
const outDir = path.resolve(process.env.SCREENSHOTS_DIR ?? "screenshots");
const widths = [
  { label: "390", viewport: { width: 390, height: 844 } },
  { label: "1280", viewport: { width: 1280, height: 800 } },
];

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  let problems = 0;
  try {
    for (const role of Object.keys(tour) as Role[]) {
      const context = await browser.newContext({ baseURL, viewport: widths[0]!.viewport });
      const page = await context.newPage();
      if (role !== "signed-out") await signInThroughMailbox(page, demoAccounts[role]);
      const stops = await resolveTour(page, tour[role]);
      mkdirSync(path.join(outDir, role), { recursive: true });
      for (const { name, path: stopPath } of stops) {
        if (!stopPath) {
          console.log(`${role.padEnd(11)} ${name.padEnd(16)} not found (no link to it in the demo data)`);
          problems += 1;
          continue;
        }
        for (const { label, viewport } of widths) {
          await page.setViewportSize(viewport);
          await page.goto(stopPath);
          await page.waitForLoadState("networkidle");
          const file = path.join(outDir, role, `${name}-${label}.png`);
          await page.screenshot({ path: file, fullPage: true });
          const { headingTop, sideways } = await measureFirstScreen(page);
          const flag = sideways > 0 || headingTop === null || (label === "390" && headingTop > 200) ? "  <- look" : "";
          if (flag) problems += 1;
          console.log(`${role.padEnd(11)} ${name.padEnd(16)} ${label.padStart(4)}px  heading at ${String(headingTop ?? "none").padStart(4)}  sideways ${sideways}${flag}`);
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`\nScreenshots in ${outDir}${problems ? `; ${problems} to look at` : ""}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
