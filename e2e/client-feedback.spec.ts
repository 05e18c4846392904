import { expect, test } from "./fixtures";
import { measureFirstScreen } from "./page-tour";
import { expectNoAxeViolations, signInReusingSession, signInThroughMailbox } from "./helpers";

// The client answers: three people, each in their own browser. The consultant asks the
// client about an interview; the client, never signed in, answers from the link in the
// mailbox with a new date and feedback; the consultant releases the feedback; the
// candidate's follow-ups have moved and the feedback is on their interview page.

test.use({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.81" } });

/** A calendar day `days` from today in London (negative for the past), as the date field takes it. */
function londonDate(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

test("the consultant asks, the client answers through the link, and the candidate's plan moves", async ({ page, browser }) => {
  const stamp = Date.now();
  const candidate = `client-walk-${stamp}@example.com`;
  const client = `hiring-${stamp}@client.example`;
  const company = "Larkspur Logistics";

  // The candidate: a name, an agency application, an interview two days ago ("within two weeks").
  await signInThroughMailbox(page, candidate);
  await page.goto("/portal/settings");
  await page.getByLabel("Your name").fill("Morgan Ellis");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText(/saved/i).first()).toBeVisible();
  await page.goto("/portal/applications/new");
  await page.getByLabel("Company", { exact: true }).fill(company);
  await page.getByLabel("Role", { exact: true }).fill("Planning Analyst");
  await page.getByLabel(/^Through /).check();
  await page.getByRole("button", { name: "Save the application" }).click();
  const consultant = (await page.getByRole("link", { name: /@example\.com$/ }).textContent())!;
  await page.getByRole("link", { name: "Add an interview round" }).click();
  await page.getByLabel("Date", { exact: true }).fill(londonDate(-2));
  await page.getByLabel("Start time").fill("10:00");
  await page.getByLabel("Length in minutes").fill("60");
  await page.getByLabel("Video").check();
  await page.getByRole("radio", { name: "Within a number of days or weeks" }).check();
  await page.getByLabel("How many", { exact: true }).fill("2");
  await page.getByLabel("Days or weeks", { exact: true }).selectOption("weeks");
  await page.getByRole("button", { name: "Save the interview" }).click();
  await expect(page.getByRole("heading", { name: "Your plan" })).toBeVisible();
  const interviewUrl = page.url();
  const followUp = page.getByRole("listitem").filter({ hasText: "Follow up if you have not heard" });
  const dueBefore = (await followUp.textContent())!;

  // The consultant asks the client.
  const staffContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.82" } });
  const staff = await staffContext.newPage();
  await signInReusingSession(staff, consultant);
  await staff.goto(`/consultant/candidates?q=${encodeURIComponent(candidate)}`);
  await staff.getByRole("link", { name: "Morgan Ellis" }).first().click();
  const round = staff.getByRole("article").filter({ hasText: "Round 1:" }).filter({ has: staff.getByRole("heading", { name: "Asking the client" }) });
  await round.getByLabel("Client contact's name").fill("Robin Hale");
  await round.getByLabel("Their email address").fill(client);
  await round.getByRole("button", { name: "Ask the client for feedback" }).click();
  await expect(round.getByText("Request sent to Robin Hale.", { exact: false })).toBeVisible();

  // The client, never signed in, follows the link in their email.
  const clientContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.83" } });
  const employer = await clientContext.newPage();
  await employer.goto("/dev/mailbox");
  await employer.getByRole("row").filter({ has: employer.getByRole("cell", { name: client, exact: true }) }).first().getByRole("link").click();
  const link = await employer.getByRole("region", { name: "Links in this message" }).getByRole("link").filter({ hasText: "/client/feedback/" }).first().getAttribute("href");
  await employer.goto(link!);
  await expect(employer.getByRole("heading", { level: 1, name: "Morgan's interview for Planning Analyst" })).toBeVisible();
  await expect(employer.locator("main")).not.toContainText(candidate);
  await expectNoAxeViolations(employer);
  // A hiring manager may well answer from a phone: the page fits and leads with its heading.
  await employer.setViewportSize({ width: 390, height: 844 });
  const phone = await measureFirstScreen(employer);
  expect(phone.sideways).toBeLessThanOrEqual(0);
  expect(phone.headingTop).toBeLessThanOrEqual(200);
  await expectNoAxeViolations(employer);
  const decideBy = londonDate(30);
  await employer.getByLabel("Still deciding").check();
  await employer.getByLabel("When will you decide? (optional)").fill(decideBy);
  await employer.getByLabel("Feedback Morgan may read (optional)").fill("Clear thinking on the routing problem; we would like to see more of the team side.");
  await employer.getByLabel(/A private note for/).fill("Two more candidates to see next week.");
  await employer.getByRole("button", { name: "Send your answer" }).click();
  await expect(employer.getByText(/Thank you: your answer has gone to the consultant/)).toBeVisible();
  await clientContext.close();

  // The consultant hears of it, and releases the feedback.
  await staff.goto("/dev/mailbox");
  await expect(staff.getByRole("row").filter({ hasText: `${company} answered about Morgan Ellis` }).first()).toBeVisible();
  await staff.goto("/consultant");
  const item = staff.getByRole("row").filter({ hasText: `${company} answered about Morgan Ellis: review it` });
  await expect(item).toBeVisible();
  await item.getByRole("link").first().click();
  await expect(staff.getByText("Two more candidates to see next week.")).toBeVisible();
  await staff.getByRole("button", { name: "Pass it on to Morgan Ellis" }).click();
  await expect(staff.getByText("Feedback passed on to Morgan Ellis.")).toBeVisible();
  // Asking again replaces the link: the old one now says where the new one is.
  await round.getByRole("button", { name: /Ask again/ }).click();
  await expect(round.getByText("Request sent to Robin Hale.", { exact: false })).toBeVisible();
  await staffContext.close();
  const late = await browser.newContext();
  const latePage = await late.newPage();
  await latePage.goto(link!);
  await expect(latePage.getByText(/has sent you a newer link for this interview/)).toBeVisible();
  await late.close();

  // The candidate: the feedback is on their page, the follow-ups have moved, the history says why.
  await page.goto(interviewUrl);
  await expect(page.getByRole("region", { name: "Feedback from the client" })).toContainText("Clear thinking on the routing problem");
  await expect(page.getByText(/they told your consultant/)).toBeVisible();
  await expect(followUp).not.toHaveText(dueBefore);
});

test("a forged link is not found", async ({ page }) => {
  const response = await page.goto(`/client/feedback/${"A".repeat(43)}`);
  expect(response?.status()).toBe(404);
});
