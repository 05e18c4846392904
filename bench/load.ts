// Load on the production build (`next start`) against Postgres with the
// 10,000-candidate seed: mixed traffic at fixed arrival rates (anonymous
// article reads, candidates' dashboard and interview pages, the interview
// create and edit actions over HTTP, consultants' pipeline and needs-attention
// pages), per-route throughput, latency percentiles and errors, and a step
// search for the highest rate with p95 under the bound on every route and no
// errors. Host CPU is split between the server, its Postgres backends, this
// process and everything else, because other work on the machine moves the result.
// Run: npx tsx --import ./scripts/server-only-shim.mjs bench/load.ts (options and figures: bench/README.md)
import { readdirSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { percentile } from "./outbox-helpers";
import { startLoadServer, type LoadServer } from "./load-server";
import { buildRoutes, missingWrites, noWrites, runOpenLoop, soloProbe, type Route, type StepResult, type Writes } from "./load-traffic";
import { backendPids, createLoadDatabase, seedLoadWorld } from "./load-world";
import { busyShare, hostTicks, printTable, processTreeCpuSeconds } from "./serve-build";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    candidates: { type: "string" },
    "signed-in": { type: "string", default: "300" },
    seconds: { type: "string" },
    "start-rate": { type: "string", default: "10" },
    "max-rate": { type: "string", default: "640" },
    bisect: { type: "string" },
    rates: { type: "string" },
    "p95-ms": { type: "string", default: "500" },
    "timeout-ms": { type: "string", default: "10000" },
    "warmup-seconds": { type: "string" },
    "db-prefix": { type: "string", default: "next_steps_load_" },
    criterion: { type: "string", default: "overall" },
  },
});
const quick = args.quick;
const candidateCount = Number(args.candidates ?? (quick ? 2000 : 10000));
const stepSeconds = Number(args.seconds ?? (quick ? 5 : 15));
const bisections = Number(args.bisect ?? (quick ? 1 : 3));
const warmupSeconds = Number(args["warmup-seconds"] ?? (quick ? 3 : 10));
const p95Bound = Number(args["p95-ms"]);
const timeoutMs = Number(args["timeout-ms"]);
if (args.criterion !== "overall" && args.criterion !== "every-route") throw new Error("--criterion is overall or every-route");
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const root = process.cwd();

/** Share of requests per route: mostly reading, as a portal's traffic is; one write in ten. */
const weights: Record<string, number> = {
  article: 40,
  "candidate dashboard": 20,
  "candidate interview": 15,
  "create interview (action)": 5,
  "update interview (action)": 5,
  "consultant pipeline": 8,
  "consultant needs attention": 7,
};

type Cpu = { host?: ReturnType<typeof hostTicks>; server: number; postgres: number; bench: number; at: number };
type Step = StepResult & { missing: { created: number; updated: number }; checked: { created: number; updated: number }; cpu: { host: number; server: number; postgres: number; bench: number; others: number } };

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "n/a");
const pct = (n: number) => (Number.isFinite(n) ? `${Math.round(n * 100)}%` : "n/a");
const cores = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : "n/a");
const load = () => loadavg().map((n) => n.toFixed(2)).join(" ");

function errorCount(step: Step, route: string): number {
  const result = step.routes.find((r) => r.name === route)!;
  const extra = route.startsWith("create") ? step.missing.created : route.startsWith("update") ? step.missing.updated : 0;
  return [...result.errors.values()].reduce((sum, n) => sum + n, 0) + extra;
}
const p95Of = (latencies: number[]) => percentile([...latencies].sort((a, b) => a - b), 95);
const allLatencies = (step: Step) => step.routes.flatMap((route) => route.latencies);
const totalErrors = (step: Step) => step.routes.reduce((sum, route) => sum + errorCount(step, route.name), 0);
/** No errors, and p95 under the bound on every route (a route with no request in the step is not judged). */
const heldEveryRoute = (step: Step) => totalErrors(step) === 0 && step.routes.every((route) => route.latencies.length === 0 || p95Of(route.latencies) < p95Bound);
/** No errors, and p95 under the bound over all requests of the step. */
const heldOverall = (step: Step) => totalErrors(step) === 0 && p95Of(allLatencies(step)) < p95Bound;
const passes = (step: Step) => (args.criterion === "overall" ? heldOverall(step) : heldEveryRoute(step));

function printStep(step: Step): void {
  const rows = step.routes.map((route) => {
    const sorted = [...route.latencies].sort((a, b) => a - b);
    return [route.name, (route.latencies.length / step.wallSeconds).toFixed(1), ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)), String(errorCount(step, route.name))];
  });
  const sorted = allLatencies(step).sort((a, b) => a - b);
  rows.push(["all", (sorted.length / step.wallSeconds).toFixed(1), ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)), String(totalErrors(step))]);
  console.log(`\n${step.rate} req/s offered for ${step.seconds} s (held overall: ${heldOverall(step) ? "yes" : "no"}, on every route: ${heldEveryRoute(step) ? "yes" : "no"}); host ${pct(step.cpu.host)} busy: server ${cores(step.cpu.server)}, Postgres ${cores(step.cpu.postgres)}, bench ${cores(step.cpu.bench)}, others ${cores(step.cpu.others)} cores; ${step.lateStarts} late starts`);
  printTable(["route", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors"], rows);
  const reasons = step.routes.flatMap((route) => [...route.errors].map(([reason, n]) => `${route.name}: ${n} × ${reason}`));
  if (step.missing.created + step.missing.updated > 0) reasons.push(`database: ${step.missing.created} created and ${step.missing.updated} updated interviews answered as saved but not in the table`);
  if (reasons.length > 0) console.log(`  errors: ${reasons.join("; ")}`);
  console.log(`  writes answered as saved, then found in the database: ${step.checked.created - step.missing.created}/${step.checked.created} created, ${step.checked.updated - step.missing.updated}/${step.checked.updated} updated interviews`);
}

async function main() {
  const began = performance.now();
  const slugs = readdirSync(`${root}/content`).filter((name) => name.endsWith(".mdx")).map((name) => name.slice(0, -4));
  const before = hostTicks();
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  console.log(`Host before starting: ${pct(busyShare(before, hostTicks()))} of all cores busy over 3 s, load average ${load()}`);

  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = () => Promise.allSettled(cleanups.splice(0).reverse().map((fn) => fn()));
  // Ctrl-C or kill still stops the server and drops the database.
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) process.once(signal, () => void cleanUp().then(() => process.exit(code)));

  let sql: postgres.Sql | undefined;
  let server: LoadServer | undefined;
  try {
    const database = await createLoadDatabase(serverUrl, args["db-prefix"]);
    cleanups.push(database.drop);
    console.log(`Database ${database.name}: migrated`);
    const world = await seedLoadWorld(database.url, { candidates: candidateCount, sample: Number(args["signed-in"]), now: new Date() });
    console.log(`Signed in: ${world.candidates.length} candidates (${world.candidates.reduce((n, c) => n + c.interviews.length, 0)} interviews), ${world.consultants.length} consultants (${world.consultants.map((c) => c.candidates).join("/")} candidates each)`);
    sql = postgres(database.url, { max: 1, onnotice: () => {} });
    cleanups.push(() => sql!.end({ timeout: 5 }));

    server = await startLoadServer(root, database.url);
    cleanups.push(server.stop);
    console.log(`next start on ${server.origin} (pid ${server.pid}), DATABASE_POOL_MAX ${process.env.DATABASE_POOL_MAX ?? "10 (default)"}, outbox worker in process`);

    let writes: Writes = noWrites();
    const routes: Route[] = buildRoutes({ distDir: `${root}/.next`, origin: server.origin, slugs, candidates: world.candidates, consultants: world.consultants, weights, writes: () => writes });
    console.log(`Mix: ${routes.map((route) => `${route.name} ${route.weight}%`).join(", ")}`);

    const cpuNow = async (): Promise<Cpu> => {
      const pids = await backendPids(serverUrl, database.name);
      const usage = process.cpuUsage();
      return {
        host: hostTicks(),
        server: processTreeCpuSeconds(server!.pid),
        postgres: pids.reduce((sum, pid) => sum + (processTreeCpuSeconds(pid) || 0), 0),
        bench: (usage.user + usage.system) / 1e6,
        at: performance.now(),
      };
    };
    const run = async (rate: number, seconds: number, seed: number): Promise<Step> => {
      writes = noWrites();
      const pidsBefore = await cpuNow();
      const result = await runOpenLoop(server!.origin, routes, rate, seconds, { seed, timeoutMs });
      const after = await cpuNow();
      const wall = (after.at - pidsBefore.at) / 1000;
      const host = busyShare(pidsBefore.host, after.host);
      const share = { server: (after.server - pidsBefore.server) / wall, postgres: (after.postgres - pidsBefore.postgres) / wall, bench: (after.bench - pidsBefore.bench) / wall };
      const hostCores = host * availableParallelism();
      const missing = await missingWrites(sql!, writes);
      const checked = { created: writes.created.length, updated: [...writes.updated.values()].reduce((n, set) => n + set.size, 0) };
      return { ...result, missing, checked, cpu: { host, ...share, others: hostCores - share.server - share.postgres - share.bench } };
    };

    // Warm-up: every route compiled and cached, the pools opened; not reported.
    await run(Math.max(2, Number(args["start-rate"]) / 2), warmupSeconds, 1);
    console.log(`Warmed up for ${warmupSeconds} s; load average ${load()}`);
    console.log("\nEach route alone (5 requests one after another, median): its own cost without queueing\n");
    const solo = await soloProbe(server.origin, routes, 5, timeoutMs);
    printTable(["route", "ms", "KB", "errors"], solo.map((r) => [r.name, ms(r.ms), r.kb.toFixed(0), String(r.errors)]));

    const steps: Step[] = [];
    const step = async (rate: number) => {
      const result = await run(rate, stepSeconds, steps.length + 2);
      steps.push(result);
      printStep(result);
      // Let the last step's stragglers and the worker's batches finish before the next.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      return passes(result);
    };

    let held: number | undefined;
    let broke: number | undefined;
    if (args.rates) {
      for (const rate of args.rates.split(",").map(Number)) if (await step(rate)) held = Math.max(held ?? 0, rate);
    } else {
      // Double until a step fails (or halve until one holds), then bisect between the highest rate held and the lowest not held.
      const start = Number(args["start-rate"]);
      if (await step(start)) {
        held = start;
        for (let rate = start * 2; rate <= Number(args["max-rate"]); rate *= 2) {
          if (!(await step(rate))) {
            broke = rate;
            break;
          }
          held = rate;
        }
      } else {
        broke = start;
        for (let rate = start / 2; rate >= 1; rate /= 2) {
          if (await step(rate)) {
            held = rate;
            break;
          }
          broke = rate;
        }
      }
      for (let i = 0; held !== undefined && broke !== undefined && i < bisections; i += 1) {
        const mid = Math.round((held + broke) / 2);
        if (mid <= held || mid >= broke) break;
        if (await step(mid)) held = mid;
        else broke = mid;
      }
    }

    console.log(`\nSummary (${stepSeconds} s per step; held: no errors and p95 under ${p95Bound} ms over all requests, or on every route; the search followed "${args.criterion}"):\n`);
    printTable(
      ["offered req/s", "served req/s", "p95 ms, all", "worst route p95", "errors", "held overall", "held every route", "host busy", "server cores", "Postgres cores", "bench cores", "others cores"],
      steps.map((s) => {
        const worst = s.routes.map((r) => [r.name, p95Of(r.latencies)] as const).sort((a, b) => b[1] - a[1])[0]!;
        return [String(s.rate), (allLatencies(s).length / s.wallSeconds).toFixed(1), ms(p95Of(allLatencies(s))), `${ms(worst[1])} (${worst[0]})`, String(totalErrors(s)), heldOverall(s) ? "yes" : "no", heldEveryRoute(s) ? "yes" : "no", pct(s.cpu.host), cores(s.cpu.server), cores(s.cpu.postgres), cores(s.cpu.bench), cores(s.cpu.others)];
      }),
    );
    const rule = args.criterion === "overall" ? "over all requests" : "on every route";
    console.log(
      held === undefined
        ? `\nNo rate tried was held (p95 under ${p95Bound} ms ${rule}, no errors; lowest tried ${Math.min(...steps.map((s) => s.rate))} req/s).`
        : `\nHighest rate held: ${held} req/s with p95 under ${p95Bound} ms ${rule} and no errors${broke !== undefined ? ` (${broke} req/s was not held)` : ""}.`,
    );
    const everyRoute = steps.filter(heldEveryRoute).map((s) => s.rate);
    console.log(everyRoute.length > 0 ? `Highest rate tried with p95 under ${p95Bound} ms on every route: ${Math.max(...everyRoute)} req/s.` : `No rate tried had p95 under ${p95Bound} ms on every route.`);
    const [written] = await sql<{ audit: number; outbox: number; sent: number }[]>`
      select (select count(*) from audit_log)::int as audit, (select count(*) from email_outbox)::int as outbox, (select count(*) from email_outbox where state = 'sent')::int as sent`;
    console.log(`Rows written by the run: ${written!.audit} audit log lines (the consultant pages log one view per candidate shown), ${written!.outbox} outbox messages (${written!.sent} delivered to the mailbox).`);
    const logged = server.output().split("\n").filter((line) => /error|failed/i.test(line));
    console.log(`Server log: ${logged.length} error lines in its last 20 KB${logged.length > 0 ? `, e.g.\n  ${logged.slice(-3).join("\n  ")}` : ""}.`);
    console.log(`Load average after the steps: ${load()}; the script ran ${((performance.now() - began) / 1000).toFixed(0)} s.`);
  } catch (error) {
    if (server) console.error(`Server output:\n${server.output().slice(-4000)}`);
    throw error;
  } finally {
    await cleanUp();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
