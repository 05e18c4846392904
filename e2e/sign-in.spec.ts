import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  expectNoAxeViolations,
  expireSignInLinks,
  listOtherCandidates,
  readSignInLink,
  requestSignInLink,
  signInThroughMailbox,
} from "./helpers";

// Every request for a link counts against the sign-in rate limits: 5 per
// address and 20 per client address per 15 minutes. All requests here come
// from 127.0.0.1, and this file makes 8 of them (16 if CI retries every test),
// so each test that signs in uses its own seeded account. Against a reused
// E2E_DATABASE_URL, runs less than 15 minutes apart share the same counters.

const expiredHeading = "This sign-in link has expired or has already been used";

let candidates: string[] = [];

test.beforeAll(async () => {
  candidates = await listOtherCandidates();
  expect(candidates.length, "seeded candidates besides the demo one").toBeGreaterThanOrEqual(5);
});

function candidate(index: number): string {
  const email = candidates[index];
  if (!email) throw new Error(`No seeded candidate number ${index}`);
  return email;
}

async function expectHeading(page: Page, name: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

async function expectAuthError(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/auth-error\?error=Verification$/);
  await expectHeading(page, expiredHeading);
}

test("a candidate requests a link, opens it from the mailbox and lands in the portal", async ({ page }) => {
  await signInThroughMailbox(page, "candidate@example.com", { audit: true });
  await expect(page).toHaveURL(/\/portal$/);
  await expectHeading(page, "Your portal");
  await expectNoAxeViolations(page);

  // What the browser can read about the session: these four fields, nothing else.
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(Object.keys(session.user).sort()).toEqual(["email", "id", "name", "role"]);
  expect(session.user).toMatchObject({ email: "candidate@example.com", role: "candidate" });
  expect(Object.keys(session).sort()).toEqual(["expires", "user"]);

  // The session cookie: out of reach of page script, not sent on cross-site requests.
  // (Secure is added when AUTH_URL is https, as in production; this server runs on http.)
  const cookie = (await page.context().cookies()).find((item) => item.name === "authjs.session-token");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
});

test("a consultant lands in the consultant area; an admin too, and can open /admin", async ({ browser }) => {
  const consultant = await browser.newContext();
  const consultantPage = await consultant.newPage();
  await signInThroughMailbox(consultantPage, "consultant@example.com");
  await expect(consultantPage).toHaveURL(/\/consultant$/);
  await expectHeading(consultantPage, "Needs attention today");
  await expectNoAxeViolations(consultantPage);
  await consultant.close();

  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signInThroughMailbox(adminPage, "admin@example.com");
  await expect(adminPage).toHaveURL(/\/consultant$/);
  await expectHeading(adminPage, "Needs attention today");
  const response = await adminPage.goto("/admin");
  expect(response?.status()).toBe(200);
  await expectHeading(adminPage, "Team");
  await expectNoAxeViolations(adminPage);
  await admin.close();
});

test("a signed-in candidate who opens /consultant is refused", async ({ page }) => {
  await signInThroughMailbox(page, candidate(0));
  await expectHeading(page, "Your portal");
  const response = await page.goto("/consultant");
  expect(response?.status()).toBe(403);
  await expectHeading(page, "You do not have access to this page");
  await expectNoAxeViolations(page);
});

test("a link that has been used is refused with a clear page", async ({ browser }) => {
  const first = await browser.newContext();
  const firstPage = await first.newPage();
  const link = await signInThroughMailbox(firstPage, candidate(1));
  await expectHeading(firstPage, "Your portal");
  await first.close();

  // A fresh browser replaying the same link, as someone who found it later would.
  const second = await browser.newContext();
  const secondPage = await second.newPage();
  await secondPage.goto(link);
  await expectAuthError(secondPage);
  await expect(secondPage.getByRole("link", { name: "Get a new sign-in link" })).toBeVisible();
  await expectNoAxeViolations(secondPage);
  await second.close();
});

test("an expired link is refused", async ({ page }) => {
  const email = candidate(2);
  await page.goto("/sign-in");
  await requestSignInLink(page, email);
  const link = await readSignInLink(page, email);
  expect(await expireSignInLinks(email)).toBeGreaterThanOrEqual(1);
  await page.goto(link);
  await expectAuthError(page);
});

test("an invalid address gets a field error; a tampered link is refused", async ({ page }) => {
  await page.goto("/sign-in");
  const field = page.getByLabel("Email address");
  await field.fill("not-an-email");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Enter an email address in the right format")).toBeVisible();
  await expect(field).toHaveValue("not-an-email");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expectNoAxeViolations(page);

  const email = candidate(3);
  await requestSignInLink(page, email);
  const link = new URL(await readSignInLink(page, email));
  const token = link.searchParams.get("token") ?? "";
  expect(token.length).toBeGreaterThan(0);
  // Same length, last character changed: well-formed, but not the token that was sent.
  link.searchParams.set("token", token.slice(0, -1) + (token.endsWith("0") ? "1" : "0"));
  await page.goto(link.toString());
  await expectAuthError(page);
});

test("signed out, /portal sends you to sign in and back to /portal afterwards", async ({ page }) => {
  const email = candidate(4);
  await page.goto("/portal");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fportal$/);
  await requestSignInLink(page, email);
  const link = await readSignInLink(page, email);
  await page.goto(link);
  await expect(page).toHaveURL(/\/portal$/);
  await expectHeading(page, "Your portal");
});
