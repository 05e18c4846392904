// One article page as the production build serves it: bytes on the wire (HTML,
// CSS, JS) and throughput under autocannon, next to a floor measured in the
// same run: a bare node:http server sending the same compressed HTML from memory.
// Run: npx tsx --import ./scripts/server-only-shim.mjs bench/article.ts [--slug s] [--duration 10] [--connections 20]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { OutgoingHttpHeaders } from "node:http";
import { createRequire } from "node:module";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { browserEncoding, fetchAssets, fetchRaw, inlineScriptBytes, kb, sumBytes, type Fetched } from "./page-bytes";
import { assertBuilt, busyShare, hostBusy, hostTicks, longestArticle, printTable, processTreeCpuSeconds, startNext } from "./serve-build";

const { values: args } = parseArgs({
  options: {
    slug: { type: "string" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "20" },
    warmup: { type: "string", default: "2" },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
const warmup = Number(args.warmup);
const root = process.cwd();
// What the bytes table asks for; the load sends browserEncoding (Chromium's), so both servers send what a browser gets.
const sizeEncoding = "br, gzip";

type Autocannon = (
  options: { url: string; duration: number; connections: number; headers: Record<string, string> },
  done: (error: Error | null, result: CannonResult) => void,
) => NodeJS.EventEmitter;
type CannonResult = { requests: { mean: number; total: number }; errors: number; timeouts: number; non2xx: number; duration: number };
// autocannon ships no types; this is the part of its API used here.
const autocannon = createRequire(path.join(root, "package.json"))("autocannon") as Autocannon;

const errors: string[] = [];

function percentile(sorted: Float64Array, q: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

type Load = { rps: number; p50: number; p95: number; p99: number; max: number; total: number; errors: number; timeouts: number; non2xx: number; serverCpu: number; benchCpu: number; otherCpu: number };

function cannon(url: string, seconds: number, acceptEncoding: string, latencies?: number[]): Promise<CannonResult> {
  return new Promise((resolve, reject) => {
    const tracker = autocannon({ url, duration: seconds, connections, headers: { "accept-encoding": acceptEncoding } }, (error, result) => (error ? reject(error) : resolve(result)));
    // autocannon's own percentiles are whole milliseconds; these are exact (2xx only, as autocannon does).
    if (latencies) tracker.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => status >= 200 && status < 300 && latencies.push(ms));
  });
}

async function load(url: string, serverPid: number, acceptEncoding = browserEncoding): Promise<Load> {
  if (warmup > 0) await cannon(url, warmup, acceptEncoding);
  const latencies: number[] = [];
  const [server0, bench0, host0, start] = [processTreeCpuSeconds(serverPid), process.cpuUsage(), hostTicks(), performance.now()];
  const result = await cannon(url, duration, acceptEncoding, latencies);
  const wall = (performance.now() - start) / 1000;
  const bench = process.cpuUsage(bench0);
  const serverCpu = (processTreeCpuSeconds(serverPid) - server0) / wall;
  const benchCpu = (bench.user + bench.system) / 1e6 / wall;
  const hostCpu = busyShare(host0, hostTicks()) * availableParallelism();
  const sorted = Float64Array.from(latencies).sort();
  return {
    rps: result.requests.mean,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
    total: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    serverCpu,
    benchCpu,
    // Everything else on the host, kernel networking included: other people's work shows up here.
    otherCpu: Math.max(0, hostCpu - serverCpu - benchCpu),
  };
}

/** The floor: node:http in its own process (as next start is) sending the captured response from memory. */
async function startFloor(page: Fetched): Promise<{ url: string; pid: number; stop: () => void; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-floor-"));
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(page.headers)) {
    if (value !== undefined && !["connection", "keep-alive", "transfer-encoding", "date", "content-length"].includes(name)) headers[name] = value;
  }
  headers["content-length"] = page.served.length;
  writeFileSync(path.join(dir, "headers.json"), JSON.stringify(headers));
  writeFileSync(path.join(dir, "body"), page.served);
  const code = `import { createServer } from "node:http";
import { readFileSync } from "node:fs";
const headers = JSON.parse(readFileSync(process.env.FLOOR_DIR + "/headers.json", "utf8"));
const body = readFileSync(process.env.FLOOR_DIR + "/body");
const server = createServer((req, res) => { res.writeHead(200, headers); res.end(body); });
server.listen(0, () => console.log(server.address().port));`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", code], { env: { ...process.env, FLOOR_DIR: dir }, stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once("exit", (code) => reject(new Error(`floor server exited with ${code}`)));
  });
  return { url: `http://localhost:${port}/`, pid: child.pid!, dir, stop: () => child.kill("SIGTERM") };
}

async function main() {
  assertBuilt(root);
  const article = args.slug ? { slug: args.slug, bytes: Number.NaN } : longestArticle(root);
  const busy = await hostBusy(2000);
  const next = await startNext(root);
  let floor: Awaited<ReturnType<typeof startFloor>> | undefined;
  try {
    const pageUrl = `${next.origin}/advice/${article.slug}`;
    console.log(`Article: /advice/${article.slug}${args.slug ? "" : ` (longest in content/, ${article.bytes} bytes of MDX)`}`);
    console.log(`next start: pid ${next.pid}, ${next.origin}; Node ${process.version}; host ${(busy * 100).toFixed(0)}% busy in the 2 s before start\n`);

    const html = await fetchRaw(pageUrl, sizeEncoding);
    console.log(`first request to the article (cold server): ${html.ms.toFixed(0)} ms, status ${html.status}`);
    if (html.status !== 200) throw new Error(`GET ${pageUrl} answered ${html.status}:\n${html.raw.toString().slice(0, 500)}\n${next.output()}`);
    const text = html.raw.toString("utf8");
    const inlineScripts = inlineScriptBytes(text).all;

    const files = await fetchAssets(root, pageUrl, text, sizeEncoding, errors);
    const encodings = (list: typeof files) => [...new Set(list.map((f) => f.got.encoding))].join(", ") || "-";
    const group = (label: string, list: typeof files) => [label, String(list.length), encodings(list), kb(sumBytes(list).served), kb(sumBytes(list).raw)];
    const css = files.filter((f) => f.kind === "css");
    const js = files.filter((f) => f.kind === "js");
    const modern = js.filter((f) => !f.noModule);

    console.log(`\nBytes as served with accept-encoding: ${sizeEncoding} (KB = 1024 bytes):\n`);
    printTable(["resource", "files", "encoding", "served KB", "raw KB"], [
      ["HTML", "1", html.encoding, kb(html.served.length), kb(html.raw.length)],
      ["  of which inline <script> (RSC payload)", "", "", "", kb(inlineScripts)],
      ["CSS", ...group("", css).slice(1)],
      ["JS, all <script src>", ...group("", js).slice(1)],
      ...[...new Set(js.map((f) => f.role))].map((role) => group(`  JS ${role}`, js.filter((f) => f.role === role))),
      ["total a modern browser loads (HTML+CSS+JS without nomodule)", String(1 + css.length + modern.length), "", kb(html.served.length + sumBytes(css).served + sumBytes(modern).served), kb(html.raw.length + sumBytes(css).raw + sumBytes(modern).raw)],
    ]);
    console.log("\nFiles:\n");
    printTable(
      ["file", "kind", "status", "encoding", "served KB", "raw KB"],
      files.map((f) => [f.href.replace(/^\/_next\/static\//, ""), f.role || f.kind, String(f.got.status), f.got.encoding, kb(f.got.served.length), kb(f.got.raw.length)]),
    );

    // The floor sends exactly what next start sends to a browser's accept-encoding.
    const page = await fetchRaw(pageUrl, browserEncoding);
    if (page.status !== 200) throw new Error(`GET ${pageUrl} with accept-encoding ${browserEncoding} answered ${page.status}`);
    floor = await startFloor(page);
    const check = await fetchRaw(floor.url, browserEncoding);
    if (!check.served.equals(page.served)) throw new Error("the floor server does not send the same bytes");

    console.log(`\nLoad: autocannon ${duration} s, ${connections} connections, accept-encoding: ${browserEncoding} (both servers answer ${page.encoding}, ${kb(page.served.length)} KB body), after ${warmup} s warm-up each.`);
    console.log(`Latency percentiles are exact, from every 2xx response's time as autocannon reports it. CPU = cores used during the measured run (100% = one core); rest of host = all other processes and the kernel.\n`);
    const app = await load(pageUrl, next.pid);
    const base = await load(floor.url, floor.pid);
    // next start compresses the prerendered HTML on every request; the floor sends bytes compressed once.
    const plain = await load(pageUrl, next.pid, "identity");
    for (const [name, run] of [["next start", app], ["floor", base], ["next start, identity", plain]] as const) {
      if (run.errors + run.timeouts + run.non2xx > 0) errors.push(`${name}: ${run.errors} errors, ${run.timeouts} timeouts, ${run.non2xx} non-2xx`);
    }
    const row = (name: string, r: Load) => [name, r.rps.toFixed(0), r.p50.toFixed(2), r.p95.toFixed(2), r.p99.toFixed(2), r.max.toFixed(1), String(r.total), String(r.errors + r.timeouts), String(r.non2xx), `${(r.serverCpu * 100).toFixed(0)}%`, `${(r.benchCpu * 100).toFixed(0)}%`, `${(r.otherCpu * 100).toFixed(0)}%`];
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    printTable(["server", "req/s (mean)", "p50 ms", "p95 ms", "p99 ms", "max ms", "requests", "errors", "non-2xx", "server CPU", "autocannon CPU", "rest of host"], [
      row("next start", app),
      row("floor: node:http, same bytes from memory", base),
      ["app / floor", ratio(app.rps, base.rps), ratio(app.p50, base.p50), ratio(app.p95, base.p95), ratio(app.p99, base.p99), ratio(app.max, base.max), "", "", "", "", "", ""],
    ]);
    console.log(`\nThe same load on next start with accept-encoding: identity (${kb(html.raw.length)} KB body, no compression), to show what compressing each response costs:\n`);
    printTable(["server", "req/s (mean)", "p50 ms", "p95 ms", "p99 ms", "max ms", "requests", "errors", "non-2xx", "server CPU", "autocannon CPU", "rest of host"], [
      row("next start, identity", plain),
      ["identity / gzip", ratio(plain.rps, app.rps), ratio(plain.p50, app.p50), ratio(plain.p95, app.p95), ratio(plain.p99, app.p99), ratio(plain.max, app.max), "", "", "", "", "", ""],
    ]);
    if (base.benchCpu > 0.9) console.log("\nautocannon used a whole core against the floor: the floor's figures are a lower bound (the load generator saturated).");
  } finally {
    floor?.stop();
    if (floor) rmSync(floor.dir, { recursive: true, force: true });
    await next.stop();
  }
  // Start-up seeding PGlite is the app's zero-config design; a page request opening it would be a bug.
  const dataDir = next.dataDir();
  console.log(`\n.data (PGlite folder), DATABASE_URL unset: ${dataDir}.`);
  if (dataDir === "created at start-up, before any page request") console.log("  instrumentation.ts -> lib/boot/server-start.ts migrates and seeds PGlite when next start boots; the article requests did not create it.");
  if (dataDir === "created after start-up, while pages were requested") errors.push(".data appeared while the article was requested: a public page opened the database");
}

main()
  .catch((error: unknown) => errors.push(error instanceof Error ? error.message : String(error)))
  .finally(() => {
    if (errors.length === 0) return;
    console.error(`\nErrors:\n${errors.map((e) => `- ${e}`).join("\n")}`);
    process.exitCode = 1;
  });
