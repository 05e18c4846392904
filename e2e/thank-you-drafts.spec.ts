import { expect, test } from "./fixtures";
import { expectNoAxeViolations, signInThroughMailbox } from "./helpers";

// Drafts that read like a person wrote them (issue 14): one per interviewer, greeting each by first
// name, built from "one thing you talked about with them", and never quoting the private reflection.

test.use({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.110" } });

test("each interviewer gets their own draft, from what the candidate talked about with them, and editing keeps sent notes", async ({ page }) => {
  await signInThroughMailbox(page, "drafts.e2e@example.com");
  await page.goto("/portal/applications/new");
  await page.getByLabel("Company", { exact: true }).fill("Initech");
  await page.getByLabel("Role", { exact: true }).fill("Data Analyst");
  await page.getByLabel(/Directly with the company/).check();
  await page.getByRole("button", { name: "Save the application" }).click();
  await page.getByRole("link", { name: "Add an interview round" }).click();
  await page.getByLabel("Date", { exact: true }).fill("2027-03-02");
  await page.getByLabel("Start time").fill("10:00");
  await page.getByLabel("Length in minutes").fill("60");
  await page.getByLabel("Video").check();
  await page.getByRole("radio", { name: "They did not say" }).check();
  await page.getByLabel("Name", { exact: true }).first().fill("Olu Adebayo");
  await page.getByLabel("Email address (optional)").first().fill("olu@initech.example");
  await page.getByLabel("One thing you talked about with them (optional)").first().fill("The new Leeds office.");
  await page.getByRole("button", { name: "Add another interviewer" }).click();
  await page.getByLabel("Name", { exact: true }).nth(1).fill("Dr Jane Smith");
  await page.getByRole("button", { name: "Save the interview" }).click();
  await expect(page.getByRole("heading", { name: "Your plan" })).toBeVisible();
  const interviewUrl = page.url();

  await page.goto(`${interviewUrl}/reflection`);
  await page.getByLabel("What went well").fill("Good rapport with Olu; he laughed at my spreadsheet joke.");
  await page.getByRole("group", { name: "Still want the job?" }).getByLabel(/^Yes/).check();
  await page.getByRole("button", { name: "Save reflection" }).click();
  await expect(page.getByText(/Reflection saved/)).toBeVisible();

  await page.goto(`${interviewUrl}/thank-you`);
  const olu = page.getByRole("region", { name: /^To Olu Adebayo/ });
  const jane = page.getByRole("region", { name: /^To Dr Jane Smith/ });
  const oluNote = await olu.getByLabel("Message").inputValue();
  const janeNote = await jane.getByLabel("Message").inputValue();
  expect(oluNote).toMatch(/^Dear Olu,\n\n/);
  expect(oluNote).toContain("the new Leeds office");
  expect(janeNote).toMatch(/^Dear Jane,\n\n/);
  expect(janeNote).not.toContain("Leeds");
  // Different wording for each, and nothing from the reflection's notes in either.
  expect(oluNote.split("\n\n")[1]).not.toBe(janeNote.split("\n\n")[1]);
  for (const note of [oluNote, janeNote]) expect(note).not.toMatch(/rapport|spreadsheet|laughed/);
  await expectNoAxeViolations(page);

  await olu.getByRole("button", { name: "I've sent it" }).click();
  await expect(olu.getByText(/^Sent on /)).toBeVisible();

  // Adding what was talked about later: the sent note stays, the other draft picks it up.
  await page.goto(`${interviewUrl}/edit`);
  const first = page.getByRole("group", { name: "Interviewer 1" });
  await expect(first.getByLabel("Name", { exact: true })).toHaveValue("Dr Jane Smith");
  await first.getByLabel("One thing you talked about with them (optional)").fill("Project Atlas");
  await page.getByRole("button", { name: "Save the changes" }).click();
  await expect(page.getByRole("heading", { name: "Your plan" })).toBeVisible();

  await page.goto(`${interviewUrl}/thank-you`);
  await expect(olu.getByText(/^Sent on /)).toBeVisible();
  await expect(olu.getByLabel("Message")).toHaveValue(oluNote);
  await expect(jane.getByLabel("Message")).toHaveValue(/Project Atlas/);
});
