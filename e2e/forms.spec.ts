import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { addRetentionCandidate, expectNoAxeViolations, signInThroughMailbox } from "./helpers";

// The candidate's forms that forgive: the time-zone field that can be searched, and consent saved
// one purpose at a time with its history under it, with JavaScript and without.

// Its own client address (the per-address sign-in limit), and a device in Tokyo, whose zone the
// time-zone field suggests.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.121" }, timezoneId: "Asia/Tokyo" });
// A sign-in, several saves and axe twice each: more than the default minute on a busy machine.
test.describe.configure({ timeout: 120_000 });

const newYorkTime = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "America/New_York" }).format(new Date(iso));

/** One purpose's card: its form, its message and its history. */
const choice = (page: Page, label: string) => page.getByRole("listitem").filter({ has: page.getByRole("group", { name: label }) });
const saveButton = (item: Locator, label: string) => item.getByRole("button", { name: `Save your answer to “${label}”` });

/** Each answer in a purpose's history, as shown, with its time checked against its instant in New York. */
async function historyOf(item: Locator): Promise<string[]> {
  const shown: string[] = [];
  for (const entry of await item.getByRole("list", { name: "Your answers, newest first" }).getByRole("listitem").all()) {
    const time = entry.locator("time");
    const when = newYorkTime((await time.getAttribute("datetime"))!);
    await expect(time).toHaveText(when);
    shown.push((await entry.innerText()).replace(when, "…"));
  }
  return shown;
}

/** A candidate of the test's own, who has only answered "keep my details" (yes), signed in. */
async function signInAsNewCandidate(page: Page): Promise<string> {
  const email = `forms-${randomUUID().slice(0, 8)}@example.com`;
  await addRetentionCandidate(email, { keep: true });
  await signInThroughMailbox(page, email);
  return email;
}

test("the time zone is suggested first, found by typing, chosen with the keyboard, and refused when unknown", async ({ page }) => {
  await signInAsNewCandidate(page);

  await page.goto("/portal/settings");
  const zone = page.getByRole("combobox", { name: "Time zone" });
  await expect(zone).toHaveValue("Europe/London");
  // Opened without typing: the saved zone, this device's and UK time first.
  await zone.focus();
  await zone.press("ArrowDown");
  const options = page.getByRole("listbox", { name: "Time zones" }).getByRole("option");
  await expect(options.nth(0)).toContainText("Europe/London");
  await expect(options.nth(1)).toContainText("Asia/Tokyo");
  await expect(options.nth(2)).toContainText("Africa/Abidjan");
  await expect(zone).toHaveAttribute("aria-activedescendant", (await options.nth(0).getAttribute("id"))!);
  await zone.press("Escape");
  await expect(zone).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByText("This device is set to Asia/Tokyo.")).toBeVisible();
  await expectNoAxeViolations(page);

  // Typing narrows the list; the arrow keys and Enter choose.
  await zone.fill("new yo");
  await expect(options).toHaveCount(1);
  await expect(page.getByRole("status").filter({ hasText: "1 time zone matches" })).toBeAttached();
  await zone.press("ArrowDown");
  await zone.press("Enter");
  await expect(zone).toHaveValue("America/New York");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Your settings are saved.")).toBeVisible();
  await page.reload();
  await expect(zone).toHaveValue("America/New York");

  // A zone that is not in the list: a field error, and nothing saved.
  await zone.fill("Atlantis");
  await expect(page.getByText("No time zone matches “Atlantis”.")).toBeVisible();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Choose a time zone from the list")).toBeVisible();
  await expect(zone).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(zone).toHaveValue("America/New York");
});

test("consent is saved one purpose at a time, with its history under it in the candidate's time zone, with JavaScript and without", async ({ page, browser }) => {
  await signInAsNewCandidate(page);
  // Typed out in full, the zone needs no choosing from the list.
  await page.goto("/portal/settings");
  await page.getByRole("combobox", { name: "Time zone" }).fill("America/New York");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Your settings are saved.")).toBeVisible();

  await page.goto("/portal/privacy");
  const byEmail = "News and new roles by email";
  const news = choice(page, byEmail);
  await expect(news).toContainText("You have not answered this yet.");
  await news.getByLabel("Yes").check();
  await saveButton(news, byEmail).click();
  await expect(news.getByRole("status")).toHaveText(`Saved: you answered yes to “${byEmail}”.`);
  expect(await historyOf(news)).toEqual(["Yes, given on …, on this page"]);
  await news.getByLabel("No").check();
  await saveButton(news, byEmail).click();
  await expect(news.getByRole("status")).toHaveText(`Saved: you answered no to “${byEmail}”.`);
  await expect.poll(() => historyOf(news)).toEqual(["No, withdrawn on …, on this page", "Yes, given on …, on this page"]);

  // Nothing else was answered by those saves, and an unanswered save is refused beside its field.
  const forward = choice(page, "Put me forward for roles");
  await expect(forward).toContainText("You have not answered this yet.");
  await saveButton(forward, "Put me forward for roles").click();
  await expect(forward.getByRole("status")).toContainText("Nothing has been saved: choose yes or no first.");
  await expect(forward.getByRole("group", { name: "Put me forward for roles" })).toHaveAccessibleDescription(/Error: Choose yes or no$/);
  const keep = choice(page, "Keep my details between job searches");
  await expect(keep.getByLabel("Yes")).toBeChecked();
  expect(await historyOf(keep)).toEqual(["Yes, given on …"]);
  await expectNoAxeViolations(page);

  // Without JavaScript: the form posts, and the page comes back with the message and the history.
  const plain = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
    extraHTTPHeaders: { "x-forwarded-for": "192.0.2.121" },
  });
  const noScript = await plain.newPage();
  await noScript.goto("/portal/privacy");
  const texts = choice(noScript, "News and new roles by text message");
  await texts.getByLabel("Yes").check();
  await saveButton(texts, "News and new roles by text message").click();
  await expect(choice(noScript, "News and new roles by text message").getByRole("status")).toHaveText(
    "Saved: you answered yes to “News and new roles by text message”.",
  );
  expect(await historyOf(choice(noScript, "News and new roles by text message"))).toEqual(["Yes, given on …, on this page"]);
  // The settings page's fallback: a plain list with the suggestions first.
  await noScript.goto("/portal/settings");
  const select = noScript.getByRole("combobox", { name: "Time zone" });
  await expect(select.locator("optgroup").first()).toHaveAttribute("label", "Suggested");
  await expect(select.locator("option").first()).toHaveText(/^America\/New York/);
  await expect(select).toHaveValue("America/New_York");
  await plain.close();
});
