// A new candidate account cannot make the site send email to an address that is not an
// account's own. Every server action in app/ and every route handler, found on disk so a new
// one is walked too, is called as a brand-new candidate (whose interviews list ten interviewers
// at outside addresses) with forms that name outside addresses in every field and in fields the
// form does not have. Then the worker runs as the weeks pass, delivering through the fake Resend
// API. The outbox and Resend may hold mail only to the candidate's own address and to staff
// accounts (their consultant); Auth.js may be asked for nothing but a sign-in link (below).
import { readdirSync } from "node:fs";
import path from "node:path";
import { and, eq, inArray, ne } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { listTables } from "@/test/database-walk";
import { formData as form } from "@/test/fake-session";
import { startFakeResend, type FakeResend } from "@/test/fake-resend";
import { authModule, fakeSession, Interrupt } from "@/test/next-fakes";
import { interviewFormFields } from "@/test/interview-form";
import { matrix } from "@/test/authorization/action-matrix";
import { createActionWorld, type ActionWorld } from "@/test/authorization/action-world";
import { loadAppActions } from "@/test/authorization/app-actions";
import { emptyTables } from "@/test/fuzz/empty-tables";
import { idleFormState } from "@/lib/actions/form-state";
import type { CurrentUser } from "@/lib/auth/dal";
import { staffInvitations, users } from "@/lib/db/schema/auth";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { auditLog } from "@/lib/db/schema/privacy";
import { applications, interviewers, interviews, planSteps } from "@/lib/db/schema/journey";
import { authSecret } from "@/lib/security/secret";
import { staffInvitationProvider } from "@/lib/auth/staff-invitation-provider";
import { staffInvitationProviderId } from "@/lib/auth/staff-invitations";
import { runWorkerPass } from "@/lib/worker/pass";
import { recordLogs } from "@/test/logs/log-lines";

vi.mock("@/lib/auth/auth", async () => (await import("@/test/next-fakes")).authModule);
vi.mock("next/navigation", async () => (await import("@/test/next-fakes")).navigationModule);
vi.mock("next/cache", async () => (await import("@/test/next-fakes")).cacheModule);
vi.mock("next/headers", async () => (await import("@/test/next-fakes")).headersModule);

const { actions } = await loadAppActions();

/**
 * The one mail to an address typed by anyone: a sign-in link, whose words the caller does not
 * choose, to the address that is to become (or is) that account. Auth.js is faked here, so the
 * test checks that nothing else asks Auth.js to mail anyone; the sign-in limits are tested over
 * HTTP against the real Auth.js.
 */
const signInLinkActions = new Set(["requestSignInLinkAction"]);

const DAY = 86_400_000;
const outside = (what: string) => `${what.replace(/[^a-z0-9]/gi, "-").toLowerCase()}@victim.test`;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Fields a form might be tricked into mailing: none of the site's forms has them. */
const smuggled = ["to", "email", "recipient", "recipientEmail", "cc", "bcc", "replyTo", "interviewerEmail", "consultantEmail", "confirm", "send"];

let testDb: TestDatabase;
let tables: string[];
let fake: FakeResend;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tables = await listTables(testDb.db);
  fake = await startFakeResend();
  // The worker delivers through the Resend API (the fake), as in production.
  vi.stubEnv("RESEND_API_KEY", "re_test_key");
  vi.stubEnv("RESEND_BASE_URL", fake.baseUrl);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await fake?.close();
  await testDb?.dispose();
});

type Newcomer = { user: CurrentUser; world: ActionWorld; staffEmails: string[] };

async function quietly<T>(work: () => Promise<T>): Promise<T | undefined> {
  const recording = recordLogs();
  try {
    return await work();
  } catch (error) {
    if (error instanceof Interrupt) return undefined;
    throw error;
  } finally {
    recording.stop();
  }
}

/**
 * The staff and invitation of the authorization world, with its candidates gone, and a candidate who
 * signed up a moment ago and made, through the portal's own actions, a direct application and an
 * agency one (their consultant is consultant A), each with a round yesterday and ten interviewers at
 * outside addresses, and thank-you drafts.
 */
async function newcomerWorld(): Promise<Newcomer> {
  const { db } = testDb;
  await emptyTables(db, tables);
  const now = new Date();
  const base = await createActionWorld(db, now);
  await db.delete(users).where(inArray(users.id, [base.candidateA.id, base.candidateB.id]));
  const [row] = await db.insert(users).values({ email: "newcomer@world.test", name: "New Comer", consultantId: base.consultantA.id }).returning();
  const user: CurrentUser = { id: row!.id, name: row!.name, email: row!.email, role: row!.role };
  fakeSession.user = user;

  const panel = Object.fromEntries(
    Array.from({ length: 10 }, (_, i) => [
      [`interviewers.${i}.name`, `Target ${i}`],
      [`interviewers.${i}.email`, outside(`interviewer-${i}`)],
    ]).flat(),
  );
  const yesterday = { ...interviewFormFields(new Date(now.getTime() - 15 * DAY)), round: "1", ...panel };
  const made: Record<"direct" | "agency", { applicationId: string; interviewId: string }> = {} as never;
  for (const source of ["direct", "agency"] as const) {
    await quietly(() => run("createApplicationAction", [idleFormState, form({ company: `${source} Ltd`, role: "Analyst", source, stage: "interviewing" })]));
    const [application] = await db.select().from(applications).where(and(eq(applications.candidateId, user.id), eq(applications.source, source)));
    await quietly(() => run("createInterviewAction", [idleFormState, form({ applicationId: application!.id, ...yesterday })]));
    const [interview] = await db.select().from(interviews).where(eq(interviews.applicationId, application!.id));
    made[source] = { applicationId: application!.id, interviewId: interview!.id };
  }
  const [interviewer] = await db.select().from(interviewers).where(eq(interviewers.interviewId, made.direct.interviewId)).limit(1);
  const [step] = await db.select().from(planSteps).where(and(eq(planSteps.interviewId, made.direct.interviewId), ne(planSteps.state, "done"))).limit(1);
  const [agencyApplication] = await db.select().from(applications).where(eq(applications.id, made.agency.applicationId));
  expect(interviewer?.email).toBe(outside("interviewer-0"));
  expect(agencyApplication?.consultantId).toBe(base.consultantA.id);
  for (const [interviewId, interviewerId] of [[made.direct.interviewId, interviewer!.id], [made.agency.interviewId, ""]]) {
    await quietly(() => run("saveThankYouDraftAction", [interviewId, idleFormState, form({ interviewerId: interviewerId!, subject: "Thanks", body: "Thank you." })]));
  }

  // The matrix's inputs, aimed at the newcomer's records wherever they aim at candidate A's.
  const world: ActionWorld = {
    ...base,
    candidateA: user,
    applicationA: agencyApplication!,
    interviewA: made.agency.interviewId,
    planStepA: step!.id,
    privateDirect: { ...made.direct, interviewerId: interviewer!.id },
    sharedDirect: made.direct,
  };
  const staff = await db.select({ email: users.email }).from(users).where(ne(users.role, "candidate"));
  return { user, world, staffEmails: staff.map((s) => s.email) };
}

function run(name: string, args: unknown[]) {
  const action = actions.get(name);
  if (!action) throw new Error(`no action ${name}`);
  return action.run(...args);
}

/** The matrix's valid inputs for an action; for one without a row yet, the shapes the site's actions take. */
function inputsFor(name: string, w: ActionWorld): unknown[][] {
  const rows = matrix.filter((row) => row.action === name);
  if (rows.length > 0) return rows.map((row) => row.args(w));
  const fields = form({ interviewerId: w.privateDirect.interviewerId, interviewId: w.privateDirect.interviewId, applicationId: w.privateDirect.applicationId, subject: "Hello", body: "Hello" });
  return [[idleFormState, fields], [w.privateDirect.interviewId, idleFormState, fields], [w.interviewA, idleFormState, fields], [fields]];
}

/** Hostile versions of a form: each field in turn an outside address, all of them at once, and fields it does not have. */
function hostileForms(valid: FormData): FormData[] {
  const fields = [...valid.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string");
  const variant = (change: (data: FormData) => void) => {
    const data = new FormData();
    for (const [key, value] of fields) data.append(key, value);
    change(data);
    return data;
  };
  const forms = fields.filter(([, value]) => !uuid.test(value)).map(([key]) => variant((data) => data.set(key, outside(key))));
  forms.push(variant((data) => fields.forEach(([key, value]) => !uuid.test(value) && data.set(key, outside(`all-${key}`)))));
  forms.push(
    variant((data) => {
      for (const key of smuggled) data.append(key, key === "confirm" || key === "send" ? "yes" : outside(key));
      for (let i = 0; i < 10; i++) data.append(`interviewers.${i}.email`, outside(`smuggled-${i}`));
      data.append("email", outside("second-email"));
    }),
  );
  return forms;
}

/** Every address a message left for: the outbox, and what the Resend API was asked to deliver (to, cc and bcc). */
async function addressesMailed(): Promise<string[]> {
  const outbox = await testDb.db.select({ to: emailOutbox.recipient }).from(emailOutbox);
  const asked = fake.requests.flatMap(({ body }) => (Array.isArray(body) ? body : [body])) as Record<string, unknown>[];
  const api = asked.flatMap((message) => ["to", "cc", "bcc"].flatMap((field) => [message?.[field]].flat().filter((v): v is string => typeof v === "string")));
  return [...outbox.map((row) => row.to), ...api].map((address) => address.toLowerCase());
}

/** The worker, as the weeks after the interview pass: reminders, digests, and delivery through Resend. */
async function letTheWeeksPass() {
  for (const days of [0, 0.2, 1, 2, 4, 8, 15, 30, 60]) {
    const at = new Date(Date.now() + days * DAY);
    const pass = await quietly(() => runWorkerPass({}, () => at));
    expect(pass?.failures ?? []).toEqual([]);
  }
}

function foreign(addresses: string[], newcomer: Newcomer): string[] {
  const allowed = new Set([newcomer.user.email, ...newcomer.staffEmails].map((a) => a.toLowerCase()));
  return [...new Set(addresses.filter((address) => !allowed.has(address)))];
}

describe("a new candidate account and email", () => {
  const names = [...actions.keys()].sort();

  it("finds the actions on disk, each with a matrix row to aim it", () => {
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name) => !matrix.some((row) => row.action === name))).toEqual([]);
  });

  for (const name of names) {
    it(`${name}, called by a new candidate with outside addresses anywhere, mails nobody but them and their consultant`, async () => {
      const newcomer = await newcomerWorld();
      fake.requests.length = 0;
      authModule.signIn.mockClear();
      const calls: unknown[][] = [];
      for (const valid of inputsFor(name, newcomer.world)) {
        const index = valid.findIndex((arg) => arg instanceof FormData);
        // Hostile forms first; the valid one last, since it may delete what the others aim at.
        if (index >= 0) for (const hostile of hostileForms(valid[index] as FormData)) calls.push(valid.map((arg, i) => (i === index ? hostile : arg)));
        calls.push(valid);
      }
      for (const args of calls) {
        fakeSession.user = newcomer.user;
        await quietly(() => run(name, args));
      }
      await letTheWeeksPass();

      expect(foreign(await addressesMailed(), newcomer)).toEqual([]);
      const authAsked = authModule.signIn.mock.calls.map(([provider, options]) => ({ provider, email: (options as { email?: string })?.email }));
      if (signInLinkActions.has(name)) expect(authAsked.every(({ provider }) => provider === "email")).toBe(true);
      else expect(authAsked).toEqual([]);
    }, 60_000);
  }

  it("is shown its own mail and its consultant's, so the checks above can see mail", async () => {
    const newcomer = await newcomerWorld();
    fake.requests.length = 0;
    fakeSession.user = newcomer.user;
    await quietly(() => run("handToConsultantAction", [newcomer.world.interviewA, idleFormState, form({ interviewerId: "", subject: "Thanks", body: "Please pass it on." })]));
    await letTheWeeksPass();
    const mailed = await addressesMailed();
    expect(mailed).toContain(newcomer.user.email);
    expect(mailed).toContain("consultant-a@world.test");
    expect(fake.delivered.map((message) => message.to)).toEqual(expect.arrayContaining([newcomer.user.email, "consultant-a@world.test"]));
  });

  const routeFiles = readdirSync(path.resolve(import.meta.dirname, "../../app"), { recursive: true, encoding: "utf8" })
    .filter((file) => /^route\.tsx?$/.test(path.basename(file)))
    .sort();

  it("route handlers, called by a new candidate with outside addresses in the query and body, mail nobody but them and their consultant", async () => {
    expect(routeFiles.length).toBeGreaterThan(5);
    const newcomer = await newcomerWorld();
    fake.requests.length = 0;
    const params: Record<string, string | string[]> = {
      id: newcomer.world.privateDirect.interviewId,
      stepId: newcomer.world.planStepA,
      token: "a".repeat(43),
      index: "0",
      nextauth: ["signin", "email"],
    };
    const query = `?email=${outside("query-email")}&to=${outside("query-to")}&recipient=${outside("query-recipient")}`;
    const bodies = [
      { type: "application/x-www-form-urlencoded", text: new URLSearchParams({ email: outside("body-email"), to: outside("body-to"), csrfToken: "x" }).toString() },
      { type: "application/json", text: JSON.stringify({ email: outside("json-email"), to: [outside("json-to")], cc: outside("json-cc") }) },
    ];
    for (const file of routeFiles) {
      const exported: Record<string, unknown> = await import(/* @vite-ignore */ path.resolve(import.meta.dirname, "../../app", file));
      const urlPath = path.dirname(file).split(path.sep).filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment));
      const url = `http://localhost/${urlPath.map((segment) => segment.replace(/^\[\.*(.+?)\]$/, (_, name: string) => [params[name] ?? "x"].flat().join("/"))).join("/")}${query}`;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        const handler = exported[method];
        if (typeof handler !== "function") continue;
        for (const body of method === "GET" ? [null] : bodies) {
          fakeSession.user = newcomer.user;
          const request = new NextRequest(url, {
            method,
            headers: { "x-forwarded-for": "203.0.113.9", ...(body ? { "content-type": body.type } : {}) },
            body: body?.text,
          });
          await quietly(() => (handler as (r: NextRequest, c: unknown) => Promise<Response>)(request, { params: Promise.resolve(params) }));
        }
      }
    }
    await letTheWeeksPass();
    expect(foreign(await addressesMailed(), newcomer)).toEqual([]);
    expect(authModule.signIn).not.toHaveBeenCalledWith(staffInvitationProviderId, expect.anything());
  }, 60_000);
});

describe("the one mail to an address that is no account's: a staff invitation", () => {
  it("is sent only for an admin's invitation: the invitation sign-in mails no other address", async () => {
    const newcomer = await newcomerWorld();
    const before = await addressesMailed();
    const provider = staffInvitationProvider(authSecret());
    const send = (identifier: string) =>
      provider.sendVerificationRequest({ identifier, url: "http://localhost/x", token: "t".repeat(32), expires: new Date(Date.now() + DAY), provider, theme: {}, request: new Request("http://localhost") } as never);
    await expect(send(outside("not-invited"))).rejects.toThrow(/No open staff invitation/);
    expect(foreign(await addressesMailed(), newcomer)).toEqual([]);
    await send("pending@world.test");
    expect((await addressesMailed()).filter((a) => !before.includes(a))).toContain("pending@world.test");
  });

  it("is the admin's alone, limited to 3 an hour per address, and audited", async () => {
    const newcomer = await newcomerWorld();
    const { admin } = newcomer.world;
    const invite = async (caller: CurrentUser) => {
      fakeSession.user = caller;
      return quietly(() => run("inviteStaffAction", [idleFormState, form({ email: outside("colleague"), role: "consultant" })])) as Promise<{ status: string; message?: string }>;
    };
    authModule.signIn.mockClear();
    expect(await invite(newcomer.user)).toBeUndefined(); // sent to sign in elsewhere: refused
    expect(authModule.signIn).not.toHaveBeenCalled();

    expect((await invite(admin))?.status).toBe("success");
    expect(authModule.signIn).toHaveBeenCalledWith(staffInvitationProviderId, expect.objectContaining({ email: outside("colleague") }));
    const [invitation] = await testDb.db.select().from(staffInvitations).where(eq(staffInvitations.email, outside("colleague")));
    const audited = await testDb.db.select().from(auditLog).where(and(eq(auditLog.actorId, admin.id), eq(auditLog.entityId, invitation!.id)));
    expect(audited.map((line) => [line.action, line.entity])).toEqual([["create", "staff_invitation"]]);

    // Asking again and again (it is already waiting) spends the address's allowance; the fourth is refused for it.
    await invite(admin);
    await invite(admin);
    expect((await invite(admin))?.message).toMatch(/Too many invitations just now/);
    expect(authModule.signIn).toHaveBeenCalledTimes(1);
  });
});
