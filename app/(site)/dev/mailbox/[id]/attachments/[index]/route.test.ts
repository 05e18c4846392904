import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import SignInLinkEmail from "@/emails/sign-in-link";
import { enqueueEmail } from "@/lib/email/outbox";
import { GET } from "./route";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.dispose());

const call = (id: string, index: string) =>
  GET(new Request(`http://localhost/dev/mailbox/${id}/attachments/${index}`), { params: Promise.resolve({ id, index }) });

describe("GET /dev/mailbox/[id]/attachments/[index]", () => {
  it("serves a message's attachment as a download, and nothing else", async () => {
    const ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
    const { id } = await enqueueEmail({
      to: "candidate@example.com",
      template: "interview-tomorrow",
      subject: "Tomorrow",
      element: SignInLinkEmail({ url: "http://localhost/x", expiresInMinutes: 10, siteName: "Next Steps" }),
      attachments: [{ filename: "Interview: Acme.ics", contentType: "text/calendar; charset=utf-8", contentBase64: Buffer.from(ics).toString("base64") }],
    });
    const response = await call(id, "0");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="Interview_ Acme.ics"');
    expect(await response.text()).toBe(ics);

    expect((await call(id, "1")).status).toBe(404);
    expect((await call(id, "-1")).status).toBe(404);
    expect((await call("not-a-uuid", "0")).status).toBe(404);
    expect((await call("00000000-0000-4000-8000-000000000000", "0")).status).toBe(404);
  });
});
