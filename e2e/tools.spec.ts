import { readFile } from "node:fs/promises";
import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures";
import ICAL from "ical.js";
import { expectNoAxeViolations } from "./helpers";

// The three tools inside the articles, used the way a reader would.

/** Sam Patel's note to Jo Evans, applied for directly. */
async function fillOneInterviewNote(tool: Locator) {
  await tool.getByLabel("Your name").fill("Sam Patel");
  await tool.getByLabel("The role").fill("Data Analyst");
  await tool.getByLabel("The company").fill("Harbour Lane Foods");
  await tool.getByLabel("No, I applied directly").check();
  await tool.getByLabel("Their name").fill("Jo Evans");
  await tool.getByLabel("One thing you talked about").fill("the new stock forecasting dashboard");
}

test("the thank-you builder writes a note per interviewer and copies it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/advice/thank-you-email-after-an-interview");
  const tool = page.getByRole("region", { name: /thank-you/i }).filter({ has: page.getByLabel("Your name") });
  await fillOneInterviewNote(tool);
  await tool.getByRole("button", { name: "Write my notes" }).click();

  const message = tool.getByLabel(/message/i).first();
  await expect(message).toHaveValue(/Jo/);
  await expect(message).toHaveValue(/stock forecasting dashboard/);
  await tool.getByRole("button", { name: "Copy message" }).first().click();
  await expect(tool.getByText("Copied")).toBeVisible();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toContain("stock forecasting dashboard");
  await expectNoAxeViolations(page);
});

test("the follow-up calculator gives a working-day date and an .ics a calendar can read", async ({ page }) => {
  await page.goto("/advice/when-to-follow-up-after-an-interview");
  // The island hydrates as the reader nears it; the button is enabled once it has.
  const submit = page.getByRole("button", { name: "Work out my dates" });
  await submit.scrollIntoViewIfNeeded();
  await expect(submit).toBeEnabled();
  await page.getByLabel("Interview date").fill("2026-10-06");
  await page.getByLabel("Start time").fill("10:00");
  await page.getByLabel("They gave a date").check();
  await page.getByLabel("Decision date").fill("2026-11-03");
  await page.getByRole("button", { name: "Work out my dates" }).click();
  await expect(page.getByText("Tuesday 27 October 2026 at 09:00")).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download to your calendar (.ics)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const text = await readFile((await download.path())!, "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  expect(events).toHaveLength(2);
  // 09:00 in London on 27 October 2026 is 09:00 UTC (GMT after the clocks went back).
  expect(events[0]!.startDate.toJSDate().toISOString()).toBe("2026-10-27T09:00:00.000Z");
  expect(events[0]!.component.getFirstSubcomponent("valarm")).not.toBeNull();
  await expectNoAxeViolations(page);
});

test("the follow-up calculator never leaves old dates under a new error", async ({ page }) => {
  await page.goto("/advice/when-to-follow-up-after-an-interview");
  const submit = page.getByRole("button", { name: "Work out my dates" });
  await submit.scrollIntoViewIfNeeded();
  await expect(submit).toBeEnabled();
  await page.getByLabel("Interview date").fill("2026-10-06");
  await page.getByLabel("They gave a date").check();
  await page.getByLabel("Decision date").fill("2026-11-03");
  await page.getByRole("button", { name: "Work out my dates" }).click();
  const result = page.getByRole("heading", { name: /^Your follow-up dates/ });
  await expect(page.getByText("Tuesday 27 October 2026 at 09:00")).toBeVisible();

  // A complete change: the dates stay, marked as out of date, and cannot be downloaded.
  await page.getByLabel("Decision date").fill("2026-11-10");
  await expect(result).toHaveText("Your follow-up dates, for the details you entered before");
  await expect(page.getByRole("button", { name: "Download to your calendar (.ics)" })).toHaveCount(0);

  // A mistake, submitted: the error, and no dates under it.
  await page.getByLabel("Decision date").fill("2026-10-01");
  await page.getByRole("button", { name: "Work out my dates" }).click();
  await expect(page.getByText("This date is before the interview. Check both dates.")).toBeVisible();
  await expect(page.getByLabel("Decision date")).toBeFocused();
  await expect(result).toHaveCount(0);
  await expect(page.getByText("Tuesday 27 October 2026 at 09:00")).toHaveCount(0);

  // Worked out again, then emptied: the result goes at once, before any submit, and the status says so.
  await page.getByLabel("Decision date").fill("2026-11-03");
  await page.getByRole("button", { name: "Work out my dates" }).click();
  await expect(page.getByText("Tuesday 27 October 2026 at 09:00")).toBeVisible();
  await page.getByLabel("Interview date").fill("");
  await expect(result).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "cleared until the details are complete" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the checklist keeps its ticks after a reload", async ({ page }) => {
  await page.goto("/advice/what-to-do-after-a-job-interview");
  const first = page.getByLabel(/Ask about the timeline/);
  await first.check();
  await page.getByLabel(/Send a thank-you note/).check();
  await expect(page.getByText("2 of 7 done")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(/Ask about the timeline/)).toBeChecked();
  await expect(page.getByText("2 of 7 done")).toBeVisible();
  await expect(page.getByRole("link", { name: "Save this to your portal" })).toHaveAttribute(
    "href",
    "/sign-in?callbackUrl=/portal",
  );
  await expectNoAxeViolations(page);
});

test("with JavaScript off, an article still reads in full", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/advice/when-to-follow-up-after-an-interview");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByLabel("Interview date")).toBeVisible();
  await expect(page.getByRole("link", { name: "Track this interview" })).toBeVisible();
  await context.close();
});

test("what a reader types before a tool has woken up is kept", async ({ page }) => {
  // Hold React back until the reader has typed, chosen and ticked.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/islands\/hydrate-island-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto("/advice/thank-you-email-after-an-interview");
  const tool = page.getByRole("region", { name: /thank-you/i }).filter({ has: page.getByLabel("Your name") });
  const write = tool.getByRole("button", { name: "Write my notes" });
  await write.scrollIntoViewIfNeeded();
  await fillOneInterviewNote(tool);
  await expect(write).toBeDisabled();

  release();
  await expect(write).toBeEnabled();
  await expect(tool.getByLabel("Your name")).toHaveValue("Sam Patel");
  await write.click();
  const message = tool.getByLabel(/message/i).first();
  await expect(message).toHaveValue(/Dear Jo/);
  await expect(message).toHaveValue(/Data Analyst/);
  await expect(message).toHaveValue(/Sam Patel/);
  await expect(message).toHaveValue(/stock forecasting dashboard/);
});

test("an article reached from a page with Next.js's router works there too", async ({ page }) => {
  // The search page is rendered per request, with the runtime; its links navigate inside the app.
  await page.goto("/advice/search?q=thank-you");
  await page.getByRole("main").getByRole("link", { name: /thank-you email/i }).first().click();
  await expect(page).toHaveURL(/\/advice\/thank-you-email-after-an-interview$/);
  const isClientNavigation = await page.evaluate(() => performance.getEntriesByType("navigation").length === 1 && location.pathname !== new URL((performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).name).pathname);
  expect(isClientNavigation, "reached without loading a new document").toBe(true);
  const tool = page.getByRole("region", { name: /thank-you/i }).filter({ has: page.getByLabel("Your name") });
  await tool.getByRole("button", { name: "Write my notes" }).scrollIntoViewIfNeeded();
  await expect(tool.getByRole("button", { name: "Write my notes" })).toBeEnabled();
  await fillOneInterviewNote(tool);
  await tool.getByRole("button", { name: "Write my notes" }).click();
  await expect(tool.getByLabel(/message/i).first()).toHaveValue(/Dear Jo/);
});
