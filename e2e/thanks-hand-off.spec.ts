import { expect, test } from "./fixtures";
import { signInReusingSession, signInThroughMailbox } from "./helpers";

// The agency journey between people, each in their own browser: a new candidate is
// given a consultant, the consultant logs the interview they arranged, the candidate
// debriefs and gives thanks, the consultant passes them on, and the candidate sees it.

// Its own client address, so its sign-ins have their own rate-limit budget.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.71" } });

/** A calendar day `days` from today in London (negative for the past), as the date field takes it. */
function londonDate(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

test("a new agency candidate's consultant is named, logs the interview, and passes their thanks on", async ({ page, browser }) => {
  const candidate = `new-agency-${Date.now()}@example.com`;
  const company = "Kestrel Housing Partners";

  // The candidate: a first agency application, and they are told who their consultant is.
  await signInThroughMailbox(page, candidate);
  await page.goto("/portal/applications/new");
  await page.getByLabel("Company", { exact: true }).fill(company);
  await page.getByLabel("Role", { exact: true }).fill("Housing Officer");
  await page.getByLabel(/^Through /).check();
  await page.getByRole("button", { name: "Save the application" }).click();
  const confirmation = page.getByRole("status").filter({ hasText: "Application added." });
  await expect(confirmation).toContainText(/is your consultant: they can see this application/);
  const consultantName = /Application added\. (.+) is your consultant/.exec((await confirmation.textContent()) ?? "")![1]!;
  expect(consultantName).not.toMatch(/your consultant/i);
  const consultant = (await page.getByRole("link", { name: /@example\.com$/ }).textContent())!;
  const applicationUrl = page.url().replace(/\?.*$/, "");

  // The consultant follows the email that tells them, and logs the interview they arranged.
  const staffContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.72" } });
  const staff = await staffContext.newPage();
  await signInReusingSession(staff, consultant);
  await staff.goto("/dev/mailbox");
  await staff.getByRole("row").filter({ hasText: "is now your candidate" }).filter({ hasText: consultant }).first().getByRole("link").click();
  const links = staff.getByRole("region", { name: "Links in this message" });
  await staff.goto((await links.getByRole("link").filter({ hasText: "/consultant/candidates/" }).first().getAttribute("href"))!);
  await staff.getByRole("link", { name: "Log an interview you arranged" }).click();
  await expect(staff.getByLabel("Application", { exact: true })).toHaveValue(/.+/);
  await staff.getByLabel("Date", { exact: true }).fill(londonDate(-2));
  await staff.getByLabel("Start time").fill("10:00");
  await staff.getByRole("radio", { name: "They gave a date" }).check();
  await staff.getByLabel("The date they gave").fill(londonDate(14));
  await staff.getByLabel("Who to follow up with (optional)").fill("Jo Evans");
  await staff.getByLabel("Name", { exact: true }).first().fill("Jo Evans");
  await staff.getByRole("button", { name: "Log the interview" }).click();
  await expect(staff.getByRole("region", { name: new RegExp(company) })).toBeVisible();
  await staff.goto("/consultant");
  await expect(staff.getByRole("row").filter({ hasText: company }).filter({ hasText: "Decision timeline not recorded" })).toHaveCount(0);

  // The candidate: the plan knows the timeline is recorded; they debrief and give their thanks.
  await page.goto(applicationUrl);
  await page.getByRole("link", { name: /^Round 1:/ }).click();
  const timelineStep = page.getByRole("listitem").filter({ hasText: "Record when they will decide" });
  // Done steps are folded under a disclosure.
  await page.locator("summary", { hasText: /done step/ }).click();
  await expect(timelineStep).toContainText("Done");
  await expect(timelineStep).not.toContainText("Overdue");
  const interviewUrl = page.url();
  await page.goto(`${interviewUrl}/reflection`);
  await page.getByLabel("What went well").fill("Talking through the estates repairs backlog.");
  await page.getByLabel("Share this reflection with my consultant").check();
  await page.getByRole("button", { name: "Save reflection" }).click();
  await expect(page.getByText(/Reflection saved/)).toBeVisible();
  await page.goto(`${interviewUrl}/thank-you`);
  await expect(page.getByText(`To ${consultantName}`)).toBeVisible();
  await page.getByRole("button", { name: "Give to my consultant" }).click();
  await expect(page.getByText(/we have emailed them your note/)).toBeVisible();

  // The consultant's mailbox has the note, their page shows it, and they mark it passed on.
  await staff.goto("/dev/mailbox");
  await expect(staff.getByRole("row").filter({ hasText: `to ${company}` }).filter({ hasText: consultant })).toHaveCount(1);
  await staff.goto("/consultant");
  const item = staff.getByRole("row").filter({ hasText: new RegExp(`Pass on thanks from .+ to ${company}`) });
  await expect(item).toBeVisible();
  await item.getByRole("link").first().click();
  await expect(staff.getByText("Talking through the estates repairs backlog.", { exact: true })).toBeVisible();
  await expect(staff.getByRole("heading", { name: "Thanks to pass on to the client" })).toBeVisible();
  await staff.getByRole("button", { name: /I have passed on .+ thanks/ }).click();
  await expect(staff.getByText(/^Passed on by .+ on .+\.$/)).toBeVisible();
  await staffContext.close();

  await page.goto(`${interviewUrl}/thank-you`);
  await expect(page.getByText(new RegExp(`^Passed on by ${consultantName} on .+`))).toBeVisible();
});
