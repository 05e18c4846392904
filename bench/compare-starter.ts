// Ours against the pinned starter (timlrx/tailwind-nextjs-starter-blog, see
// bench/starter.ts) in one run, each as its production build under
// `next start` pinned to one core while autocannon runs on the other:
// cold start and memory, the longest article's bytes, its throughput with
// gzip and without in interleaved rounds, then Lighthouse mobile on the home
// page, the index and the longest article. Prints every figure for both and
// ours/starter ratios; on a shared host read the paired-round ratios.
// Run: STARTER_DIR=/work/starter npx tsx bench/compare-starter.ts [--build-starter] [--rounds 9]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { request } from "node:http";
import { createRequire } from "node:module";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import postgres from "postgres";
import { run, start, stopAll, waitFor200, type Running } from "@/test/topology/processes";
import { audit, categories, medianRun, score, type Lhr } from "./lighthouse-run";
import { browserEncoding, fetchAssets, fetchRaw, inlineScriptBytes, kb, sumBytes } from "./page-bytes";
import { buildStarter, checkedOutCommit, starterCommit, starterLongestPost, starterRepository, starterRoutes, starterVersions } from "./starter";
import { assertBuilt, busyShare, freePort, hostBusy, hostTicks, longestArticle, printTable, processTreeCpuSeconds, treeRssMb } from "./serve-build";

const { values: args } = parseArgs({
  options: {
    "starter-dir": { type: "string", default: process.env.STARTER_DIR },
    "build-starter": { type: "boolean", default: false },
    "google-fonts": { type: "boolean", default: false },
    rounds: { type: "string", default: "9" },
    duration: { type: "string", default: "5" },
    connections: { type: "string", default: "20" },
    warmup: { type: "string", default: "2" },
    starts: { type: "string", default: "3" },
    "lighthouse-runs": { type: "string", default: "3" },
    "server-cpu": { type: "string", default: "0" },
    "load-cpu": { type: "string", default: "1" },
    "db-prefix": { type: "string", default: "bench_compare_" },
  },
});
const [rounds, duration, connections, warmup, starts, lighthouseRuns] = [args.rounds, args.duration, args.connections, args.warmup, args.starts, args["lighthouse-runs"]].map(Number) as [number, number, number, number, number, number];
const serverCpu = args["server-cpu"]!;
const loadCpu = args["load-cpu"]!;
const root = process.cwd();
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

type CannonResult = { requests: { mean: number; total: number }; errors: number; timeouts: number; non2xx: number };
type Autocannon = (
  options: { url: string; duration: number; connections: number; headers: Record<string, string> },
  done: (error: Error | null, result: CannonResult) => void,
) => NodeJS.EventEmitter;
// autocannon ships no types; this is the part of its API used here.
const autocannon = createRequire(path.join(root, "package.json"))("autocannon") as Autocannon;

type SiteName = "ours" | "starter";
type Site = { name: SiteName; dir: string; home: string; index: string; article: string; launch: (port: number) => Running };
type Sample = { rps: number; p50: number; p95: number; cpuMsPerRequest: number; otherCores: number; failures: number };

const median = (values: number[]) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");
const ratio = (ours: number, theirs: number) => fixed(ours / theirs, 2);
const errors: string[] = [];

// Every core of the machine. Not availableParallelism(): it follows this process's own affinity, so once
// the bench is pinned to one core it says 1, and unpinning for Lighthouse pinned Chromium to CPU 0, beside
// the servers, at about half its speed.
const hostCores = cpus().length;

/** Pins this process, every thread of it, and what it spawns later, to `cpuList` ("1", or "0-1" to undo). */
function pinSelf(cpuList: string): void {
  const result = spawnSync("taskset", ["-a", "-p", "-c", cpuList, String(process.pid)], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`taskset could not pin the bench to CPU ${cpuList}: ${result.stderr}`);
}

function ourSite(databaseUrl: string): Site {
  const article = `/advice/${longestArticle(root).slug}`;
  return {
    name: "ours",
    dir: root,
    home: "/",
    index: "/advice",
    article,
    // As bench/deploy.ts runs it: Postgres, no worker, the article static.
    launch: (port) =>
      start("ours", "taskset", ["-c", serverCpu, path.join(root, "node_modules/.bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
        cwd: root,
        env: {
          PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: databaseUrl,
          AUTH_SECRET: "bench", AUTH_URL: `http://127.0.0.1:${port}`, WORKER_IN_PROCESS: "0", TRUSTED_PROXY_HOPS: "1",
        },
      }),
  };
}

function theirSite(dir: string): Site {
  return {
    name: "starter",
    dir,
    home: starterRoutes.home,
    index: starterRoutes.index,
    article: starterRoutes.post(starterLongestPost(dir).slug),
    launch: (port) =>
      start("starter", "taskset", ["-c", serverCpu, path.join(dir, "node_modules/.bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
        cwd: dir,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
      }),
  };
}

function get(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { "accept-encoding": browserEncoding } }, (res) => {
      res.resume();
      res.on("end", () => (res.statusCode === 200 ? resolve() : reject(new Error(`${url}: ${res.statusCode}`))));
    })
      .on("error", reject)
      .end();
  });
}

function percentile(sorted: Float64Array, q: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function cannon(url: string, seconds: number, acceptEncoding: string, latencies?: number[]): Promise<CannonResult> {
  return new Promise((resolve, reject) => {
    const tracker = autocannon({ url, duration: seconds, connections, headers: { "accept-encoding": acceptEncoding } }, (error, result) => (error ? reject(error) : resolve(result)));
    if (latencies) tracker.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => status >= 200 && status < 300 && latencies.push(ms));
  });
}

async function sample(url: string, serverPid: number, acceptEncoding: string): Promise<Sample> {
  const latencies: number[] = [];
  const [cpu0, bench0, host0, started] = [processTreeCpuSeconds(serverPid), process.cpuUsage(), hostTicks(), performance.now()];
  const result = await cannon(url, duration, acceptEncoding, latencies);
  const wall = (performance.now() - started) / 1000;
  const serverSeconds = processTreeCpuSeconds(serverPid) - cpu0;
  const bench = process.cpuUsage(bench0);
  const sorted = Float64Array.from(latencies).sort();
  return {
    rps: result.requests.mean,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    // CPU a request is the figure other people's work moves least: it is ours, not the host's.
    cpuMsPerRequest: (serverSeconds * 1000) / result.requests.total,
    otherCores: Math.max(0, busyShare(host0, hostTicks()) * hostCores - serverSeconds / wall - (bench.user + bench.system) / 1e6 / wall),
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

type Bytes = { htmlServed: number; htmlRaw: number; payloadRaw: number; payloadGzip: number; encoding: string; cssServed: number; jsServed: number; jsRaw: number; runtimeServed: number; jsFiles: number; totalServed: number };

async function pageBytes(site: Site, origin: string): Promise<Bytes> {
  const url = origin + site.article;
  const html = await fetchRaw(url, browserEncoding);
  if (html.status !== 200) throw new Error(`GET ${url} answered ${html.status}`);
  const text = html.raw.toString("utf8");
  const inline = inlineScriptBytes(text);
  const files = await fetchAssets(site.dir, url, text, browserEncoding, errors);
  const css = sumBytes(files.filter((file) => file.kind === "css"));
  const modern = files.filter((file) => file.kind === "js" && !file.noModule);
  const js = sumBytes(modern);
  return {
    htmlServed: html.served.length,
    htmlRaw: html.raw.length,
    payloadRaw: inline.payload,
    payloadGzip: gzipSync(inline.payloadText).length,
    encoding: [...new Set([html.encoding, ...files.map((file) => file.got.encoding)])].join(", "),
    cssServed: css.served,
    jsServed: js.served,
    jsRaw: js.raw,
    runtimeServed: sumBytes(modern.filter((file) => file.role === "runtime")).served,
    jsFiles: modern.length,
    totalServed: html.served.length + css.served + js.served,
  };
}

async function main(): Promise<void> {
  const starterDir = args["starter-dir"];
  if (!starterDir) throw new Error(`Give the starter's checkout: STARTER_DIR=/path or --starter-dir /path (bench/README.md says how to fetch ${starterRepository} at ${starterCommit}).`);
  const commit = checkedOutCommit(starterDir);
  if (commit !== starterCommit) throw new Error(`${starterDir} has ${commit ?? "no git checkout"}, not the pinned ${starterCommit}: see bench/README.md.`);
  if (args["build-starter"]) await buildStarter(starterDir, { googleFonts: args["google-fonts"]! });
  if (!existsSync(path.join(starterDir, ".next", "BUILD_ID"))) throw new Error(`No build in ${starterDir}: run again with --build-starter.`);
  assertBuilt(root);
  if (!existsSync(path.join(root, "dist/scripts/db-migrate.mjs"))) throw new Error("dist/scripts/db-migrate.mjs is missing: run `npm run build` first.");

  const busy = await hostBusy(2000);
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const database = `${args["db-prefix"]}${Date.now()}`;
  let created = false;
  let cleaning: Promise<void> | undefined;
  // Once, whether the run ends, fails or is interrupted: servers stopped by PID, the throwaway database dropped.
  const cleanUp = () =>
    (cleaning ??= (async () => {
      await stopAll();
      if (created) await admin.unsafe(`drop database if exists "${database}" with (force)`);
      await admin.end();
    })());
  process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));
  try {
    await admin.unsafe(`create database "${database}"`);
    created = true;
    const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
    await run("db-migrate", process.execPath, ["dist/scripts/db-migrate.mjs"], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl } });
    const sites = [ourSite(databaseUrl), theirSite(starterDir)] as const;
    pinSelf(loadCpu);

    console.log(`Ours: ${root} (next ${nextVersion(root)}); starter: ${starterDir} at ${starterCommit.slice(0, 12)} (${starterVersions(starterDir)}).`);
    console.log(`Servers: next start pinned to CPU ${serverCpu} (taskset); autocannon in this process on CPU ${loadCpu}. Node ${process.version}. Host ${fixed(busy * 100)}% busy in the 2 s before start.`);
    console.log(`Pages: ours ${sites[0].home}, ${sites[0].index}, ${sites[0].article}; starter ${sites[1].home}, ${sites[1].index}, ${sites[1].article} (each the published article with the largest MDX source).\n`);

    // 1. Cold start and memory, one server at a time, interleaved.
    const cold: Record<SiteName, { ms: number[]; rss: number[] }> = { ours: { ms: [], rss: [] }, starter: { ms: [], rss: [] } };
    for (let round = 0; round < starts; round += 1) {
      for (const site of round % 2 ? [...sites].reverse() : sites) {
        const port = await freePort();
        const server = site.launch(port);
        cold[site.name].ms.push(await waitFor200(`http://127.0.0.1:${port}${site.article}`, server));
        for (let i = 0; i < 200; i += 1) await get(`http://127.0.0.1:${port}${i % 2 ? site.article : site.home}`);
        cold[site.name].rss.push(treeRssMb(server.pid));
        await server.stop();
      }
    }
    console.log(`Cold start (spawn to the article's first 200, on Postgres for ours) and resident memory of the server's process tree after 200 requests (home and article), ${starts} starts each:\n`);
    printTable(
      ["", "cold start p50", "every start", "RSS p50", "every start"],
      sites.map(({ name }) => [name, `${fixed(median(cold[name].ms))} ms`, cold[name].ms.map((ms) => fixed(ms)).join(" "), `${fixed(median(cold[name].rss), 1)} MB`, cold[name].rss.map((mb) => fixed(mb)).join(" ")]),
    );

    // 2. Both servers up side by side for the rest.
    const running = await Promise.all(
      sites.map(async (site) => {
        const port = await freePort();
        const server = site.launch(port);
        await waitFor200(`http://127.0.0.1:${port}${site.article}`, server);
        return { site, server, origin: `http://127.0.0.1:${port}` };
      }),
    );

    const bytes = await Promise.all(running.map(({ site, origin }) => pageBytes(site, origin)));
    const [ours, theirs] = bytes as [Bytes, Bytes];
    console.log(`\nThe longest article as a modern browser loads it (accept-encoding: ${browserEncoding}; KB = 1024 bytes; JS without nomodule):\n`);
    const byteRow = (label: string, pick: (b: Bytes) => number) => [label, kb(pick(ours)), kb(pick(theirs)), ratio(pick(ours), pick(theirs))];
    printTable(["", "ours KB", "starter KB", "ours/starter"], [
      byteRow("HTML, compressed", (b) => b.htmlServed),
      byteRow("HTML, decoded", (b) => b.htmlRaw),
      byteRow("  inline RSC payload, decoded", (b) => b.payloadRaw),
      byteRow("  inline RSC payload, gzip alone", (b) => b.payloadGzip),
      byteRow("CSS, compressed", (b) => b.cssServed),
      byteRow("JS, compressed", (b) => b.jsServed),
      byteRow("  of which the runtime (rootMainFiles)", (b) => b.runtimeServed),
      byteRow("JS, decoded", (b) => b.jsRaw),
      byteRow("total compressed (HTML + CSS + JS)", (b) => b.totalServed),
    ]);
    console.log(
      `Encodings: ours ${ours.encoding}; starter ${theirs.encoding}. JS files: ours ${ours.jsFiles}, starter ${theirs.jsFiles}. ` +
        `Inline payload share of the decoded HTML: ours ${fixed((ours.payloadRaw / ours.htmlRaw) * 100)}%, starter ${fixed((theirs.payloadRaw / theirs.htmlRaw) * 100)}%.`,
    );

    // 3. Throughput, interleaved: each round loads every (encoding, site) pair once; the order of the sites alternates.
    const encodings = [
      ["gzip", browserEncoding],
      ["identity", "identity"],
    ] as const;
    const samples: Record<string, Sample[]> = {};
    const key = (site: SiteName, encoding: string) => `${site} ${encoding}`;
    for (const [label, acceptEncoding] of encodings) {
      for (const { site, origin } of running) {
        samples[key(site.name, label)] = [];
        if (warmup > 0) await cannon(origin + site.article, warmup, acceptEncoding);
      }
    }
    for (let round = 0; round < rounds; round += 1) {
      for (const [label, acceptEncoding] of encodings) {
        for (const { site, server, origin } of round % 2 ? [...running].reverse() : running) {
          samples[key(site.name, label)]!.push(await sample(origin + site.article, server.pid, acceptEncoding));
        }
      }
    }
    console.log(`\nThroughput of the longest article: ${rounds} interleaved rounds of ${duration} s per site and encoding, ${connections} connections, after ${warmup} s warm-up each. Medians over the rounds; paired = ours/starter within each round.\n`);
    const rows: string[][] = [];
    const summary: Record<string, { median: number; paired: number[] }> = {};
    for (const [label] of encodings) {
      const mine = samples[key("ours", label)]!;
      const their = samples[key("starter", label)]!;
      const paired = mine.map((s, i) => s.rps / their[i]!.rps);
      summary[label] = { median: median(mine.map((s) => s.rps)) / median(their.map((s) => s.rps)), paired };
      for (const [name, list] of [["ours", mine], ["starter", their]] as const) {
        rows.push([`${name}, ${label}`, fixed(median(list.map((s) => s.rps))), list.map((s) => fixed(s.rps)).join(" "), fixed(median(list.map((s) => s.p50)), 1), fixed(median(list.map((s) => s.p95)), 1), fixed(median(list.map((s) => s.cpuMsPerRequest)), 2), fixed(median(list.map((s) => s.otherCores)) * 100), String(list.reduce((sum, s) => sum + s.failures, 0))]);
      }
      const failures = [...mine, ...their].reduce((sum, s) => sum + s.failures, 0);
      if (failures > 0) errors.push(`${label}: ${failures} errors, timeouts or non-2xx answers under load`);
    }
    printTable(["site, encoding", "req/s median", "req/s every round", "p50 ms", "p95 ms", "server CPU ms a request", "rest of host %", "errors"], rows);
    console.log("");
    printTable(
      ["encoding", "ours/starter req/s, by medians", "paired rounds, median", "paired, min–max", "starter/ours CPU a request"],
      encodings.map(([label]) => {
        const { median: byMedians, paired } = summary[label]!;
        const cpu = median(samples[key("starter", label)]!.map((s) => s.cpuMsPerRequest)) / median(samples[key("ours", label)]!.map((s) => s.cpuMsPerRequest));
        return [label, fixed(byMedians, 2), fixed(median(paired), 2), `${fixed(Math.min(...paired), 2)}–${fixed(Math.max(...paired), 2)}`, fixed(cpu, 2)];
      }),
    );
    console.log("rest of host % = cores busy outside the server and autocannon during a round (100 = one core): other people's work shows here.");

    // 4. Lighthouse, interleaved the same way; Chromium may use both cores (the servers stay on theirs).
    pinSelf(`0-${hostCores - 1}`);
    const reportDir = path.join(tmpdir(), `compare-starter-${new Date().toISOString().replace(/[:.]/g, "-")}`);
    if (lighthouseRuns > 0) mkdirSync(reportDir, { recursive: true });
    const pages = ["home", "index", "article"] as const;
    const lhrs: Record<string, Lhr[]> = {};
    for (let attempt = 0; attempt < lighthouseRuns; attempt += 1) {
      for (const page of pages) {
        for (const { site, origin } of attempt % 2 ? [...running].reverse() : running) {
          const list = (lhrs[`${site.name} ${page}`] ??= []);
          list.push(await audit(root, origin + site[page], path.join(reportDir, `${site.name}-${page}-${attempt + 1}`)));
        }
      }
    }
    if (lighthouseRuns > 0) {
      const lighthouseRows = pages.flatMap((page) =>
        running.map(({ site }) => {
          const all = lhrs[`${site.name} ${page}`]!;
          const lhr = medianRun(all);
          return [`${site.name}, ${page}`, site[page], ...categories.map((category) => String(score(lhr, category))), all.map((run) => score(run, "performance")).join(" "), lhr.audits["largest-contentful-paint"]?.displayValue ?? "n/a", lhr.audits["total-blocking-time"]?.displayValue ?? "n/a", fixed(median(all.map((run) => run.environment.benchmarkIndex)))];
        }),
      );
      const first = Object.values(lhrs)[0]![0]!;
      console.log(`\nLighthouse ${first.lighthouseVersion}, ${first.configSettings.formFactor}, ${first.configSettings.throttlingMethod} throttling, ${lighthouseRuns} runs per page (the median performance run shown); reports in ${reportDir}:\n`);
      printTable(["site, page", "route", "performance", "accessibility", "best practices", "SEO", "perf, every run", "LCP", "TBT", "CPU index"], lighthouseRows);
    }

    // 5. The ratios in one place.
    const perf = (site: SiteName, page: string) => score(medianRun(lhrs[`${site} ${page}`]!), "performance");
    console.log("\nOurs against the starter:\n");
    printTable(["figure", "ours", "starter", "ours/starter"], [
      ["longest article, compressed total", `${kb(ours.totalServed)} KB`, `${kb(theirs.totalServed)} KB`, ratio(ours.totalServed, theirs.totalServed)],
      ["  its JS, compressed", `${kb(ours.jsServed)} KB`, `${kb(theirs.jsServed)} KB`, ratio(ours.jsServed, theirs.jsServed)],
      ["  its HTML, compressed", `${kb(ours.htmlServed)} KB`, `${kb(theirs.htmlServed)} KB`, ratio(ours.htmlServed, theirs.htmlServed)],
      ...encodings.map(([label]) => {
        const mine = median(samples[key("ours", label)]!.map((s) => s.rps));
        const their = median(samples[key("starter", label)]!.map((s) => s.rps));
        return [`req/s, ${label} (paired rounds: ${fixed(median(summary[label]!.paired), 2)})`, fixed(mine), fixed(their), ratio(mine, their)];
      }),
      ...(lighthouseRuns > 0 ? pages : []).map((page) => [`Lighthouse performance, ${page}`, String(perf("ours", page)), String(perf("starter", page)), ratio(perf("ours", page), perf("starter", page))]),
      ["cold start to the first 200", `${fixed(median(cold.ours.ms))} ms`, `${fixed(median(cold.starter.ms))} ms`, ratio(median(cold.ours.ms), median(cold.starter.ms))],
      ["resident memory after 200 requests", `${fixed(median(cold.ours.rss))} MB`, `${fixed(median(cold.starter.rss))} MB`, ratio(median(cold.ours.rss), median(cold.starter.rss))],
    ]);
  } finally {
    await cleanUp();
  }
}

/** The Next.js version a checkout runs. */
function nextVersion(dir: string): string {
  return (createRequire(path.join(dir, "package.json"))("next/package.json") as { version: string }).version;
}

main()
  .catch((error: unknown) => errors.push(error instanceof Error ? error.message : String(error)))
  .finally(() => {
    if (errors.length === 0) return;
    console.error(`\nErrors:\n${errors.map((e) => `- ${e}`).join("\n")}`);
    process.exitCode = 1;
  });
