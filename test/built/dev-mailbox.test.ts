// A production build without ENABLE_DEV_MAILBOX has no local mailbox: its
// pages and attachment route answer 404, even for a message that exists
// (the mailbox shows everyone's sign-in links).
import { afterAll, beforeAll, expect, it } from "vitest";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { startBuiltApp, type BuiltApp } from "./built-app";

let app: BuiltApp;
let messageId: string;
beforeAll(async () => {
  app = await startBuiltApp();
  const [row] = await app.db
    .insert(emailOutbox)
    .values({
      idempotencyKey: "dev-mailbox-test",
      recipient: "candidate@world.test",
      template: "sign-in-link",
      subject: "Your sign-in link",
      html: "<p>http://localhost/api/auth/callback/email?token=secret</p>",
      text: "http://localhost/api/auth/callback/email?token=secret",
      attachments: [{ filename: "interview.ics", contentType: "text/calendar", contentBase64: Buffer.from("BEGIN:VCALENDAR").toString("base64") }],
    })
    .returning({ id: emailOutbox.id });
  messageId = row!.id;
}, 120_000);
afterAll(() => app?.stop());

it("answers 404 for the mailbox, a message in it and the message's attachment", async () => {
  for (const path of ["/dev/mailbox", `/dev/mailbox/${messageId}`, `/dev/mailbox/${messageId}/attachments/0`]) {
    const response = await fetch(app.server.origin + path, { redirect: "manual" });
    const body = await response.text();
    expect(response.status, path).toBe(404);
    expect(body, path).not.toContain("token=secret");
    expect(body, path).not.toContain("BEGIN:VCALENDAR");
  }
});
