// Server-side data time of the candidate dashboard and the interview page for
// one typical candidate, with the database seeded at two scales: p50/p95/p99
// per scale, the large/small ratio, and EXPLAIN (ANALYZE, BUFFERS) of every
// statement those pages send, flagging sequential scans of big tables.
// Run: npx tsx --import ./scripts/server-only-shim.mjs bench/portal.ts (options and figures: bench/README.md)
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import postgres from "postgres";
import type { CurrentUser } from "@/lib/auth/dal";
import { setDatabaseForTesting } from "@/lib/db/client";
import {
  getOwnDashboardStats,
  listOwnApplications,
  listOwnAwaitingDecisions,
  listOwnDueSteps,
  listOwnUpcomingInterviews,
  listOwnUpcomingSteps,
} from "@/lib/portal/dashboard";
import { getOwnInterview } from "@/lib/journey/interviews";
import { getOwnSettings } from "@/lib/portal/settings";
import { createPostgresTarget, hostCpu, percentile, printTable, type BenchTarget } from "./outbox-helpers";
import { capturePlans, reportScaling, tableRows, type Plan } from "./plan-capture";
import { seedPortal, type SeedCounts } from "./portal-seed";

const { values: args } = parseArgs({
  options: {
    small: { type: "string", default: "100" },
    large: { type: "string", default: "10000" },
    samples: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
  },
});
const scaleSizes = [Number(args.small), Number(args.large)];
const samples = Number(args.samples);
const warmup = Number(args.warmup);
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const seqScanRows = 10_000;

type Caller = CurrentUser & { timeZone: string };

// A copy of the data loading in app/(portal)/portal/page.tsx: the caller's
// settings first (for the time zone), then five reads together. pageDataCalls
// checks before anything runs that the page still imports exactly these.
const dashboardPageCalls = ["getOwnSettings", "listOwnDueSteps", "listOwnUpcomingSteps", "listOwnUpcomingInterviews", "listOwnAwaitingDecisions", "getOwnDashboardStats"];
async function dashboardPage(caller: CurrentUser, now: Date) {
  const { timeZone } = await getOwnSettings(caller);
  return Promise.all([
    listOwnDueSteps(caller, now, timeZone),
    listOwnUpcomingSteps(caller, now, timeZone),
    listOwnUpcomingInterviews(caller, now),
    listOwnAwaitingDecisions(caller),
    getOwnDashboardStats(caller, now, timeZone),
  ]);
}

// Each data function alone, for the breakdown and the plans; listOwnApplications is exported but no longer on the page.
const dataFunctions: Record<string, (caller: Caller, now: Date) => Promise<unknown>> = {
  getOwnSettings: (caller) => getOwnSettings(caller),
  listOwnDueSteps: (caller, now) => listOwnDueSteps(caller, now, caller.timeZone),
  listOwnUpcomingSteps: (caller, now) => listOwnUpcomingSteps(caller, now, caller.timeZone),
  listOwnUpcomingInterviews: (caller, now) => listOwnUpcomingInterviews(caller, now),
  listOwnAwaitingDecisions: (caller) => listOwnAwaitingDecisions(caller),
  getOwnDashboardStats: (caller, now) => getOwnDashboardStats(caller, now, caller.timeZone),
  listOwnApplications: (caller) => listOwnApplications(caller),
};
const pagePath = path.join("app", "(portal)", "portal", "page.tsx");

/** The names the dashboard page imports from lib/portal/*. */
function pageDataCalls(): string[] {
  const source = readFileSync(pagePath, "utf8");
  const names: string[] = [];
  for (const match of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']@\/lib\/portal\/[\w-]+["']/g)) {
    names.push(...(match[1] ?? "").split(",").map((name) => name.trim()).filter((name) => name && !name.startsWith("type ")));
  }
  return names;
}

type Pick = { caller: Caller; interviewId: string; describe: string };
type Operation = { name: string; run: (pick: Pick, now: Date) => Promise<unknown> };
type Timing = { p50: number; p95: number; p99: number };
type Scale = { candidates: number; target: BenchTarget; pick: Pick; timings: Map<string, Timing>; plans: Plan[]; tableRows: Map<string, number> };

const operations: Operation[] = [
  { name: "dashboard page", run: (pick, now) => dashboardPage(pick.caller, now) },
  ...Object.entries(dataFunctions).map(([name, run]) => ({ name: `  ${name}`, run: (pick: Pick, now: Date) => run(pick.caller, now) })),
  { name: "interview page (getOwnInterview)", run: (pick) => getOwnInterview(pick.caller, pick.interviewId) },
];

/** The candidate nearest the median in applications, interviews, upcoming interviews and overdue pending steps. */
async function pickTypicalCandidate(sql: postgres.Sql, now: Date): Promise<Pick> {
  const rows = await sql<{ id: string; email: string; timeZone: string; apps: number; interviews: number; upcoming: number; due: number }[]>`
    select u.id, u.email, u.time_zone as "timeZone",
      (select count(*)::int from applications a where a.candidate_id = u.id) as apps,
      (select count(*)::int from interviews i where i.candidate_id = u.id) as interviews,
      (select count(*)::int from interviews i where i.candidate_id = u.id and i.starts_at >= ${now}) as upcoming,
      (select count(*)::int from plan_steps p where p.candidate_id = u.id and p.state = 'pending' and p.due_at < ${now}) as due
    from users u where u.role = 'candidate' order by u.email`;
  const keys = ["apps", "interviews", "upcoming", "due"] as const;
  const medians = Object.fromEntries(keys.map((key) => [key, percentile(rows.map((row) => row[key]).sort((a, b) => a - b), 50)]));
  const distance = (row: (typeof rows)[number]) => keys.reduce((sum, key) => sum + ((row[key] - medians[key]!) / Math.max(1, medians[key]!)) ** 2, 0);
  const best = rows.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  // Their most recent past interview: a plan partly done, partly still to do.
  const [interview] = await sql<{ id: string }[]>`
    select id from interviews where candidate_id = ${best.id} and starts_at < ${now} order by starts_at desc limit 1`;
  if (!interview) throw new Error(`${best.email} has no past interview`);
  return {
    caller: { id: best.id, name: null, email: best.email, role: "candidate", timeZone: best.timeZone },
    interviewId: interview.id,
    describe: `${best.email}: ${best.apps} applications, ${best.interviews} interviews (${best.upcoming} upcoming), ${best.due} overdue pending steps; medians ${keys.map((key) => `${key} ${medians[key]}`).join(", ")}`,
  };
}

/** The app's own client (openDatabase: DATABASE_POOL_MAX or 10 connections) as the app's database. */
const install = (scale: Scale) => setDatabaseForTesting({ db: scale.target.db, driver: "postgres", close: async () => {} });

/** Samples alternate between the scales (and which goes first), so host load and JIT warm-up fall on both alike. */
async function time(op: Operation, scales: Scale[]): Promise<void> {
  for (const scale of scales) {
    install(scale);
    for (let i = 0; i < warmup; i += 1) await op.run(scale.pick, new Date());
  }
  const elapsed = scales.map((): number[] => []);
  for (let i = 0; i < samples; i += 1) {
    for (const s of i % 2 === 0 ? [0, 1] : [1, 0]) {
      install(scales[s]!);
      const start = performance.now();
      await op.run(scales[s]!.pick, new Date());
      elapsed[s]!.push(performance.now() - start);
    }
  }
  scales.forEach((scale, s) => {
    const sorted = elapsed[s]!.sort((a, b) => a - b);
    scale.timings.set(op.name, { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) });
  });
}


/** Each function once, its statements captured and EXPLAINed (bench/plan-capture.ts), labelled with the function that sent them. */
async function explainAll(url: string, pick: Pick): Promise<Plan[]> {
  const now = new Date();
  // Each function on its own (not the page's Promise.all), so every statement is labelled with the function that sent it.
  return capturePlans(
    url,
    operations.slice(1).map((op) => ({ label: op.name.trim(), run: () => op.run(pick, now) })),
  );
}

/**
 * A fresh database, seeded; the caller disposes of the target. With one seed
 * and one `now`, the first candidates of the large database are the small
 * one's, ids included: the candidate picked in the small one is timed in both.
 */
async function prepare(target: BenchTarget, candidates: number, now: Date, picked?: Pick): Promise<Scale> {
  const raw = postgres(target.url ?? serverUrl, { max: 1, onnotice: () => {} });
  try {
    const started = performance.now();
    const counts: SeedCounts = await seedPortal(raw, { candidates, now });
    console.log(`  ${candidates} candidates seeded in ${((performance.now() - started) / 1000).toFixed(1)} s: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(", ")}`);
    const typical = await pickTypicalCandidate(raw, now);
    console.log(`  typical here: ${typical.describe}`);
    const pick = picked ?? typical;
    const [same] = await raw`select 1 from interviews where id = ${pick.interviewId} and candidate_id = ${pick.caller.id}`;
    if (!same) throw new Error(`${pick.caller.email} is not the same in the ${candidates}-candidate database`);
    console.log(`  timed: ${pick.caller.email}, interview ${pick.interviewId}`);
    return { candidates, target, pick, timings: new Map(), plans: [], tableRows: await tableRows(target.url ?? serverUrl) };
  } finally {
    await raw.end({ timeout: 5 });
  }
}

const ms = (value: number) => value.toFixed(2);

function report([small, large]: [Scale, Scale]): void {
  const names = operations.map((op) => op.name);
  console.log(`\nServer-side data time in ms, ${samples} samples after ${warmup} warm-up runs, scales interleaved
(indented: each function alone; * = one of the page's calls)\n`);
  printTable(
    ["candidates", "operation", "p50 ms", "p95 ms", "p99 ms"],
    [small, large].flatMap((scale) =>
      names.map((name) => {
        const t = scale.timings.get(name)!;
        return [scale.candidates, name + (dashboardPageCalls.includes(name.trim()) ? " *" : ""), ms(t.p50), ms(t.p95), ms(t.p99)];
      }),
    ),
  );
  reportScaling(small, large, names, seqScanRows);
}

async function main() {
  const idle0 = hostCpu();
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const idle1 = hostCpu();
  if (idle0 && idle1) console.log(`Host CPU busy in the 2 s before starting: ${Math.round((100 * (idle1.busy - idle0.busy)) / (idle1.total - idle0.total))}% of all cores`);
  const page = pageDataCalls();
  if ([...page].sort().join() !== [...dashboardPageCalls].sort().join()) {
    throw new Error(`${pagePath} now imports ${page.join(", ")}; dashboardPage() in this benchmark calls ${dashboardPageCalls.join(", ")}: bring it in line with the page`);
  }
  console.log(`Dashboard page: getOwnSettings, then ${dashboardPageCalls.slice(1).join(", ")} together (as ${pagePath}); interview page: getOwnInterview`);

  const targets: BenchTarget[] = [];
  const disposeAll = () => Promise.allSettled(targets.splice(0).map((target) => target.dispose()));
  // Ctrl-C still drops the throwaway databases.
  process.once("SIGINT", () => void disposeAll().then(() => process.exit(130)));
  try {
    const scales: Scale[] = [];
    const now = new Date();
    for (const candidates of scaleSizes) {
      const target = await createPostgresTarget(serverUrl);
      targets.push(target);
      console.log(`Database ${scales.length + 1}: seeding ${candidates} candidates`);
      scales.push(await prepare(target, candidates, now, scales[0]?.pick));
    }
    for (const op of operations) await time(op, scales);
    for (const scale of scales) scale.plans = await explainAll(scale.target.url ?? serverUrl, scale.pick);
    report(scales as [Scale, Scale]);
  } finally {
    setDatabaseForTesting(undefined);
    await disposeAll();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
