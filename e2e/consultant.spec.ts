import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  addConsultantWithApplications,
  expectNoAxeViolations,
  lastCandidateOf,
  otherSeededConsultant,
  signInReusingSession,
  signInThroughMailbox,
} from "./helpers";

// The consultant's side, end to end in a real browser: a candidate records
// an agency interview and shares their reflection; their consultant sees
// them under "Needs attention", reads the debrief, records the client's
// feedback and moves the application to offer; the candidate sees both.

// Its own client address, so its sign-ins have their own rate-limit budget.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.61" } });

/** A calendar day `days` before today in London, as the date field takes it. */
function londonDate(daysAgo: number): string {
  const date = new Date(Date.now() - daysAgo * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

test("a consultant acts on a candidate who needs attention, and the candidate sees it", async ({ page, browser }) => {
  const candidate = await lastCandidateOf("consultant@example.com");
  const company = "Northwind Analytics";

  // The candidate: an agency application, an interview three days ago, a shared reflection.
  await signInThroughMailbox(page, candidate.email);
  await page.goto("/portal/applications/new");
  await page.getByLabel("Company", { exact: true }).fill(company);
  await page.getByLabel("Role", { exact: true }).fill("Insight Analyst");
  await page.getByLabel(/^Through /).check();
  await page.getByRole("button", { name: "Save the application" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(company);
  await page.getByRole("link", { name: "Add an interview round" }).click();
  await page.getByLabel("Date", { exact: true }).fill(londonDate(3));
  await page.getByLabel("Start time").fill("10:00");
  await page.getByLabel("Length in minutes").fill("60");
  await page.getByLabel("Video").check();
  await page.getByRole("radio", { name: "They did not say" }).check();
  await page.getByRole("button", { name: "Save the interview" }).click();
  await expect(page.getByRole("heading", { name: "Your plan" })).toBeVisible();
  const interviewUrl = page.url();
  await page.goto(`${interviewUrl}/reflection`);
  await page.getByLabel("What went well").fill("Walking them through the churn model.");
  await page.getByLabel("Share this reflection with my consultant").check();
  await page.getByRole("button", { name: "Save reflection" }).click();
  await expect(page.getByText(/Reflection saved/)).toBeVisible();

  // The consultant, in a browser of their own.
  const staffContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.62" } });
  const staff = await staffContext.newPage();
  await signInReusingSession(staff, "consultant@example.com");
  await staff.goto("/consultant");
  await expect(staff.getByRole("heading", { level: 1, name: "Needs attention today" })).toBeVisible();
  // One row per reason; the debrief is the one a consultant acts on first.
  const row = staff.getByRole("row").filter({ hasText: company }).filter({ hasText: "Debrief not done" });
  await expect(row).toContainText(candidate.name);
  await expectNoAxeViolations(staff);

  await row.getByRole("link", { name: candidate.name }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText(candidate.name);
  await expect(staff.getByText("Walking them through the churn model.")).toBeVisible();
  await expectNoAxeViolations(staff);
  const feedback = "Strong on modelling; they would like a second conversation about the team.";
  const application = staff.getByRole("region", { name: new RegExp(company) });
  await application.getByLabel("Add the client's feedback on round 1").fill(feedback);
  await application.getByRole("button", { name: "Save the feedback" }).click();
  await expect(application.getByText(feedback)).toBeVisible();

  await staff.goto(`/consultant/pipeline?q=${encodeURIComponent(company)}`);
  const card = staff.getByRole("article", { name: new RegExp(company) });
  await expect(card).toBeVisible();
  await expectNoAxeViolations(staff);
  // By keyboard: choose the stage, Tab to Move, Enter. Focus stays on the card in its new column.
  const stage = card.getByLabel("Move to");
  await stage.focus();
  await stage.selectOption("offer");
  await staff.keyboard.press("Tab");
  await expect(card.getByRole("button", { name: "Move" })).toBeFocused();
  await staff.keyboard.press("Enter");
  const moved = staff.getByRole("region", { name: /^Offer/ }).getByRole("article", { name: new RegExp(company) });
  await expect(moved).toBeFocused();
  await expect(staff.getByRole("status")).toHaveText(`${candidate.name} moved to Offer (Insight Analyst at ${company}).`);
  await expect(staff.getByRole("status")).toHaveAttribute("aria-live", "polite");
  await expectNoAxeViolations(staff);
  await staffContext.close();

  // The candidate sees the feedback and the new stage.
  await page.goto(interviewUrl);
  const section = page.getByRole("region", { name: "Feedback from the client" });
  await expect(section).toContainText(feedback);
  await expect(page.getByText("Application stage: Offer")).toBeVisible();
  await expectNoAxeViolations(page);
});

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("the pipeline stacks its stages on a phone and sets them side by side on a wide screen", async ({ page }) => {
  const region = (name: string) => page.getByRole("region", { name: new RegExp(`^${name} \\(`) });
  await page.setViewportSize({ width: 390, height: 844 });
  await signInThroughMailbox(page, await otherSeededConsultant());

  await page.goto("/consultant/pipeline");
  const [applied, interviewing] = [await region("Applied").boundingBox(), await region("Interviewing").boundingBox()];
  // One above the other, same left edge, and the page itself never scrolls sideways.
  expect(interviewing!.y).toBeGreaterThanOrEqual(applied!.y + applied!.height);
  expect(Math.abs(interviewing!.x - applied!.x)).toBeLessThan(1);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await expect(page.getByRole("region", { name: "Applications by stage" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.reload();
  const [wideApplied, wideInterviewing] = [await region("Applied").boundingBox(), await region("Interviewing").boundingBox()];
  expect(Math.abs(wideInterviewing!.y - wideApplied!.y)).toBeLessThan(1);
  expect(wideInterviewing!.x).toBeGreaterThanOrEqual(wideApplied!.x + wideApplied!.width);
  // The columns overflow into a named region of their own, which the keyboard can scroll.
  const board = page.getByRole("region", { name: "Applications by stage" });
  await expect(board).toHaveAttribute("tabindex", "0");
  expect(await board.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await board.focus();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press("ArrowRight");
  await expect.poll(() => board.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
});

test("metrics draw interviews and offers per month as a named, described chart above the table", async ({ page }) => {
  await signInThroughMailbox(page, await otherSeededConsultant());
  await page.goto("/consultant/metrics");
  const chart = page.getByRole("img", { name: "Your interviews and offers per month" });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(/\d+ interviews? and \d+ offers? in all\./);
  const table = page.getByRole("table", { name: /per consultant and month/ });
  await expect(table).toBeVisible();
  expect((await chart.boundingBox())!.y).toBeLessThan((await table.boundingBox())!.y);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await sideways(page)).toBeLessThanOrEqual(0);
});

test("a stage with more applications than the board shows opens on its own, a page at a time", async ({ page }) => {
  const tag = String(Date.now());
  await signInThroughMailbox(page, await addConsultantWithApplications(tag, 30, "applied"));
  await page.goto("/consultant/pipeline");
  const applied = page.getByRole("region", { name: /^Applied/ });
  await expect(applied.getByRole("heading", { name: "Applied (30)" })).toBeVisible();
  await expect(applied.getByRole("listitem")).toHaveCount(10);
  // The most recently moved first: candidate 1 moved a minute ago, candidate 30 half an hour ago.
  await expect(applied.getByRole("link", { name: `Candidate 1 ${tag}`, exact: true })).toBeVisible();
  await expect(applied.getByRole("link", { name: `Candidate 30 ${tag}`, exact: true })).toHaveCount(0);

  await applied.getByRole("link", { name: "Show all 30 in Applied" }).click();
  await expect(page).toHaveURL(/[?&]stage=applied/);
  await expect(page.getByRole("heading", { level: 2, name: "Applied (30)" })).toBeVisible();
  await expect(page.getByText("1 to 24 of 30, most recently moved first.")).toBeVisible();
  await expectNoAxeViolations(page);

  const pages = page.getByRole("navigation", { name: "Pages of Applied" });
  await expect(pages.getByText("Page 1 of 2")).toBeVisible();
  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(page.getByText("25 to 30 of 30, most recently moved first.")).toBeVisible();
  await expect(page.getByRole("link", { name: `Candidate 30 ${tag}`, exact: true })).toBeVisible();

  // A search still finds a candidate the board's ten leave out.
  await page.goto("/consultant/pipeline");
  await page.getByLabel("Search").fill(`Candidate 27 ${tag}`);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("link", { name: `Candidate 27 ${tag}`, exact: true })).toBeVisible();
});
