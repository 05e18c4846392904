import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations, signInReusingSession } from "./helpers";

// The admin's mail page in a browser: a failed message is sent again and a
// suppression lifted, each change said in the row's status and audited.

// Its own client address, so its sign-in has its own rate-limit budget.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "192.0.2.93" } });

test("an admin sends a failed message again and lifts a suppression", async ({ page }) => {
  const sql = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
  const tag = randomBytes(4).toString("hex");
  const hash = randomBytes(32).toString("hex");
  try {
    // An hour after it failed, so the newest failures list starts with it; due long ago, so no worker sends it.
    const [failed] = await sql`
      insert into email_outbox (idempotency_key, recipient, template, subject, html, text, state, attempts, last_error, next_attempt_at)
      values (${`e2e-mail-${tag}`}, ${`zed-${tag}@example.org`}, 'follow-up-reminder', 'Follow up', '<p>x</p>', 'x', 'failed', 8,
              ${`422 refused ${tag}`}, now() + interval '1 hour')
      returning id`;
    await sql`insert into email_suppressions (address_hash, reason, created_at) values (${hash}, 'complained', now() + interval '1 hour')`;

    await signInReusingSession(page, "admin@example.com");
    await page.goto("/admin/mail");
    await expect(page.getByRole("heading", { level: 1, name: "Mail" })).toBeVisible();
    await expect(page.getByRole("navigation").getByRole("link", { name: "Mail" })).toBeVisible();
    await expectNoAxeViolations(page);

    const failure = page.getByRole("row").filter({ hasText: `422 refused ${tag}` });
    await expect(failure).toContainText("z…@example.org");
    await failure.getByRole("button", { name: `Send again the follow up reminder message to z…@example.org` }).click();
    await expect(failure.getByRole("status")).toHaveText("Queued to go again: the worker will send it within a minute or two.");

    const suppression = page.getByRole("row").filter({ hasText: hash });
    await suppression.getByRole("button", { name: `Lift the suppression of address hash ${hash.slice(0, 12)}` }).click();
    await expect(suppression.getByRole("status")).toContainText("Suppression lifted");
    await expectNoAxeViolations(page);

    expect(await sql`select 1 from email_suppressions where address_hash = ${hash}`).toHaveLength(0);
    const audited = await sql`select entity, entity_id from audit_log where entity in ('email_retry', 'email_suppression') and (details->>'retryOf' = ${failed!.id} or entity_id = ${hash})`;
    expect(audited.map((row) => row.entity).sort()).toEqual(["email_retry", "email_suppression"]);
  } finally {
    await sql`delete from email_suppressions where address_hash = ${hash}`;
    await sql.end();
  }
});
