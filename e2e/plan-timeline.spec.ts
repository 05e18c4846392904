import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations, signInThroughMailbox } from "./helpers";

// The plan as a timeline: each step's state in a word, one primary action per step,
// finished steps folded under a disclosure, on the interview page and the dashboard.

test.use({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.141" } });

function londonDate(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

/** A direct interview two days ago with a timeline and an interviewer: its first step is done, its thanks overdue. */
async function interviewTwoDaysAgo(page: Page, company: string): Promise<string> {
  await page.goto("/portal/applications/new");
  await page.getByLabel("Company", { exact: true }).fill(company);
  await page.getByLabel("Role", { exact: true }).fill("Stock Controller");
  await page.getByLabel(/Directly with the company/).check();
  await page.getByRole("button", { name: "Save the application" }).click();
  await page.getByRole("link", { name: "Add an interview round" }).click();
  await page.getByLabel("Date", { exact: true }).fill(londonDate(-2));
  await page.getByLabel("Start time").fill("10:00");
  await page.getByLabel("Length in minutes").fill("60");
  await page.getByLabel("Video").check();
  await page.getByRole("radio", { name: "Within a number of days or weeks" }).check();
  await page.getByLabel("How many", { exact: true }).fill("2");
  await page.getByLabel("Days or weeks", { exact: true }).selectOption("weeks");
  await page.getByLabel("Name", { exact: true }).first().fill("Dana Shore");
  await page.getByRole("button", { name: "Save the interview" }).click();
  await expect(page.getByRole("heading", { name: "Your plan" })).toBeVisible();
  return page.url();
}

test("done steps fold away, an overdue step says so in words, and each step has one primary action", async ({ page }) => {
  await signInThroughMailbox(page, "timeline.e2e@example.com");
  await interviewTwoDaysAgo(page, "Moorside Mills");
  const plan = page.getByRole("region", { name: "Your plan" });

  // The timeline was recorded with the interview: that step is done and folded away.
  const done = plan.locator("details").filter({ has: page.locator("summary", { hasText: "1 done step" }) });
  await expect(done).not.toHaveAttribute("open");
  await expect(plan.getByRole("heading", { name: "Record when they will decide and who to follow up with" })).toBeHidden();

  // The thanks were due yesterday: the word, not only the colour, says overdue.
  const thanks = plan.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Send a thank-you note to each interviewer" }) });
  await expect(thanks).toContainText("Overdue");
  await expect(thanks.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
  await expect(thanks.getByRole("link", { name: /^Write your thank-you notes/ })).toHaveClass(/button-primary/);
  await expect(thanks.locator(".button-primary")).toHaveCount(1);
  // Later steps are quieter: no primary button on the upcoming follow-up.
  const followUp = plan.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Follow up if you have not heard" }) });
  await expect(followUp).toContainText("Upcoming");
  await expect(followUp.locator(".button-primary")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Opening the disclosure shows the done step, with its word.
  await done.locator("summary").click();
  await expect(done.getByRole("listitem").filter({ hasText: "Record when they will decide" })).toContainText("Done");

  // Marking a step done moves it into the fold; the message stays in view and names the step.
  await thanks.getByRole("button", { name: "Mark as done: Send a thank-you note to each interviewer" }).click();
  await expect(plan.getByRole("status")).toHaveText("Marked as done: Send a thank-you note to each interviewer.");
  await expect(plan.locator("summary")).toHaveText("2 done steps");
  await expectNoAxeViolations(page);

  // The dashboard leads with the next steps across interviews, in the same words.
  await page.goto("/portal");
  const next = page.getByRole("region", { name: "Your next steps" });
  const reflect = next.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Write down how it went while it is fresh" }) });
  await expect(reflect).toContainText("Overdue");
  await expect(reflect.getByRole("link", { name: "Moorside Mills, Stock Controller", exact: true })).toBeVisible();
  await expect(next.getByRole("heading", { name: "Send a thank-you note to each interviewer" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("on a phone the dashboard and the interview page open on the heading and the next step", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInThroughMailbox(page, "timeline-phone.e2e@example.com");
  const interviewUrl = await interviewTwoDaysAgo(page, "Pennine Textiles");
  for (const path of [new URL(interviewUrl).pathname, "/portal"]) {
    await page.goto(path);
    const firstStep = page.locator("main ol:not(details ol) > li h3").first();
    const box = await firstStep.boundingBox();
    expect(box, `the first step on ${path}`).not.toBeNull();
    expect(box!.y + box!.height, `the first step on ${path} is on the first screen`).toBeLessThanOrEqual(844);
  }
});
