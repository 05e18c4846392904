import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations, signInThroughMailbox } from "./helpers";

// Thank-you notes to interviewers go from the candidate's own email: the page opens each one there,
// filled in, and "I've sent it" records it. The site mails no interviewer, with or without JavaScript.

async function directInterviewWithPanel(page: Page, company: string): Promise<string> {
  await page.goto("/portal/applications/new");
  await page.getByLabel("Company", { exact: true }).fill(company);
  await page.getByLabel("Role", { exact: true }).fill("Data Analyst");
  await page.getByLabel(/Directly with the company/).check();
  await page.getByRole("button", { name: "Save the application" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(company);
  await page.getByRole("link", { name: "Add an interview round" }).click();
  await page.getByLabel("Date", { exact: true }).fill("2027-03-02");
  await page.getByLabel("Start time").fill("10:00");
  await page.getByLabel("Length in minutes").fill("60");
  await page.getByLabel("Video").check();
  await page.getByRole("radio", { name: "Within a number of days or weeks" }).check();
  await page.getByLabel("How many", { exact: true }).fill("2");
  await page.getByLabel("Days or weeks", { exact: true }).selectOption("weeks");
  await page.getByLabel("Name", { exact: true }).first().fill("Jo Evans");
  await page.getByLabel("Email address (optional)").first().fill("jo.evans@harbour.example");
  await page.getByRole("button", { name: "Add another interviewer" }).click();
  await page.getByLabel("Name", { exact: true }).nth(1).fill("Raj Patel");
  await page.getByRole("button", { name: "Save the interview" }).click();
  await expect(page.getByRole("heading", { name: "Your plan" })).toBeVisible();
  return page.url();
}

const thanksStep = (page: Page) => page.getByRole("listitem").filter({ hasText: "Send a thank-you note to each interviewer" });

/** Done steps are folded under a disclosure: open it to see them. */
async function openDoneSteps(page: Page): Promise<void> {
  await page.locator("summary", { hasText: /done step/ }).click();
}

test("each note opens in the candidate's own email, and \"I've sent it\" thanks that interviewer", async ({ page, browser }) => {
  await signInThroughMailbox(page, "own-mail.e2e@example.com");
  const interviewUrl = await directInterviewWithPanel(page, "Harbour Lane Foods");
  await expect(thanksStep(page)).toContainText("0 of 2 thanked");

  await page.goto(`${interviewUrl}/thank-you`);
  await expect(page.getByRole("button", { name: /Send through/ })).toHaveCount(0);
  const jo = page.getByRole("region", { name: /^To Jo Evans/ });
  const raj = page.getByRole("region", { name: /^To Raj Patel/ });

  // Recipient, subject and body in each link, and edits on the page go with them.
  await jo.getByLabel("Subject").fill("Thank you & see you soon");
  const mailto = await jo.getByRole("link", { name: "Open in your email app" }).getAttribute("href");
  expect(mailto).toMatch(/^mailto:jo\.evans@harbour\.example\?subject=Thank%20you%20%26%20see%20you%20soon&body=Dear%20Jo%2C%0D%0A%0D%0A/);
  const gmail = new URL((await jo.getByRole("link", { name: /^Open in Gmail/ }).getAttribute("href"))!);
  expect(`${gmail.origin}${gmail.pathname}`).toBe("https://mail.google.com/mail/");
  expect(Object.fromEntries(gmail.searchParams)).toMatchObject({ view: "cm", to: "jo.evans@harbour.example", su: "Thank you & see you soon" });
  expect(gmail.searchParams.get("body")).toMatch(/^Dear Jo,\n\n/);
  const outlook = new URL((await jo.getByRole("link", { name: /^Open in Outlook on the web/ }).getAttribute("href"))!);
  expect(Object.fromEntries(outlook.searchParams)).toMatchObject({ to: "jo.evans@harbour.example", subject: "Thank you & see you soon" });
  await expect(jo.getByRole("link", { name: /^Open in Gmail/ })).toHaveAttribute("target", "_blank");
  await expect(jo.getByRole("button", { name: "Copy message" })).toBeVisible();

  // No address on file: the links leave it for the candidate to fill in, and say so.
  await expect(raj.getByText(/We do not have Raj Patel's email address/)).toBeVisible();
  await expect(raj.getByRole("link", { name: "Open in your email app" })).toHaveAttribute("href", /^mailto:\?subject=/);

  // A note too long for a link: the links open without it, and the page says to paste it.
  const body = raj.getByLabel("Message");
  await body.fill("Thank you for your time today. ".repeat(80).trim());
  await expect(raj.getByText(/too long to fit in a link/)).toBeVisible();
  await expect(raj.getByRole("link", { name: "Open in your email app" })).not.toHaveAttribute("href", /body=/);
  await body.fill("Dear Raj,\n\nThank you for your time.\n\nSam");
  await expect(raj.getByText(/too long to fit in a link/)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await jo.getByRole("button", { name: "I've sent it" }).click();
  await expect(jo.getByText("Recorded as sent.")).toBeVisible();
  await expect(jo.getByText(/^Sent on /)).toBeVisible();
  await expect(jo.getByLabel("Subject")).toHaveValue("Thank you & see you soon");
  await expect(jo.getByRole("button", { name: "I've sent it" })).toHaveCount(0);
  await page.goto(interviewUrl);
  await expect(thanksStep(page)).toContainText("1 of 2 thanked");

  // Without JavaScript: the note is plain text on the page, the links work, and so does "I've sent it".
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto(`${interviewUrl}/thank-you`);
  const rajPlain = plain.getByRole("region", { name: /^To Raj Patel/ });
  await expect(rajPlain.getByLabel("Message")).toHaveValue(/^Dear Raj,/);
  await expect(rajPlain.getByRole("link", { name: "Open in your email app" })).toHaveAttribute("href", /^mailto:\?subject=.+&body=Dear%20Raj%2C/);
  await rajPlain.getByRole("button", { name: "I've sent it" }).click();
  await plain.goto(interviewUrl);
  await openDoneSteps(plain);
  await expect(thanksStep(plain)).toContainText("Done");
  await expect(thanksStep(plain)).not.toContainText("thanked");
  await noScript.close();

  await page.goto(`${interviewUrl}/thank-you`);
  await expect(page.getByText(/^Sent on /)).toHaveCount(2);
  // Nothing went to either interviewer from the site.
  await page.goto("/dev/mailbox");
  await expect(page.getByRole("cell", { name: "jo.evans@harbour.example", exact: true })).toHaveCount(0);
});

test("an interviewer the candidate will not write to is skipped, and can be written to after all", async ({ page }) => {
  await signInThroughMailbox(page, "skip-one.e2e@example.com");
  const interviewUrl = await directInterviewWithPanel(page, "Fenwick Biscuits");
  await page.goto(`${interviewUrl}/thank-you`);
  const jo = page.getByRole("region", { name: /^To Jo Evans/ });
  const raj = page.getByRole("region", { name: /^To Raj Patel/ });
  await jo.getByRole("button", { name: "I've sent it" }).click();
  await expect(jo.getByText("Recorded as sent.")).toBeVisible();
  await raj.getByRole("button", { name: "Not writing to Raj Patel" }).click();
  await expect(raj.getByText("Skipped: your plan counts this interviewer as done.")).toBeVisible();
  await expect(raj.getByText("Skipped: you chose not to write to them")).toBeVisible();
  await page.goto(interviewUrl);
  await openDoneSteps(page);
  await expect(thanksStep(page)).toContainText("Done");

  await page.goto(`${interviewUrl}/thank-you`);
  await raj.getByRole("button", { name: "Write to Raj Patel after all" }).click();
  await expect(raj.getByText("Back to a draft")).toBeVisible();
  await page.goto(interviewUrl);
  await expect(thanksStep(page)).toContainText("1 of 2 thanked");
});

test("the thank-you page fits a phone and a laptop", async ({ page }) => {
  await signInThroughMailbox(page, "own-mail.width@example.com");
  const interviewUrl = await directInterviewWithPanel(page, "Calder Valley Logistics");
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    await page.goto(`${interviewUrl}/thank-you`);
    await expect(page.getByRole("link", { name: "Open in your email app" }).first()).toBeVisible();
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways, `the thank-you page at ${viewport.width}px scrolls sideways by ${sideways}px`).toBeLessThanOrEqual(0);
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/thank-you-${viewport.width}.png`, fullPage: true });
  }
});
