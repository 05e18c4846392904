import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations, signInReusingSession, signInThroughMailbox } from "./helpers";
import { demoAccounts } from "./page-tour";

// The header knows who you are on static and private pages alike, and signs you out from anywhere.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.102" } });

const accountButton = (page: Page) => page.getByRole("banner").locator("summary", { hasText: "Account:" });
const menuLink = (page: Page, name: string) => page.getByRole("banner").getByRole("link", { name, exact: true });

test("a visitor is offered sign in, and the current section is marked", async ({ page }) => {
  await page.goto("/advice");
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(accountButton(page)).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Advice" }).first()).toHaveAttribute("aria-current", "page");
});

test("a candidate sees their account menu on public and private pages, and signs out from it", async ({ page }) => {
  await signInThroughMailbox(page, demoAccounts.candidate);
  await page.goto("/portal");
  await expect(accountButton(page)).toBeVisible();

  // A prerendered article learns who is signed in from the browser.
  await page.goto("/advice");
  const button = accountButton(page);
  await expect(button).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await button.click();
  await expect(page.getByRole("banner").getByText("Signed in as")).toBeVisible();
  await expect(menuLink(page, "Your portal")).toBeVisible();
  await expect(menuLink(page, "Settings")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/\?signed-out=1$/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(accountButton(page)).toHaveCount(0);
  await page.goto("/portal");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("staff see the way to their area; an admin to both", async ({ browser }) => {
  test.setTimeout(120_000);
  for (const [role, links] of [
    ["consultant", ["Consultant area"]],
    ["admin", ["Consultant area", "Admin area"]],
  ] as const) {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": role === "admin" ? "192.0.2.103" : "192.0.2.104" } });
    const page = await context.newPage();
    await signInReusingSession(page, demoAccounts[role]);
    await page.goto("/about");
    await accountButton(page).click();
    for (const name of links) await expect(menuLink(page, name)).toBeVisible();
    await expect(menuLink(page, "Your portal")).toHaveCount(0);
    await context.close();
  }
});
