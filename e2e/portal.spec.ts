import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations, listOtherCandidates, signInThroughMailbox } from "./helpers";

// A candidate's journey through the portal, in a real browser on a real
// database: an application, an interview and its plan, then what follows.

let candidates: string[] = [];
test.beforeAll(async () => {
  candidates = await listOtherCandidates();
});

async function addApplication(page: Page, company: string, how: RegExp) {
  await page.goto("/portal/applications/new");
  await page.getByLabel("Company", { exact: true }).fill(company);
  await page.getByLabel("Role", { exact: true }).fill("Data Analyst");
  await page.getByLabel(how).check();
  await page.getByRole("button", { name: "Save the application" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(company);
}

async function addInterview(page: Page, interviewerEmail: string) {
  await page.getByRole("link", { name: "Add an interview round" }).click();
  await page.getByLabel("Date", { exact: true }).fill("2027-03-02");
  await page.getByLabel("Start time").fill("10:00");
  await page.getByLabel("Length in minutes").fill("60");
  await page.getByLabel("Video").check();
  await page.getByRole("radio", { name: "Within a number of days or weeks" }).check();
  await page.getByLabel("How many", { exact: true }).fill("4");
  await page.getByLabel("Days or weeks", { exact: true }).selectOption("weeks");
  await page.getByLabel("Name", { exact: true }).first().fill("Jo Evans");
  await page.getByLabel("Email address (optional)").first().fill(interviewerEmail);
  await page.getByRole("button", { name: "Save the interview" }).click();
  await expect(page.getByRole("heading", { name: "Your plan" })).toBeVisible();
}

test("a direct interview: plan, reflection, thank-you note sent from the candidate's own email, outcome closes the plan", async ({ page }) => {
  const email = candidates[5]!;
  await signInThroughMailbox(page, email);
  await addApplication(page, "Harbour Lane Foods", /Directly with the company/);
  await addInterview(page, "jo.evans@example.com");
  const interviewUrl = page.url();

  // Told four weeks on Tuesday 2 March 2027: follow up three weeks on, Tuesday 23 March, 09:00.
  const followUp = page.getByRole("listitem").filter({ hasText: "Follow up if you have not heard" });
  await expect(followUp.locator("time")).toHaveAttribute("datetime", "2027-03-23T09:00:00.000Z");
  await expect(followUp.locator("time")).toContainText(/Tue 23 Mar( 2027)? 09:00/);
  await expect(page.getByText("Debrief your consultant today")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // They need longer: the new date re-plans the follow-ups and the page keeps what they first said.
  await page.getByLabel("The new date they gave").fill("2027-04-06");
  await page.getByRole("button", { name: "Record the new date" }).click();
  await expect(page.getByText("New date recorded.")).toBeVisible();
  await expect(page.getByText(/^They first said Tuesday 30 March 2027; on .+ they said Tuesday 6 April 2027\.$/)).toBeVisible();

  await page.goto(`${interviewUrl}/reflection`);
  await page.getByLabel("What went well").fill("Talking through the stock forecasting project.");
  await page.getByRole("group", { name: "Still want the job?" }).getByLabel(/^Yes/).check();
  await page.getByRole("button", { name: "Save reflection" }).click();
  await expect(page.getByText(/Reflection saved/)).toBeVisible();

  // The note opens in the candidate's own email; "I've sent it" records it, and the site mails nobody.
  await page.goto(`${interviewUrl}/thank-you`);
  await expect(page.getByLabel(/message|body/i).first()).toHaveValue(/^Dear Jo,/);
  // What went well is the candidate's own record: the note does not quote it.
  await expect(page.getByLabel(/message|body/i).first()).not.toHaveValue(/stock forecasting/);
  const mailApp = page.getByRole("link", { name: "Open in your email app" });
  await expect(mailApp).toHaveAttribute("href", /^mailto:jo\.evans@example\.com\?subject=Thank%20you%3A%20Data%20Analyst%20interview&body=Dear%20Jo%2C%0D%0A/);
  await page.getByRole("button", { name: "I've sent it" }).click();
  await expect(page.getByText("Recorded as sent.")).toBeVisible();
  await expect(page.getByText(/^Sent on /)).toBeVisible();
  await page.goto("/dev/mailbox");
  await expect(page.getByRole("cell", { name: "jo.evans@example.com", exact: true })).toHaveCount(0);

  await page.goto(interviewUrl);
  await page.getByLabel("Not successful").check();
  await page.getByRole("button", { name: "Save the outcome" }).click();
  await expect(page.getByText(/plan is closed/i).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Your plan" }).getByRole("button", { name: /^(Mark as done|Skip|Undo|I've)/ })).toHaveCount(0);
  await expect(page.getByRole("listitem").filter({ hasText: "Follow up if you have not heard" })).toContainText("Cancelled");

  // Someone else cannot open this interview, its calendar file or its notes.
  const other = await page.context().browser()!.newContext();
  const otherPage = await other.newPage();
  await signInThroughMailbox(otherPage, candidates[6]!);
  for (const path of ["", "/calendar.ics", "/thank-you", "/reflection"]) {
    const response = await otherPage.goto(`${new URL(interviewUrl).pathname}${path}`);
    expect(response?.status(), `someone else's ${path || "interview"}`).toBe(404);
  }
  await other.close();
});

test("an agency interview asks for a debrief with the consultant", async ({ page }) => {
  await signInThroughMailbox(page, candidates[7]!);
  await addApplication(page, "Northgate Homes Trust", /^Through /);
  await addInterview(page, "sam.reid@example.com");
  await expect(page.getByText("Debrief your consultant today")).toBeVisible();
  await expect(page.getByText("Send your thanks through your consultant")).toBeVisible();
});

test("an interview that ended two hours ago brings the post-interview email", async ({ page }) => {
  const email = candidates[8]!;
  await signInThroughMailbox(page, email);
  await addApplication(page, "Calder Valley Logistics", /Directly with the company/);
  // Started three hours ago and lasted one: the email is due now (two hours after the end).
  const started = new Date(Date.now() - 3 * 3_600_000);
  const london = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", ...options }).format(started);
  const [day, month, year] = london({ day: "2-digit", month: "2-digit", year: "numeric" }).split("/");
  await page.getByRole("link", { name: "Add an interview round" }).click();
  await page.getByLabel("Date", { exact: true }).fill(`${year}-${month}-${day}`);
  await page.getByLabel("Start time").fill(london({ hour: "2-digit", minute: "2-digit", hour12: false }));
  await page.getByLabel("Length in minutes").fill("60");
  await page.getByLabel("Phone").check();
  await page.getByRole("radio", { name: "They did not say" }).check();
  await page.getByLabel("Name", { exact: true }).first().fill("Alex Kerr");
  await page.getByRole("button", { name: "Save the interview" }).click();
  await expect(page.getByRole("heading", { name: "Your plan" })).toBeVisible();

  // The worker runs inside the test server and polls every second.
  await expect(async () => {
    await page.goto("/dev/mailbox");
    const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: email, exact: true }) });
    await expect(row.filter({ hasText: "How did it go at Calder Valley Logistics?" })).toHaveCount(1);
  }).toPass({ timeout: 20_000 });
});
