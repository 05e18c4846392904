import { expect, test } from "./fixtures";
import { expectNoAxeViolations, signInReusingSession } from "./helpers";
import { demoAccounts, measureFirstScreen, resolveTour, tour, type Role } from "./page-tour";

// Every page type, as each role, on a phone: nothing scrolls sideways (a wide table becomes cards or
// scrolls inside its own region), and the header leaves the first screen to the page: its first
// heading starts within 200px of the top. axe checks each page at phone and laptop widths.
test.use({ viewport: { width: 390, height: 844 }, extraHTTPHeaders: { "x-forwarded-for": "192.0.2.101" } });

const headerBudget = 200;

const who: Record<Role, string> = { "signed-out": "a visitor", candidate: "a candidate", consultant: "a consultant", admin: "an admin" };

for (const role of Object.keys(tour) as Role[]) {
  test(`every page ${who[role]} sees fits a phone and leads with its content`, async ({ page }) => {
    test.setTimeout(240_000);
    if (role !== "signed-out") await signInReusingSession(page, demoAccounts[role]);
    const stops = await resolveTour(page, tour[role]);
    for (const { name, path } of stops) {
      expect(path, `no ${name} page found for ${role}`).not.toBeNull();
      await page.goto(path!);
      const { headingTop, sideways } = await measureFirstScreen(page);
      expect(sideways, `${path} scrolls sideways by ${sideways}px`).toBeLessThanOrEqual(0);
      expect(headingTop, `${path} has no main heading`).not.toBeNull();
      expect(headingTop!, `${path}: the first heading starts ${headingTop}px down`).toBeLessThanOrEqual(headerBudget);
      await expectNoAxeViolations(page);
      await page.setViewportSize({ width: 1280, height: 800 });
      await expectNoAxeViolations(page);
      await page.setViewportSize({ width: 390, height: 844 });
    }
  });
}

test("the phone menu opens, shows the current section, and works with the keyboard", async ({ page }) => {
  await signInReusingSession(page, demoAccounts.candidate);
  await page.goto("/portal/applications");
  const menu = page.locator("summary", { hasText: "Menu" });
  await menu.focus();
  await page.keyboard.press("Enter");
  const portalMenu = page.getByRole("navigation", { name: "Portal" });
  await expect(portalMenu.getByRole("link", { name: "Applications" })).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(portalMenu).toBeHidden();
  await expect(menu).toBeFocused();
});
