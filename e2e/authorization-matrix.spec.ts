// Every page and route handler, asked by six people: signed out, candidate A,
// candidate B, candidate A's consultant, another consultant and an admin.
// Sessions are real database sessions (rows the server looks up through
// Auth.js), sent as the session cookie; nothing about the server is faked.
// A route added to app/ without a row here fails the first test.
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import postgres from "postgres";

const principals = ["anon", "candidateA", "candidateB", "consultantA", "consultantB", "admin"] as const;
type Principal = (typeof principals)[number];
/** ok: 200; sign-in: sent to the sign-in page; a path: redirected there; or a status code. */
type Outcome = "ok" | "sign-in" | 401 | 403 | 404 | 400 | 503 | `redirect:${string}`;
type Row = Record<Principal, Outcome>;

const everyone = (outcome: Outcome): Row => ({ anon: outcome, candidateA: outcome, candidateB: outcome, consultantA: outcome, consultantB: outcome, admin: outcome });
const candidateArea: Row = { anon: "sign-in", candidateA: "ok", candidateB: "ok", consultantA: 403, consultantB: 403, admin: 403 };
const candidateARecord: Row = { ...candidateArea, candidateB: 404 };
const staffArea: Row = { anon: "sign-in", candidateA: 403, candidateB: 403, consultantA: "ok", consultantB: "ok", admin: "ok" };
const candidateAForStaff: Row = { ...staffArea, consultantB: 404 };
const adminArea: Row = { anon: "sign-in", candidateA: 403, candidateB: 403, consultantA: 403, consultantB: 403, admin: "ok" };

type World = {
  ids: Record<string, string>;
  tokens: Partial<Record<Principal, string>>;
};

/** Route pattern (as in app/, groups removed) → the URL to ask for and what each person gets. */
function matrix(world: World): Record<string, { url: string; expect: Row }> {
  const { ids } = world;
  return {
    "/": { url: "/", expect: everyone("ok") },
    "/about": { url: "/about", expect: everyone("ok") },
    "/advice": { url: "/advice", expect: everyone("ok") },
    "/advice/[slug]": { url: "/advice/what-to-do-after-a-job-interview", expect: everyone("ok") },
    "/advice/search": { url: "/advice/search?q=thank", expect: everyone("ok") },
    "/advice/tags/[tag]": { url: "/advice/tags/following-up", expect: everyone("ok") },
    "/feed.xml": { url: "/feed.xml", expect: everyone("ok") },
    "/sign-in": {
      url: "/sign-in",
      expect: { anon: "ok", candidateA: "redirect:/portal", candidateB: "redirect:/portal", consultantA: "redirect:/consultant", consultantB: "redirect:/consultant", admin: "redirect:/consultant" },
    },
    "/sign-in/check-email": { url: "/sign-in/check-email", expect: everyone("ok") },
    "/sign-out": { url: "/sign-out", expect: everyone("ok") },
    "/auth-error": { url: "/auth-error", expect: everyone("ok") },
    "/account-deleted": { url: "/account-deleted", expect: everyone("ok") },
    "/after-sign-in": {
      url: "/after-sign-in",
      expect: { anon: "sign-in", candidateA: "redirect:/portal", candidateB: "redirect:/portal", consultantA: "redirect:/consultant", consultantB: "redirect:/consultant", admin: "redirect:/consultant" },
    },
    "/unsubscribe": { url: "/unsubscribe", expect: everyone("ok") },
    // The retention email's link: the signed token is the authority; a forged one gets a page saying so.
    "/keep-my-details": { url: "/keep-my-details?token=forged", expect: everyone("ok") },
    "/dev/mailbox": { url: "/dev/mailbox", expect: everyone("ok") },
    "/dev/mailbox/[id]": { url: `/dev/mailbox/${ids.message}`, expect: everyone("ok") },
    "/dev/mailbox/[id]/attachments/[index]": { url: `/dev/mailbox/${ids.message}/attachments/0`, expect: everyone(404) },

    "/portal": {
      url: "/portal",
      expect: { ...candidateArea, consultantA: "redirect:/consultant", consultantB: "redirect:/consultant", admin: "redirect:/consultant" },
    },
    "/portal/applications": { url: "/portal/applications", expect: candidateArea },
    "/portal/applications/new": { url: "/portal/applications/new", expect: candidateArea },
    "/portal/applications/[id]": { url: `/portal/applications/${ids.application}`, expect: candidateARecord },
    "/portal/applications/[id]/edit": { url: `/portal/applications/${ids.application}/edit`, expect: candidateARecord },
    "/portal/interviews/new": { url: `/portal/interviews/new?applicationId=${ids.application}`, expect: candidateARecord },
    "/portal/interviews/[id]": { url: `/portal/interviews/${ids.interview}`, expect: candidateARecord },
    "/portal/interviews/[id]/edit": { url: `/portal/interviews/${ids.interview}/edit`, expect: candidateARecord },
    "/portal/interviews/[id]/reflection": { url: `/portal/interviews/${ids.interview}/reflection`, expect: candidateARecord },
    "/portal/interviews/[id]/thank-you": { url: `/portal/interviews/${ids.interview}/thank-you`, expect: candidateARecord },
    "/portal/interviews/[id]/calendar.ics": { url: `/portal/interviews/${ids.interview}/calendar.ics`, expect: candidateARecord },
    "/portal/follow-ups/[stepId]/calendar.ics": { url: `/portal/follow-ups/${ids.followUp}/calendar.ics`, expect: candidateARecord },
    "/portal/questions": { url: "/portal/questions", expect: candidateArea },
    "/portal/settings": { url: "/portal/settings", expect: candidateArea },
    "/portal/privacy": { url: "/portal/privacy", expect: candidateArea },
    "/portal/privacy/export.json": { url: "/portal/privacy/export.json", expect: candidateArea },
    "/portal/privacy/export.zip": { url: "/portal/privacy/export.zip", expect: candidateArea },
    "/portal/privacy/calendar.ics": { url: "/portal/privacy/calendar.ics", expect: candidateArea },

    "/consultant": { url: "/consultant", expect: staffArea },
    "/consultant/pipeline": { url: "/consultant/pipeline", expect: staffArea },
    "/consultant/metrics": { url: "/consultant/metrics", expect: staffArea },
    "/consultant/candidates": { url: "/consultant/candidates", expect: staffArea },
    "/consultant/candidates/[id]": { url: `/consultant/candidates/${ids.candidateA}`, expect: candidateAForStaff },
    "/consultant/candidates/[id]/interviews/new": { url: `/consultant/candidates/${ids.candidateA}/interviews/new`, expect: candidateAForStaff },

    "/admin": { url: "/admin", expect: adminArea },
    "/admin/candidates": { url: "/admin/candidates", expect: adminArea },
    "/admin/audit": { url: "/admin/audit", expect: adminArea },
    "/admin/mail": { url: "/admin/mail", expect: adminArea },
    "/admin/retention": { url: "/admin/retention", expect: adminArea },

    // For load balancers: open to anyone, saying nothing about anyone (the e2e database is migrated and its mail current).
    "/api/health": { url: "/api/health", expect: everyone("ok") },
    "/api/ready": { url: "/api/ready", expect: everyone("ok") },
    // The header's question on static pages: who is signed in here? Each person hears only of themselves.
    "/api/account": { url: "/api/account", expect: { ...everyone("ok"), anon: 401 } },
    // Route handlers with their own gate: a secret, a signature or a token, never a session.
    "/api/cron/outbox": { url: "POST /api/cron/outbox", expect: everyone(401) },
    "/api/cron/reminders": { url: "POST /api/cron/reminders", expect: everyone(401) },
    "/api/webhooks/resend": { url: "POST /api/webhooks/resend", expect: everyone(503) },
    "/api/unsubscribe": { url: "POST /api/unsubscribe?token=forged", expect: everyone(400) },
    "/calendar/[token]": { url: `/calendar/${"x".repeat(43)}`, expect: everyone(404) },
    // An employer's feedback link: the token is the whole authority, whoever's session comes with it
    // (replaced, expired and forged links are walked in client-feedback.spec.ts).
    "/client/feedback/[token]": { url: `/client/feedback/${ids.clientToken}`, expect: everyone("ok") },
    // Auth.js's own endpoints: public by design, tested in sign-in.spec.ts.
    "/api/auth/[...nextauth]": { url: "/api/auth/providers", expect: everyone("ok") },
  };
}

/** Every page.tsx and route.ts under app/, as its URL pattern. */
function routesInApp(dir = path.resolve(process.cwd(), "app"), prefix = ""): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name.startsWith("_")) continue;
      const segment = name.startsWith("(") ? "" : `/${name}`;
      found.push(...routesInApp(full, prefix + segment));
    } else if (/^(page\.tsx|route\.ts)$/.test(name)) {
      found.push(prefix || "/");
    }
  }
  return found;
}

async function loadWorld(sql: postgres.Sql): Promise<World> {
  const [candidateA] = await sql`select id, consultant_id from users where email = 'candidate@example.com'`;
  const [candidateB] = await sql`
    select id from users where role = 'candidate' and consultant_id is distinct from ${candidateA!.consultant_id} and email <> 'candidate@example.com'
    order by email limit 1`;
  const [consultantB] = await sql`select id from users where role = 'consultant' and id <> ${candidateA!.consultant_id} order by email limit 1`;
  const [admin] = await sql`select id from users where role = 'admin' order by email limit 1`;
  const [interview] = await sql`
    select i.id, i.application_id from interviews i join applications a on a.id = i.application_id
    where i.candidate_id = ${candidateA!.id} and a.source = 'agency' order by i.starts_at desc limit 1`;
  const [followUp] = await sql`
    select id from plan_steps where candidate_id = ${candidateA!.id} and kind in ('follow_up_1', 'follow_up_2') and state = 'pending' and due_at is not null limit 1`;
  // The mailbox shows everyone's mail (it is off in production); one message of our own to open.
  const [message] = await sql`
    insert into email_outbox (idempotency_key, recipient, template, subject, html, text)
    values (${`matrix-${randomBytes(6).toString("hex")}`}, 'nobody@example.com', 'sign-in-link', 'Matrix', '<p>Matrix</p>', 'Matrix')
    returning id`;
  const people: [Principal, string][] = [
    ["candidateA", candidateA!.id],
    ["candidateB", candidateB!.id],
    ["consultantA", candidateA!.consultant_id],
    ["consultantB", consultantB!.id],
    ["admin", admin!.id],
  ];
  // A feedback request to candidate A's client, as a consultant's request leaves it: only the token's hash stored.
  const clientToken = randomBytes(32).toString("base64url");
  await sql`
    insert into client_feedback_requests (interview_id, candidate_id, requested_by, contact_name, contact_email, token_hash, expires_at)
    values (${interview!.id}, ${candidateA!.id}, ${candidateA!.consultant_id}, 'Jo Evans', 'jo.evans@client.example', ${createHash("sha256").update(clientToken).digest("hex")}, now() + interval '30 days')`;
  const tokens: World["tokens"] = {};
  for (const [principal, userId] of people) {
    const token = randomBytes(32).toString("hex");
    await sql`insert into sessions (session_token, user_id, expires) values (${token}, ${userId}, now() + interval '1 hour')`;
    tokens[principal] = token;
  }
  return {
    tokens,
    ids: {
      candidateA: candidateA!.id,
      application: interview!.application_id,
      interview: interview!.id,
      followUp: followUp?.id ?? interview!.id,
      message: message!.id,
      clientToken,
    },
  };
}

async function ask(request: APIRequestContext, url: string, token: string | undefined) {
  const [method, target] = url.startsWith("POST ") ? ["POST", url.slice(5)] : ["GET", url];
  const headers = token ? { cookie: `authjs.session-token=${token}` } : undefined;
  return request.fetch(target!, { method, headers, maxRedirects: 0, failOnStatusCode: false });
}

function describeOutcome(status: number, location: string | undefined): Outcome | string {
  if (status === 200) return "ok";
  if (status >= 300 && status < 400 && location) {
    const target = new URL(location, "http://x");
    return target.pathname === "/sign-in" ? "sign-in" : `redirect:${target.pathname}`;
  }
  return String(status);
}

test.describe("authorization matrix", () => {
  let sql: postgres.Sql;
  let world: World;
  test.beforeAll(async () => {
    sql = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
    world = await loadWorld(sql);
  });
  test.afterAll(async () => {
    await sql`delete from sessions where session_token in ${sql(Object.values(world.tokens))}`;
    await sql.end();
  });

  test("lists every page and route handler in app/", () => {
    const listed = Object.keys(matrix(world));
    const missing = routesInApp().filter((route) => !listed.includes(route));
    expect(missing, "routes without a row in the authorization matrix").toEqual([]);
  });

  test("each person gets what the rules say, and nothing more", async ({ request }) => {
    const mismatches: string[] = [];
    for (const [route, { url, expect: row }] of Object.entries(matrix(world))) {
      for (const principal of principals) {
        const response = await ask(request, url, world.tokens[principal]);
        const got = describeOutcome(response.status(), response.headers().location);
        const wanted = String(row[principal]);
        if (got !== wanted) mismatches.push(`${route} as ${principal}: expected ${wanted}, got ${got}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
