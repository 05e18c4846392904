import { expect, test } from "./fixtures";
import { listOtherCandidates, signInThroughMailbox } from "./helpers";

// The hand-off between people: thanks an agency candidate gives their consultant reach the
// consultant by email and on their pages, and the candidate learns when they were passed on.

test("thanks given to the consultant reach them, and the candidate sees them passed on", async ({ page, browser }) => {
  const candidates = await listOtherCandidates();
  const company = "Kestrel Housing Partners";
  await signInThroughMailbox(page, candidates[10]!);
  await page.goto("/portal/applications/new");
  await page.getByLabel("Company", { exact: true }).fill(company);
  await page.getByLabel("Role", { exact: true }).fill("Housing Officer");
  await page.getByLabel(/^Through /).check();
  await page.getByRole("button", { name: "Save the application" }).click();
  await page.getByRole("link", { name: "Add an interview round" }).click();
  await page.getByLabel("Date", { exact: true }).fill("2026-11-02");
  await page.getByLabel("Start time").fill("10:00");
  await page.getByLabel("Length in minutes").fill("60");
  await page.getByLabel("Video").check();
  await page.getByRole("radio", { name: "Within a number of days or weeks" }).check();
  await page.getByLabel("How many", { exact: true }).fill("2");
  await page.getByLabel("Days or weeks", { exact: true }).selectOption("weeks");
  await page.getByLabel("Name", { exact: true }).first().fill("Jo Evans");
  await page.getByRole("button", { name: "Save the interview" }).click();
  await expect(page.getByRole("heading", { name: "Your plan" })).toBeVisible();
  const interviewUrl = page.url();

  await page.goto(`${interviewUrl}/thank-you`);
  await page.getByRole("button", { name: "Give to my consultant" }).click();
  await expect(page.getByText(/we have emailed them your note/)).toBeVisible();

  // The consultant's mailbox has the note; they sign in from the same mailbox.
  const staff = await browser.newContext();
  const staffPage = await staff.newPage();
  await staffPage.goto("/dev/mailbox");
  const mail = staffPage.getByRole("row").filter({ hasText: `to ${company}` }).first();
  const consultant = /[\w.+-]+@example\.com/.exec((await mail.textContent()) ?? "")?.[0];
  expect(consultant, "the consultant's address on the mailbox row").toBeTruthy();
  await signInThroughMailbox(staffPage, consultant!);

  await staffPage.goto("/consultant");
  const item = staffPage.getByRole("row").filter({ hasText: new RegExp(`Pass on thanks from .+ to ${company}`) });
  await expect(item).toBeVisible();
  await item.getByRole("link").first().click();
  await expect(staffPage.getByRole("heading", { name: "Thanks to pass on to the client" })).toBeVisible();
  await staffPage.getByRole("button", { name: /I have passed on .+ thanks/ }).click();
  await expect(staffPage.getByText(/^Passed on by .+ on .+\.$/)).toBeVisible();
  await staff.close();

  await page.goto(`${interviewUrl}/thank-you`);
  await expect(page.getByText(/^Passed on by .+ on .+/)).toBeVisible();
});
