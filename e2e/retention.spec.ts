import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { addRetentionCandidate, expectNoAxeViolations, forgetTodaysRetentionRun, signInReusingSession, signInThroughMailbox } from "./helpers";

// Its own client addresses, so its sign-ins have their own rate-limit budget.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.91" } });

// Retention as the candidate meets it: the privacy page and its email after withdrawing "keep my
// details", and the yearly "shall we keep your account?" email whose link works without signing in.

/** The links in the newest mailbox message to `email` with this subject. */
async function openMail(page: Page, email: string, subject: string) {
  await page.goto("/dev/mailbox");
  await page.getByRole("row").filter({ has: page.getByRole("cell", { name: email, exact: true }) }).filter({ hasText: subject }).first().getByRole("link").click();
  return page.getByRole("region", { name: "Links in this message" });
}

test("withdrawing 'keep my details' with nothing open: the page and an email give the date; Keep my details cancels it", async ({ page }) => {
  const email = `leaving-${randomUUID().slice(0, 8)}@example.com`;
  await addRetentionCandidate(email, { keep: true });
  await signInThroughMailbox(page, email);
  await page.goto("/portal/privacy");
  // Each choice is saved on its own: "no" to keeping my details alone.
  await page.getByRole("group", { name: "Keep my details between job searches" }).getByLabel("No").check();
  await page.getByRole("button", { name: "Save your answer to “Keep my details between job searches”" }).click();
  await expect(page.getByRole("status").filter({ hasText: "we will delete your account and data on" })).toBeVisible();

  await page.reload();
  const notice = page.getByRole("region", { name: /Your account will be deleted on/ });
  await expect(notice).toContainText("You told us not to keep your details between job searches");
  await expectNoAxeViolations(page);

  const links = await openMail(page, email, "Your Next Steps account will be deleted");
  await expect(links.getByRole("link").filter({ hasText: "/portal/privacy" })).toBeVisible();

  await page.goto("/portal/privacy");
  await page.getByRole("region", { name: /Your account will be deleted on/ }).getByRole("button", { name: "Keep my details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "we will keep your details" })).toBeVisible();
  await expect(page.getByRole("region", { name: /Your account will be deleted on/ })).toHaveCount(0);
  await expect(page.getByRole("group", { name: "Keep my details between job searches" }).getByLabel("Yes")).toBeChecked();
});

test("an account unused for a year is asked by email; its link keeps the details without signing in; the admin sees the run", async ({ page, request, browser }) => {
  const email = `quiet-${randomUUID().slice(0, 8)}@example.com`;
  await addRetentionCandidate(email, { daysAgo: 400 });
  await forgetTodaysRetentionRun();
  const pass = await request.post("/api/cron/reminders", { headers: { authorization: "Bearer e2e-only-cron-secret" } });
  expect(pass.status()).toBe(200);
  expect((await pass.json()).retention).toMatchObject({ ran: true, counts: { inactivityNotices: expect.any(Number) } });

  // The admin, in their own browser: the account is among the upcoming erasures, with the run's counts.
  const admin = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.92" } });
  const adminPage = await admin.newPage();
  await signInReusingSession(adminPage, "admin@example.com");
  await adminPage.goto("/admin/retention");
  await expect(adminPage.getByRole("row").filter({ hasText: email })).toContainText("Unused for a year; no answer to our email");
  await expect(adminPage.getByRole("row").filter({ hasText: "“Shall we keep your account?” emails" })).toBeVisible();
  await expectNoAxeViolations(adminPage);

  // The candidate is signed out: the email's link is all they have.
  const links = await openMail(page, email, "Shall we keep your Next Steps account?");
  const keep = await links.getByRole("link").filter({ hasText: "/keep-my-details?token=" }).first().getAttribute("href");
  await page.goto(keep!);
  await expect(page.getByRole("heading", { level: 1, name: "Keep my details" })).toBeVisible();
  await expect(page.getByText(/is due to be deleted on/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Keep my details" }).click();
  await expect(page.getByRole("status")).toContainText("Done: we will keep your details");

  await adminPage.reload();
  await expect(adminPage.getByRole("row").filter({ hasText: email })).toHaveCount(0);
  await admin.close();

  // A link cut short says so, and changes nothing.
  await page.goto(`${keep!.slice(0, -5)}`);
  await expect(page.getByRole("heading", { level: 1, name: "This link is not valid" })).toBeVisible();
});
