// Server-side data time of a consultant's pipeline board and needs-attention
// page and digest: the same consultant with the same 500 candidates in a database of
// 1,000 and of 10,000 candidates. p50/p95 per scale, the large/small ratio,
// and EXPLAIN (ANALYZE, BUFFERS) of every statement; exits non-zero when one
// reads a big table by sequential scan.
// Run: npx tsx --import ./scripts/server-only-shim.mjs bench/pipeline.ts (options and figures: bench/README.md)
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import postgres from "postgres";
import type { CurrentUser } from "@/lib/auth/dal";
import { getDb, setDatabaseForTesting } from "@/lib/db/client";
import { attentionSections, sectionWindow } from "@/lib/staff/attention-sections";
import { listNeedsAttention, readAttentionSection } from "@/lib/staff/needs-attention";
import { loadPipeline, type PipelineBoard } from "@/lib/staff/pipeline";
import { parsePipelineFilters, type PipelineFilters } from "@/lib/staff/pipeline-filters";
import { createPostgresTarget, hostCpu, percentile, printTable, type BenchTarget } from "./outbox-helpers";
import { seedPipeline } from "./pipeline-seed";
import { capturePlans, reportScaling, tableRows, type Plan } from "./plan-capture";

const { values: args } = parseArgs({
  options: {
    small: { type: "string", default: "1000" },
    large: { type: "string", default: "10000" },
    caseload: { type: "string", default: "500" },
    samples: { type: "string", default: "100" },
    warmup: { type: "string", default: "20" },
    q: { type: "string", default: "khan" },
    stage: { type: "string", default: "awaiting_decision" },
    "seq-scan-rows": { type: "string", default: "5000" },
  },
});
const scaleSizes = [Number(args.small), Number(args.large)];
const caseload = Number(args.caseload);
const samples = Number(args.samples);
const warmup = Number(args.warmup);
const seqScanRows = Number(args["seq-scan-rows"]);
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const timeZone = "Europe/London";

// Parsed as the page parses its query string, so a bad --stage fails here rather than timing an unfiltered board.
const searchFilters: PipelineFilters = parsePipelineFilters({ q: args.q });
const stageFilters: PipelineFilters = parsePipelineFilters({ stage: args.stage });
if (!searchFilters.q || !stageFilters.stage) throw new Error(`--q "${args.q}" or --stage "${args.stage}" is not a filter the board accepts`);

type Scale = { candidates: number; target: BenchTarget; consultant: CurrentUser; timings: Map<string, Timing>; plans: Plan[]; tableRows: Map<string, number> };
type Timing = { p50: number; p95: number; busy: number };
/** `answer` runs it once and says what came back, to compare the scales. */
type Operation = { name: string; run: (consultant: CurrentUser, now: Date) => Promise<unknown>; answer: (consultant: CurrentUser, now: Date) => Promise<string> };
function operation<T>(name: string, run: (consultant: CurrentUser, now: Date) => Promise<T>, size: (result: T) => string): Operation {
  return { name, run, answer: async (consultant, now) => size(await run(consultant, now)) };
}

const board = (filters: PipelineFilters) => (consultant: CurrentUser, now: Date) => loadPipeline(consultant, filters, now, timeZone);
const boardSize = (result: PipelineBoard) => {
  const dated = result.cards.filter((card) => card.nextInterviewAt || card.lastInterviewAt).length;
  return `${result.cards.length} cards (${dated} with an interview date), ${Object.values(result.countsByStage).reduce((sum, n) => sum + n, 0)} matching`;
};
const operations: Operation[] = [
  operation("pipeline, no filters", board({}), boardSize),
  operation(`pipeline, q=${searchFilters.q}`, board(searchFilters), boardSize),
  operation(`pipeline, stage=${stageFilters.stage}`, board(stageFilters), boardSize),
  operation(`pipeline, stage=${stageFilters.stage} page 2`, board({ ...stageFilters, page: 2 }), boardSize),
  // The page reads each section's first few (and counts the rest); the morning digest reads everything.
  operation(
    "needs attention page",
    (consultant, now) => Promise.all(attentionSections.map((section) => readAttentionSection(getDb(), { id: consultant.id, role: consultant.role, timeZone }, section, now, sectionWindow({ page: 1 })))),
    (sections) => `${sections.reduce((sum, section) => sum + section.items.length, 0)} shown of ${sections.reduce((sum, section) => sum + section.total, 0)}`,
  ),
  operation("needs attention digest", (consultant, now) => listNeedsAttention(getDb(), { id: consultant.id, role: consultant.role, timeZone }, now), (items) => `${items.length} items`),
];

/** The app's own client (openDatabase: DATABASE_POOL_MAX or 10 connections) as the app's database. */
const install = (scale: Scale) => setDatabaseForTesting({ db: scale.target.db, driver: "postgres", close: async () => {} });
const busyShare = (a = hostCpu(), b = hostCpu()) => (a && b ? (b.busy - a.busy) / (b.total - a.total) : Number.NaN);

/** Samples alternate between the scales (and which goes first), so host load and JIT warm-up fall on both alike. */
async function time(op: Operation, scales: Scale[]): Promise<void> {
  for (const scale of scales) {
    install(scale);
    for (let i = 0; i < warmup; i += 1) await op.run(scale.consultant, new Date());
  }
  const elapsed = scales.map((): number[] => []);
  const host0 = hostCpu();
  for (let i = 0; i < samples; i += 1) {
    for (const s of i % 2 === 0 ? [0, 1] : [1, 0]) {
      install(scales[s]!);
      const start = performance.now();
      await op.run(scales[s]!.consultant, new Date());
      elapsed[s]!.push(performance.now() - start);
    }
  }
  const busy = busyShare(host0, hostCpu());
  scales.forEach((scale, s) => {
    const sorted = elapsed[s]!.sort((a, b) => a - b);
    scale.timings.set(op.name, { p50: percentile(sorted, 50), p95: percentile(sorted, 95), busy });
  });
}

/** The timed consultant's share of the data: the same at both scales by construction, printed to show it. */
async function describeCaseload(sql: postgres.Sql, consultantId: string, now: Date): Promise<string> {
  const [row] = await sql<Record<string, number>[]>`
    with mine as (select id from users where consultant_id = ${consultantId} and role = 'candidate'),
      apps as (select a.* from applications a join mine on mine.id = a.candidate_id),
      steps as (select p.* from plan_steps p join mine on mine.id = p.candidate_id)
    select (select count(*) from mine)::int as candidates,
      (select count(*) from apps where source = 'agency')::int as agency,
      (select count(*) from apps where source = 'direct' and shared_with_agency)::int as shared,
      (select count(*) from apps where source = 'direct' and not shared_with_agency)::int as private,
      (select count(*) from apps where (source = 'agency' or shared_with_agency) and exists (select 1 from interviews i where i.application_id = apps.id))::int as visible_interviewed,
      (select count(*) from interviews i join mine on mine.id = i.candidate_id)::int as interviews,
      (select count(*) from interviews i join mine on mine.id = i.candidate_id where i.starts_at > ${now})::int as upcoming,
      (select count(*) from timeline_slips t join mine on mine.id = t.candidate_id)::int as slips,
      (select count(*) from steps where state = 'pending')::int as pending,
      (select count(*) from steps where state = 'done')::int as done,
      (select count(*) from steps where state = 'skipped')::int as skipped,
      (select count(*) from steps where state = 'cancelled')::int as cancelled,
      (select round(extract(epoch from percentile_cont(0.02) within group (order by due_at - ${now}::timestamptz)) / 86400)::int from steps) as due_p2,
      (select round(extract(epoch from percentile_cont(0.98) within group (order by due_at - ${now}::timestamptz)) / 86400)::int from steps) as due_p98`;
  const r = row!;
  return `${r.candidates} candidates; applications ${r.agency} agency, ${r.shared} shared direct, ${r.private} private direct (${r.visible_interviewed} of the agency and shared ones with an interview); ${r.interviews} interviews (${r.upcoming} upcoming), ${r.slips} timeline slips; plan steps ${r.pending} pending, ${r.done} done, ${r.skipped} skipped, ${r.cancelled} cancelled, due ${r.due_p2} to +${r.due_p98} days from now (2nd–98th percentile)`;
}

async function prepare(target: BenchTarget, candidates: number, now: Date): Promise<Scale> {
  const url = target.url ?? serverUrl;
  const raw = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const started = performance.now();
    const { consultantId, counts } = await seedPipeline(raw, { candidates, caseload, now });
    console.log(`  seeded in ${((performance.now() - started) / 1000).toFixed(1)} s: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(", ")}`);
    console.log(`  timed consultant ${consultantId}: ${await describeCaseload(raw, consultantId, now)}`);
    const consultant: CurrentUser = { id: consultantId, name: "Consultant 1", email: "consultant-1@bench.example", role: "consultant" };
    return { candidates, target, consultant, timings: new Map(), plans: [], tableRows: await tableRows(url) };
  } finally {
    await raw.end({ timeout: 5 });
  }
}

/** What each statement is, by the first marker it contains (the attention sources count with count(*) over (), so the tables come first). */
const statementParts: [string, string][] = [
  ["row_number()", "cards"],
  ["distinct on", "open applications"],
  ['from "plan_steps"', "overdue steps"],
  ['from "thank_you_notes"', "thanks to pass on"],
  ['from "client_answers"', "client answers"],
  ['from "reflections"', "shared debriefs"],
  ['from "application_stage_events"', "recorded outcomes"],
  ["count(", "counts"],
];

const explain = (scale: Scale) =>
  capturePlans(
    scale.target.url ?? serverUrl,
    operations.map((op) => ({
      label: op.name,
      run: () => op.run(scale.consultant, new Date()),
      part: (sql) => statementParts.find(([marker]) => sql.includes(marker))?.[1] ?? "",
    })),
  );

const ms = (value: number) => value.toFixed(2);

/** Prints everything; returns how many statements read a big table sequentially at the large scale. */
function report([small, large]: [Scale, Scale]): number {
  console.log(`\nServer-side data time in ms, ${samples} samples after ${warmup} warm-up runs, scales interleaved (host busy: all cores, while that operation was timed)\n`);
  const rows = [small, large].flatMap((scale) =>
    operations.map((op) => {
      const t = scale.timings.get(op.name)!;
      return [scale.candidates, op.name, ms(t.p50), ms(t.p95), `${Math.round(t.busy * 100)}%`];
    }),
  );
  printTable(["candidates", "operation", "p50 ms", "p95 ms", "host busy"], rows);
  return reportScaling(small, large, operations.map((op) => op.name), seqScanRows);
}

async function main() {
  const host0 = hostCpu();
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  console.log(`Host CPU busy in the 2 s before starting: ${Math.round(100 * busyShare(host0, hostCpu()))}% of all cores, load average ${loadavg().map((n) => n.toFixed(1)).join(" ")}`);
  const targets: BenchTarget[] = [];
  const disposeAll = () => Promise.allSettled(targets.splice(0).map((target) => target.dispose()));
  // Ctrl-C or kill still drops the throwaway databases.
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) process.once(signal, () => void disposeAll().then(() => process.exit(code)));
  try {
    const scales: Scale[] = [];
    const now = new Date();
    for (const candidates of scaleSizes) {
      const target = await createPostgresTarget(serverUrl);
      targets.push(target);
      console.log(`Database ${scales.length + 1}: ${candidates} candidates, ${caseload} of them the timed consultant's`);
      scales.push(await prepare(target, candidates, now));
    }
    if (scales[0]!.consultant.id !== scales[1]!.consultant.id) throw new Error("the timed consultant differs between the scales");
    // Same consultant, same rows, same moment: the answers must match too.
    const at = new Date();
    const sizes: string[][] = [];
    for (const scale of scales) {
      install(scale);
      const out: string[] = [];
      for (const op of operations) out.push(await op.answer(scale.consultant, at));
      sizes.push(out);
    }
    printTable(["operation", ...scales.map((s) => `returns @${s.candidates}`)], operations.map((op, i) => [op.name, ...sizes.map((list) => list[i]!)]));
    if (sizes[0]!.join() !== sizes[1]!.join()) throw new Error("the same consultant got different answers at the two scales");
    for (const op of operations) await time(op, scales);
    for (const scale of scales) scale.plans = await explain(scale);
    if (report(scales as [Scale, Scale]) > 0) process.exitCode = 1;
  } finally {
    setDatabaseForTesting(undefined);
    await disposeAll();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
