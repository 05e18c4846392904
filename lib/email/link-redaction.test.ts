import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { recordingTransport } from "@/test/recording-transport";
import { emailOutbox } from "@/lib/db/schema/delivery";
import SignInLinkEmail from "@/emails/sign-in-link";
import { signInLinkMinutes } from "@/lib/auth/auth";
import { staffInvitationLifetimeMs } from "@/lib/auth/staff-invitations";
import type { EmailTransport } from "./transports/transport";
import { enqueueEmail } from "./outbox";
import { claimAloneEmails, deliverClaimedEmail, deliverDueEmails } from "./outbox-delivery";
import { linkLifetimeMs, redactLinkMessages, redactedText } from "./link-redaction";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  await testDb.db.delete(emailOutbox);
});

const t0 = new Date("2026-11-26T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const token = "5e2b9d0c7a41f8e3";
const link = `https://next-steps.example/api/auth/callback/email?callbackUrl=%2Fportal&token=${token}&email=a%40b.test`;
const provider = (transport = recordingTransport()): EmailTransport => ({ ...transport, name: "resend" });

async function queue(template: string) {
  const { id } = await enqueueEmail(
    { to: "a@b.test", template, subject: "Your link", element: SignInLinkEmail({ url: link, expiresInMinutes: 10, siteName: "Next Steps" }), deliverAlone: true },
    t0,
  );
  return id;
}
const row = async (id: string) => (await testDb.db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!;
const holdsToken = (message: { html: string; text: string }) => message.html.includes(token) || message.text.includes(token);

async function deliver(transport: EmailTransport, now: Date) {
  const [claimed] = await claimAloneEmails(testDb.db, { now, leaseMs: 60_000, limit: 1 });
  await deliverClaimedEmail(testDb.db, claimed!, transport, now);
}

describe("sign-in and invitation messages at rest", () => {
  it("keep their link lifetimes in step with Auth.js's", () => {
    expect(linkLifetimeMs["sign-in-link"]).toBe(signInLinkMinutes * 60_000);
    expect(linkLifetimeMs["staff-invitation"]).toBe(staffInvitationLifetimeMs);
  });

  it("lose their body the moment a provider accepts them, after the provider was given the link", async () => {
    const transport = recordingTransport();
    const id = await queue("sign-in-link");
    await deliver(provider(transport), at(0));
    expect(transport.sent[0]!.text).toContain(token);
    const stored = await row(id);
    expect(stored.state).toBe("sent");
    expect(holdsToken(stored)).toBe(false);
    expect(stored.text).toBe(redactedText);
    expect(stored.bodyRedactedAt).toEqual(at(0));
  });

  it("stay readable in the local mailbox until the link expires, then lose their body", async () => {
    const signIn = await queue("sign-in-link");
    const invitation = await queue("staff-invitation");
    await deliverDueEmails(testDb.db, recordingTransport(), at(0));
    await deliverDueEmails(testDb.db, recordingTransport(), at(0));
    expect(holdsToken(await row(signIn))).toBe(true);
    expect(await redactLinkMessages(testDb.db, at(9))).toBe(0);
    expect(await redactLinkMessages(testDb.db, at(10))).toBe(1);
    expect(holdsToken(await row(signIn))).toBe(false);
    expect(holdsToken(await row(invitation))).toBe(true);
    expect(await redactLinkMessages(testDb.db, at(7 * 24 * 60))).toBe(1);
    expect(holdsToken(await row(invitation))).toBe(false);
  });

  it("lose their body once the link expires if never delivered, and one still waiting is given up", async () => {
    const failed = await queue("sign-in-link");
    await deliver(provider(recordingTransport({ single: [{ ok: false, retryable: false, reason: "422 validation_error" }] })), at(0));
    const waiting = await queue("staff-invitation");
    expect((await row(failed)).state).toBe("failed");
    expect(holdsToken(await row(failed))).toBe(true);

    const tally = await deliverDueEmails(testDb.db, provider(recordingTransport({ single: [{ ok: false, retryable: true, reason: "503" }] })), at(11));
    expect(tally.redacted).toBe(1);
    expect(holdsToken(await row(failed))).toBe(false);

    await redactLinkMessages(testDb.db, at(7 * 24 * 60 + 1));
    expect(await row(waiting)).toMatchObject({ state: "failed", lastError: "not sent: its link expired first", text: redactedText });
  });

  it("include a client's feedback link and its reminder, which work for 30 days", async () => {
    const transport = recordingTransport();
    const request = await queue("client-feedback-request");
    await deliver(provider(transport), at(0));
    expect(transport.sent.at(-1)!.text).toContain(token);
    expect(holdsToken(await row(request))).toBe(false);
    const reminder = await queue("client-feedback-reminder");
    await deliverDueEmails(testDb.db, recordingTransport(), at(0));
    expect(await redactLinkMessages(testDb.db, at(30 * 24 * 60 - 1))).toBe(0);
    expect(holdsToken(await row(reminder))).toBe(true);
    expect(await redactLinkMessages(testDb.db, at(30 * 24 * 60))).toBe(1);
    expect(holdsToken(await row(reminder))).toBe(false);
  });

  it("leave every other message alone", async () => {
    const reminder = await queue("interview-tomorrow");
    await deliver(provider(), at(0));
    await redactLinkMessages(testDb.db, at(60 * 24 * 30));
    expect(holdsToken(await row(reminder))).toBe(true);
    expect((await row(reminder)).bodyRedactedAt).toBeNull();
  });

  it("never write a link's token into the outbox's error, whatever the provider said", async () => {
    const id = await queue("sign-in-link");
    const reason = `422 validation_error: invalid html near <a href="${link.replaceAll("&", "&amp;")}"> (${link})`;
    await deliver(provider(recordingTransport({ single: [{ ok: false, retryable: true, reason }] })), at(0));
    const stored = await row(id);
    expect(stored.lastError).toContain("422 validation_error");
    expect(stored.lastError).not.toContain(token);
  });
});
