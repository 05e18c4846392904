// The daily retention pass at scale, and what it costs the portal while it runs.
//
//   npx tsx --import ./scripts/server-only-shim.mjs bench/retention.ts [--candidates 10000] [--audit-rows 1000000]
//
// One throwaway Postgres database: bench/portal-seed.ts's candidates (about four applications and
// ten interviews each), a million audit-log lines over three years, mail, rate-limit counters,
// webhook events, sessions and sign-in tokens of every age, and some accounts already due for
// erasure. Portal writes (createApplication and updateConsents, the app's own functions, as
// candidates with a job search open) run in a few concurrent loops: first alone, then while
// `runRetentionPass` runs, then alone again. It prints the pass's time and counts, and the writes'
// p50/p95 in each phase with the ratio. Exits non-zero only on an error.
import { parseArgs } from "node:util";
import postgres from "postgres";
import { setDatabaseForTesting } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/dal";
import { applicationInputSchema } from "@/lib/journey/schemas";
import { createApplication } from "@/lib/journey/applications";
import { updateConsents } from "@/lib/privacy/consents";
import { runRetentionPass } from "@/lib/retention/daily-pass";
import { createPostgresTarget, hostCpu, percentile, printTable, type BenchTarget } from "./outbox-helpers";
import { seedPortal } from "./portal-seed";

const { values: args } = parseArgs({
  options: {
    candidates: { type: "string", default: "10000" },
    "audit-rows": { type: "string", default: "1000000" },
    "due-erasures": { type: "string", default: "200" },
    inactive: { type: "string", default: "500" },
    writers: { type: "string", default: "4" },
    "baseline-seconds": { type: "string", default: "45" },
  },
});
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const candidates = Number(args.candidates);
const auditRows = Number(args["audit-rows"]);
const dueErasures = Number(args["due-erasures"]);
const inactive = Number(args.inactive);
const writers = Number(args.writers);
const baselineMs = Number(args["baseline-seconds"]) * 1000;

const now = new Date();
const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** Everything the pass prunes, at every age, beside the portal seed. */
async function seedRetentionWork(sql: postgres.Sql): Promise<void> {
  await sql`
    insert into audit_log (actor_id, candidate_id, action, entity, entity_id, at)
    select ids.staff[1 + g % array_length(ids.staff, 1)], ids.people[1 + ((g::bigint * 7919) % array_length(ids.people, 1))::int],
      (array['view', 'create', 'update'])[1 + g % 3], 'application', md5(g::text),
      ${now.toISOString()}::timestamptz - (g::float / ${auditRows}) * interval '3 years'
    from generate_series(1, ${auditRows}) g,
      (select array_agg(id) filter (where role = 'candidate') as people, array_agg(id) filter (where role <> 'candidate') as staff from users) ids
    order by g desc`;
  await sql`
    insert into email_outbox (idempotency_key, user_id, recipient, template, subject, html, text, state, sent_at, created_at)
    select 'bench-' || g, u.id, u.email, 'follow-up-reminder', 'Time to follow up', repeat('<p>Body text of a reminder.</p>', 60),
      repeat('Body text of a reminder. ', 60), 'sent', t, t
    from generate_series(1, 50000) g
    join (select id, email, row_number() over (order by id) - 1 as n from users where role = 'candidate') u on u.n = g % ${candidates}
    cross join lateral (select ${now.toISOString()}::timestamptz - (g::float / 50000) * interval '180 days' as t) x`;
  await sql`
    insert into rate_limits (key, window_started_at, count, window_ends_at)
    select 'bench:' || g, t, 1, t + interval '15 minutes'
    from generate_series(1, 20000) g, lateral (select ${now.toISOString()}::timestamptz - (g::float / 20000) * interval '2 hours' + interval '1 hour' as t) x`;
  await sql`
    insert into webhook_events (id, type, received_at)
    select 'evt-bench-' || g, 'email.delivered', ${now.toISOString()}::timestamptz - (g::float / 20000) * interval '60 days'
    from generate_series(1, 20000) g`;
  await sql`
    insert into sessions (session_token, user_id, expires)
    select 'bench-session-' || g, u.id, ${now.toISOString()}::timestamptz + ((g % 2) * 2 - 1) * interval '10 days'
    from generate_series(1, 10000) g
    join (select id, row_number() over (order by id) - 1 as n from users where role = 'candidate') u on u.n = g % ${candidates}`;
  await sql`
    insert into verification_tokens (identifier, token, expires)
    select 'bench' || g || '@bench.example', md5(g::text), ${now.toISOString()}::timestamptz + ((g % 2) * 2 - 1) * interval '5 minutes'
    from generate_series(1, 5000) g`;
  // Accounts whose notice has run out: candidates with nothing open, so the pass erases them in full.
  await sql`
    update users set erasure_due_at = ${now.toISOString()}::timestamptz - interval '1 hour', erasure_reason = 'inactive',
      retention_warned_at = ${now.toISOString()}::timestamptz - interval '31 days'
    where id in (
      select u.id from users u where u.role = 'candidate'
        and not exists (select 1 from applications a where a.candidate_id = u.id and a.stage not in ('offer', 'accepted', 'rejected', 'withdrawn', 'no_response'))
      order by u.id limit ${dueErasures})`;
  // Candidates last seen over a year ago with nothing open: the pass emails each of them.
  const quiet = await sql<{ id: string }[]>`
    select u.id from users u where u.role = 'candidate' and u.erasure_due_at is null
      and not exists (select 1 from applications a where a.candidate_id = u.id and a.stage not in ('offer', 'accepted', 'rejected', 'withdrawn', 'no_response'))
    order by u.id desc limit ${inactive}`;
  const quietIds = quiet.map((row) => row.id);
  await sql`update applications set updated_at = ${now.toISOString()}::timestamptz - interval '400 days' where candidate_id in ${sql(quietIds)}`;
  await sql`update users set created_at = ${now.toISOString()}::timestamptz - interval '800 days' where id in ${sql(quietIds)}`;
  await sql`vacuum (analyze)`;
}

/** Candidates with a job search open: never erased by the pass, so their writes always have a target. */
async function pickWriters(sql: postgres.Sql): Promise<CurrentUser[]> {
  const rows = await sql<{ id: string; name: string | null; email: string }[]>`
    select u.id, u.name, u.email from users u
    where u.role = 'candidate' and u.erasure_due_at is null
      and exists (select 1 from applications a where a.candidate_id = u.id and a.stage in ('applied', 'interviewing', 'awaiting_decision'))
    order by u.id limit 200`;
  return rows.map((row) => ({ ...row, role: "candidate" as const }));
}

const input = applicationInputSchema.parse({ company: "Bench Writes Ltd", role: "Analyst", source: "direct" });

/** Portal writes in `writers` loops until `until` resolves; each write's time in ms. */
async function writeWhile(people: CurrentUser[], until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (!done) {
        const who = people[next++ % people.length]!;
        const started = performance.now();
        if (next % 2 === 0) await createApplication(who, input, new Date());
        else await updateConsents(who, { data_retention: true, representation: true, marketing_email: next % 4 === 1, marketing_sms: false, marketing_phone: false }, new Date());
        times.push(performance.now() - started);
      }
    }),
  );
  return times;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const cpu0 = hostCpu();
  await sleep(2_000);
  const cpu1 = hostCpu();
  if (cpu0 && cpu1) console.log(`Host CPU busy in the 2 s before starting: ${Math.round((100 * (cpu1.busy - cpu0.busy)) / (cpu1.total - cpu0.total))}% of all cores`);

  let target: BenchTarget | undefined;
  process.once("SIGINT", () => void target?.dispose().then(() => process.exit(130)));
  try {
    target = await createPostgresTarget(serverUrl);
    const raw = postgres(target.url!, { max: 1, onnotice: () => {} });
    const seeded = performance.now();
    const counts = await seedPortal(raw, { candidates, now });
    await seedRetentionWork(raw);
    const [{ audit } = { audit: 0 }] = await raw<{ audit: number }[]>`select count(*)::int as audit from audit_log`;
    console.log(`Seeded in ${seconds(performance.now() - seeded)} s: ${counts.users} users, ${counts.applications} applications, ${counts.interviews} interviews, ${audit} audit lines`);
    const people = await pickWriters(raw);
    await raw.end();
    setDatabaseForTesting({ db: target.db, driver: "postgres", close: async () => {} });

    await writeWhile(people, sleep(2_000)); // warm-up
    const cpu = { start: hostCpu(), passStart: undefined as ReturnType<typeof hostCpu>, passEnd: undefined as ReturnType<typeof hostCpu> };
    const before = await writeWhile(people, sleep(baselineMs));
    cpu.passStart = hostCpu();
    const passStarted = performance.now();
    const pass = runRetentionPass(target.db, now, "bench");
    const during = await writeWhile(people, pass);
    const passMs = performance.now() - passStarted;
    cpu.passEnd = hostCpu();
    const result = await pass;
    const after = await writeWhile(people, sleep(baselineMs));
    const cpuEnd = hostCpu();
    const busy = (a?: { busy: number; total: number }, b?: { busy: number; total: number }) =>
      a && b ? `${Math.round((100 * (b.busy - a.busy)) / (b.total - a.total))}%` : "?";
    if (!result.ran) throw new Error("the pass did not run");

    console.log(`\nRetention pass: ${seconds(passMs)} s`);
    printTable(["rule", "rows"], Object.entries(result.counts).map(([rule, n]) => [rule, n]));
    const stats = (times: number[]) => {
      const sorted = [...times].sort((a, b) => a - b);
      return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), rate: 0 };
    };
    const quiet = stats([...before, ...after]);
    const passing = stats(during);
    console.log(`\nPortal writes (createApplication and updateConsents, ${writers} concurrent loops)\n`);
    printTable(
      ["phase", "writes", "p50 ms", "p95 ms", "host CPU busy"],
      [
        ["no pass (before and after)", quiet.n, quiet.p50.toFixed(2), quiet.p95.toFixed(2), `${busy(cpu.start, cpu.passStart)} / ${busy(cpu.passEnd, cpuEnd)}`],
        ["during the pass", passing.n, passing.p50.toFixed(2), passing.p95.toFixed(2), busy(cpu.passStart, cpu.passEnd)],
        ["during / no pass", "", (passing.p50 / quiet.p50).toFixed(2), (passing.p95 / quiet.p95).toFixed(2), ""],
      ],
    );
  } finally {
    setDatabaseForTesting(undefined);
    await target?.dispose();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
