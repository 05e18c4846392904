import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { addConsultantPair, expectNoAxeViolations, signInReusingSession } from "./helpers";

test("an admin deactivates a consultant: the confirmation names who takes over, and the outcome says so", async ({ page }) => {
  const { leaver, successor } = await addConsultantPair(randomUUID().slice(0, 8));
  await signInReusingSession(page, "admin@example.com");
  await page.goto("/admin");
  const member = page.getByRole("listitem").filter({ hasText: leaver });

  await member.getByRole("button", { name: `Deactivate… ${leaver}` }).click();
  await expect(member.getByText(`Deactivate ${leaver}? They are signed out everywhere at once`)).toBeFocused();

  // Confirming without a choice: the field says what is missing, and nothing happens.
  await member.getByRole("button", { name: `Deactivate ${leaver}`, exact: true }).click();
  const picker = member.getByLabel("Who takes over their candidates");
  await expect(member.getByText("Choose the consultant who takes over their candidate.")).toBeVisible();
  await expect(picker).toHaveAttribute("aria-invalid", "true");

  await picker.selectOption({ label: successor });
  await expect(member.getByText(`${successor} takes over their candidate.`)).toBeVisible();
  await expectNoAxeViolations(page);
  await member.getByRole("button", { name: `Deactivate ${leaver} and move their candidate to ${successor}` }).click();

  // The role form's (empty) status goes once the list shows them deactivated: look for the outcome itself.
  await expect(member.getByRole("status").filter({ hasText: "is deactivated" })).toHaveText(
    `${leaver} is deactivated and signed out everywhere. Their candidate has moved to ${successor}.`,
  );
  await expect(member).toContainText("deactivated on");
  await expectNoAxeViolations(page);

  // Never offered again as a consultant to assign, there or here.
  await expect(page.getByRole("option", { name: leaver })).toHaveCount(0);
  await page.goto("/admin/candidates");
  await expect(page.getByRole("option", { name: leaver })).toHaveCount(0);
  await expect(page.getByRole("option", { name: successor }).first()).toBeAttached();
});
