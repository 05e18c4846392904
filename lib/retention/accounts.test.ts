import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { users } from "@/lib/db/schema/auth";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { applications } from "@/lib/db/schema/journey";
import { consents } from "@/lib/db/schema/privacy";
import type { CurrentUser } from "@/lib/auth/dal";
import { keepDetailsByLinkAction } from "@/app/(site)/keep-my-details/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { saveConsentAnswers, sendInactivityNotices, scheduleWithdrawnErasures } from "./accounts";
import { eraseDueAccounts } from "./erasure";

// Each retention rule about accounts, with the clock injected: a candidate last seen in January 2026
// is "unused for a year" from January 2027.

const joined = new Date("2026-01-05T10:00:00Z");
const aYearOn = new Date("2027-01-06T09:00:00Z");
const day = 86_400_000;
const after = (from: Date, days: number) => new Date(from.getTime() + days * day);

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.dispose());

async function candidate(label: string, extra: Partial<typeof users.$inferInsert> = {}): Promise<CurrentUser> {
  const [row] = await testDb.db
    .insert(users)
    .values({ email: `${label}@retention.test`, name: `Retention ${label}`, createdAt: joined, ...extra })
    .returning();
  return { id: row!.id, name: row!.name, email: row!.email, role: "candidate" };
}
const account = async (who: CurrentUser) => (await testDb.db.select().from(users).where(eq(users.id, who.id)))[0];
const mailTo = (who: CurrentUser) =>
  testDb.db.select().from(emailOutbox).where(and(eq(emailOutbox.recipient, who.email), eq(emailOutbox.template, "retention-notice")));
/** The privacy form's five answers, "keep my details" as given. */
const keepAnswer = (keep: boolean) => ({ data_retention: keep, representation: true, marketing_email: false, marketing_sms: false, marketing_phone: false });
const keepLinkIn = (text: string) => /\/keep-my-details\?token=([A-Za-z0-9_.-]+)/.exec(text)?.[1] ?? null;

describe("an account unused for a year", () => {
  it("is asked once whether to keep it, with a date thirty days on, and never twice", async () => {
    const silent = await candidate("silent");
    const recentlyClosed = await candidate("recently-closed");
    await testDb.db.insert(applications).values({
      candidateId: recentlyClosed.id, company: "Closed Ltd", role: "Clerk", source: "direct", stage: "rejected", updatedAt: new Date("2026-09-01T10:00:00Z"),
    });
    const searching = await candidate("searching");
    await testDb.db.insert(applications).values({ candidateId: searching.id, company: "Open Ltd", role: "Clerk", source: "direct", stage: "applied", createdAt: joined, updatedAt: joined });
    const signedIn = await candidate("signed-in", { lastSignInAt: new Date("2026-06-01T10:00:00Z") });

    expect(await sendInactivityNotices(testDb.db, new Date("2027-01-04T09:00:00Z"), 2)).toBe(0);
    // A batch of two walks all four.
    expect(await sendInactivityNotices(testDb.db, aYearOn, 2)).toBe(1);
    expect(await sendInactivityNotices(testDb.db, after(aYearOn, 1), 2)).toBe(0);

    const [notice] = await mailTo(silent);
    expect(notice).toMatchObject({ subject: "Shall we keep your Next Steps account?", userId: silent.id });
    expect(notice!.text).toContain("we will delete your account and everything in it on 5 February 2027");
    expect(keepLinkIn(notice!.text)).not.toBeNull();
    expect(await account(silent)).toMatchObject({ erasureReason: "inactive", erasureDueAt: after(aYearOn, 30), retentionWarnedAt: aYearOn });
    for (const other of [recentlyClosed, searching, signedIn]) expect(await mailTo(other)).toEqual([]);
  });

  it("is kept, and told so, when its owner already asked us to keep their details", async () => {
    const keeper = await candidate("keeper");
    await testDb.db.insert(consents).values({ userId: keeper.id, purpose: "data_retention", granted: true, source: "portal", recordedAt: joined });
    expect(await sendInactivityNotices(testDb.db, aYearOn, 50)).toBe(1);
    const [notice] = await mailTo(keeper);
    expect(notice!.subject).toBe("We are keeping your Next Steps details, as you asked");
    expect(keepLinkIn(notice!.text)).toBeNull();
    expect((await account(keeper))!.erasureDueAt).toBeNull();
    // Asked again a year later, not before.
    await sendInactivityNotices(testDb.db, after(aYearOn, 300), 50);
    expect(await mailTo(keeper)).toHaveLength(1);
    await sendInactivityNotices(testDb.db, after(aYearOn, 366), 50);
    expect(await mailTo(keeper)).toHaveLength(2);
  });

  it("is erased thirty days after the email when nobody answers, through the one erasure path", async () => {
    const gone = await candidate("gone");
    await sendInactivityNotices(testDb.db, aYearOn, 50);
    expect((await eraseDueAccounts(testDb.db, after(aYearOn, 29), 50)).erase).toBe(0);
    expect(await account(gone)).toBeDefined();
    const tally = await eraseDueAccounts(testDb.db, after(aYearOn, 30), 50);
    expect(tally.erase).toBeGreaterThanOrEqual(1);
    expect(await account(gone)).toBeUndefined();
    // Erasure takes the email that warned them, as it takes all their mail.
    expect(await mailTo(gone)).toEqual([]);
  });

  it("is kept through the email's link, without signing in, and the link cannot be forged", async () => {
    const clicker = await candidate("clicker");
    await sendInactivityNotices(testDb.db, aYearOn, 50);
    const token = keepLinkIn((await mailTo(clicker))[0]!.text)!;

    const forged = await keepDetailsByLinkAction(`${token.slice(0, -2)}xx`, idleFormState, new FormData());
    expect(forged).toMatchObject({ status: "error", message: expect.stringContaining("does not work") });
    expect((await account(clicker))!.erasureDueAt).not.toBeNull();

    const kept = await keepDetailsByLinkAction(token, idleFormState, new FormData());
    expect(kept.status).toBe("success");
    expect(await account(clicker)).toMatchObject({ erasureDueAt: null, erasureReason: null });
    const answers = await testDb.db.select().from(consents).where(eq(consents.userId, clicker.id));
    expect(answers).toMatchObject([{ purpose: "data_retention", granted: true, source: "retention-link" }]);
    // Pressing it again records nothing new.
    await keepDetailsByLinkAction(token, idleFormState, new FormData());
    expect(await testDb.db.select().from(consents).where(eq(consents.userId, clicker.id))).toHaveLength(1);
    await eraseDueAccounts(testDb.db, after(aYearOn, 31), 50);
    expect(await account(clicker)).toBeDefined();

    // Later they say no on the privacy page: the old email's link cannot overrule that.
    await saveConsentAnswers(clicker, keepAnswer(false), after(aYearOn, 40));
    const overruled = await keepDetailsByLinkAction(token, idleFormState, new FormData());
    expect(overruled).toMatchObject({ status: "error", message: expect.stringContaining("Since this email, you have told us not to keep your details") });
    expect((await account(clicker))!.erasureReason).toBe("withdrawn");
  });

  it("is kept when its owner signs in through Auth.js before the day", async () => {
    const returning = await candidate("returning");
    await sendInactivityNotices(testDb.db, aYearOn, 50);
    expect((await account(returning))!.erasureDueAt).not.toBeNull();

    const { handlers } = await import("@/lib/auth/auth");
    const origin = "http://localhost:3000";
    const csrf = await handlers.GET(new NextRequest(`${origin}/api/auth/csrf`));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
    await handlers.POST(
      new NextRequest(`${origin}/api/auth/signin/email`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
        body: new URLSearchParams({ csrfToken, email: returning.email, callbackUrl: "/portal" }),
      }),
    );
    const [signInMail] = await testDb.db.select().from(emailOutbox).where(and(eq(emailOutbox.recipient, returning.email), eq(emailOutbox.template, "sign-in-link")));
    const link = signInMail!.text.match(/http:\/\/localhost:3000\/api\/auth\/callback\/email\?[^\s\]]+/)![0];
    const signedIn = await handlers.GET(new NextRequest(link));
    expect(signedIn.headers.getSetCookie().some((line) => line.startsWith("authjs.session-token="))).toBe(true);

    expect(await account(returning)).toMatchObject({ erasureDueAt: null, erasureReason: null, lastSignInAt: expect.any(Date) });
    await eraseDueAccounts(testDb.db, after(aYearOn, 31), 50);
    expect(await account(returning)).toBeDefined();
  });
});

describe("withdrawing 'keep my details'", () => {
  it("with nothing open schedules erasure in thirty days and says so by email; saying yes again cancels it", async () => {
    const leaver = await candidate("leaver");
    const withdrawnAt = new Date("2026-12-06T10:00:00Z");
    await saveConsentAnswers(leaver, keepAnswer(false), withdrawnAt);
    expect(await account(leaver)).toMatchObject({ erasureReason: "withdrawn", erasureDueAt: after(withdrawnAt, 30) });
    const [notice] = await mailTo(leaver);
    expect(notice!.subject).toBe("Your Next Steps account will be deleted");
    expect(notice!.text).toContain("on 5 January 2027");

    await saveConsentAnswers(leaver, keepAnswer(true), after(withdrawnAt, 2));
    expect(await account(leaver)).toMatchObject({ erasureDueAt: null, erasureReason: null });
    await eraseDueAccounts(testDb.db, after(withdrawnAt, 31), 50);
    expect(await account(leaver)).toBeDefined();
  });

  it("with an application open waits for it to close, then schedules from the daily sweep", async () => {
    const searcher = await candidate("withdrawn-searcher");
    const [open] = await testDb.db
      .insert(applications)
      .values({ candidateId: searcher.id, company: "Still Open Ltd", role: "Clerk", source: "direct", stage: "interviewing" })
      .returning();
    const withdrawnAt = new Date("2026-12-06T10:00:00Z");
    await saveConsentAnswers(searcher, keepAnswer(false), withdrawnAt);
    expect((await account(searcher))!.erasureDueAt).toBeNull();
    expect(await scheduleWithdrawnErasures(testDb.db, after(withdrawnAt, 1), 50)).toBe(0);

    await testDb.db.update(applications).set({ stage: "accepted" }).where(eq(applications.id, open!.id));
    expect(await scheduleWithdrawnErasures(testDb.db, after(withdrawnAt, 2), 50)).toBe(1);
    expect(await scheduleWithdrawnErasures(testDb.db, after(withdrawnAt, 3), 50)).toBe(0);
    expect(await account(searcher)).toMatchObject({ erasureReason: "withdrawn", erasureDueAt: after(withdrawnAt, 32) });
    expect(await mailTo(searcher)).toHaveLength(1);

    // A new search before the day: the erasure waits again, and is not carried out.
    await testDb.db.insert(applications).values({ candidateId: searcher.id, company: "New Search Ltd", role: "Clerk", source: "direct", stage: "applied" });
    expect((await eraseDueAccounts(testDb.db, after(withdrawnAt, 33), 50))["search-open"]).toBe(1);
    expect(await account(searcher)).toMatchObject({ erasureDueAt: null });
  });

  it("is not cancelled by signing in: only by choosing to keep", async () => {
    const decided = await candidate("decided");
    const withdrawnAt = new Date("2026-12-06T10:00:00Z");
    await saveConsentAnswers(decided, keepAnswer(false), withdrawnAt);
    const { noteSignIn } = await import("@/lib/auth/sign-in-activity");
    await noteSignIn(testDb.db, decided.id, after(withdrawnAt, 1));
    expect((await account(decided))!.erasureReason).toBe("withdrawn");
    await eraseDueAccounts(testDb.db, after(withdrawnAt, 30), 50);
    expect(await account(decided)).toBeUndefined();
  });
});
