import { expect, test } from "./fixtures";
import { signInThroughMailbox } from "./helpers";

// Nothing scrolls sideways on a phone: a wide table scrolls inside its own region.
test.use({ viewport: { width: 390, height: 844 } });

const pages = {
  "admin@example.com": ["/consultant", "/consultant/pipeline", "/consultant/candidates", "/consultant/metrics", "/admin", "/admin/candidates", "/admin/audit", "/admin/mail", "/admin/retention"],
  "candidate@example.com": ["/portal", "/portal/applications", "/portal/questions", "/portal/settings"],
};

for (const [email, paths] of Object.entries(pages)) {
  test(`the pages ${email.split("@")[0]} uses fit a phone`, async ({ page }) => {
    await signInThroughMailbox(page, email);
    for (const path of paths) {
      await page.goto(path);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(sideways, `${path} scrolls sideways by ${sideways}px`).toBeLessThanOrEqual(0);
    }
  });
}
