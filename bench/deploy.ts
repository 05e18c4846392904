// The deployment, measured in one run against one build (`npm run build`
// first) on one throwaway Postgres database: the standalone server
// (.next/standalone/server.js) against `next start` for cold start (spawn to
// the first 200 of the longest article) and memory (RSS of the process tree
// after warm-up); then the longest article through nginx (deploy/nginx/
// next-steps.conf, two standalone instances behind it) against `next start`
// alone, for bytes on the wire (gzip) and requests per second (autocannon).
// Run: npx tsx bench/deploy.ts [--starts 5] [--rounds 3] [--duration 5] [--connections 20]
import { rmSync } from "node:fs";
import { request } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { startNginx } from "@/test/topology/nginx";
import { freePorts, run, start, stopAll, waitFor200, type Running } from "@/test/topology/processes";
import { assertBuilt, freePort, hostBusy, longestArticle, printTable, processTreeCpuSeconds, treeRssMb } from "./serve-build";

const { values: args } = parseArgs({
  options: {
    starts: { type: "string", default: "5" },
    rounds: { type: "string", default: "3" },
    duration: { type: "string", default: "5" },
    connections: { type: "string", default: "20" },
    warmup: { type: "string", default: "3" },
  },
});
const [starts, rounds, duration, connections, warmup] = [args.starts, args.rounds, args.duration, args.connections, args.warmup].map(Number) as [number, number, number, number, number];
const root = process.cwd();
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

type CannonResult = { requests: { mean: number; total: number }; latency: { p50: number; p97_5: number }; errors: number; non2xx: number };
type Autocannon = (options: { url: string; duration: number; connections: number; headers: Record<string, string> }, done: (error: Error | null, result: CannonResult) => void) => unknown;
// autocannon ships no types; this is the part of its API used here.
const autocannon = createRequire(path.join(root, "package.json"))("autocannon") as Autocannon;

const kinds = ["standalone", "next start"] as const;
type Kind = (typeof kinds)[number];

function serverEnv(databaseUrl: string, port: number): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: databaseUrl,
    AUTH_SECRET: "bench", AUTH_URL: `http://localhost:${port}`, WORKER_IN_PROCESS: "0", TRUSTED_PROXY_HOPS: "1", PORT: String(port), HOSTNAME: "127.0.0.1",
  };
}

function launch(kind: Kind, databaseUrl: string, port: number): Running {
  const env = serverEnv(databaseUrl, port);
  return kind === "standalone"
    ? start(kind, process.execPath, ["server.js"], { cwd: path.join(root, ".next/standalone"), env })
    : start(kind, path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: root, env });
}

function gzipBytes(url: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { "accept-encoding": "gzip" } }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => (res.statusCode === 200 ? resolve({ bytes, encoding: String(res.headers["content-encoding"] ?? "identity") }) : reject(new Error(`${url}: ${res.statusCode}`))));
    }).on("error", reject).end();
  });
}

function cannon(url: string, seconds: number): Promise<CannonResult> {
  return new Promise((resolve, reject) => {
    autocannon({ url, duration: seconds, connections, headers: { "accept-encoding": "gzip" } }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fixed = (value: number, digits = 0) => value.toFixed(digits);

async function main(): Promise<void> {
  assertBuilt(root);
  const article = `/advice/${longestArticle(root).slug}`;
  console.log(`Host ${fixed((await hostBusy(1000)) * 100)}% busy before starting; article ${article}; ${starts} cold starts each, interleaved`);

  const nginxDir = `/tmp/bench-deploy-${process.pid}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const name = `bench_deploy_${Date.now()}`;
  await admin.unsafe(`create database "${name}"`);
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  try {
    await run("db-migrate", process.execPath, ["dist/scripts/db-migrate.mjs"], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl } });

    const coldMs: Record<Kind, number[]> = { standalone: [], "next start": [] };
    const rssMb: Record<Kind, number[]> = { standalone: [], "next start": [] };
    for (let round = 0; round < starts; round += 1) {
      for (const kind of kinds) {
        const port = await freePort();
        const server = launch(kind, databaseUrl, port);
        coldMs[kind].push(await waitFor200(`http://127.0.0.1:${port}${article}`, server));
        for (let i = 0; i < 200; i += 1) await gzipBytes(`http://127.0.0.1:${port}${i % 2 ? article : "/"}`);
        rssMb[kind].push(treeRssMb(server.pid));
        await server.stop();
      }
    }
    printTable(
      ["server", "cold start p50", "min", "max", "RSS after 200 requests p50"],
      kinds.map((kind) => [kind, `${fixed(median(coldMs[kind]))} ms`, `${fixed(Math.min(...coldMs[kind]))} ms`, `${fixed(Math.max(...coldMs[kind]))} ms`, `${fixed(median(rssMb[kind]), 1)} MB`]),
    );
    console.log(`standalone/next start: cold start ${fixed(median(coldMs.standalone) / median(coldMs["next start"]), 2)}, RSS ${fixed(median(rssMb.standalone) / median(rssMb["next start"]), 2)}`);

    // Throughput: next start alone, one standalone alone, and nginx in front of two standalone instances.
    const [nextPort, port1, port2, proxyPort] = (await freePorts(4, freePort)) as [number, number, number, number];
    const nextStart = launch("next start", databaseUrl, nextPort);
    const web1 = launch("standalone", databaseUrl, port1);
    const web2 = launch("standalone", databaseUrl, port2);
    await Promise.all([waitFor200(`http://127.0.0.1:${nextPort}${article}`, nextStart), waitFor200(`http://127.0.0.1:${port1}${article}`, web1), waitFor200(`http://127.0.0.1:${port2}${article}`, web2)]);
    const nginx = await startNginx(root, nginxDir, { port: proxyPort, upstreams: [`127.0.0.1:${port1}`, `127.0.0.1:${port2}`], staticDir: path.join(root, ".next/standalone/.next/static") });
    await waitFor200(`http://127.0.0.1:${proxyPort}${article}`, undefined);
    const targets = [
      { name: "next start alone", url: `http://127.0.0.1:${nextPort}${article}`, pids: [nextStart.pid] },
      { name: "standalone alone", url: `http://127.0.0.1:${port1}${article}`, pids: [web1.pid] },
      { name: "nginx -> 2 standalone", url: `http://127.0.0.1:${proxyPort}${article}`, pids: [nginx.pid, web1.pid, web2.pid] },
    ];
    // Interleaved rounds, so a neighbour's load falls on every path alike; the median round is reported.
    const samples = targets.map(() => [] as CannonResult[]);
    // CPU per request of everything serving the path: a fairer figure than req/s on a shared host.
    const cpuMs = targets.map(() => ({ seconds: 0, requests: 0 }));
    const cpuOf = (pids: number[]) => pids.reduce((sum, pid) => sum + processTreeCpuSeconds(pid), 0);
    for (const target of targets) await cannon(target.url, warmup);
    for (let round = 0; round < rounds; round += 1) {
      for (const [i, target] of targets.entries()) {
        const before = cpuOf(target.pids);
        const result = await cannon(target.url, duration);
        cpuMs[i]!.seconds += cpuOf(target.pids) - before;
        cpuMs[i]!.requests += result.requests.total;
        samples[i]!.push(result);
      }
    }
    const rps = samples.map((results) => median(results.map((result) => result.requests.mean)));
    const rows: string[][] = [];
    for (const [i, target] of targets.entries()) {
      const wire = await gzipBytes(target.url);
      const middle = samples[i]!.find((result) => result.requests.mean === rps[i])!;
      const failures = samples[i]!.reduce((sum, result) => sum + result.errors + result.non2xx, 0);
      rows.push([target.name, `${fixed(wire.bytes / 1024, 1)} KB`, wire.encoding, fixed(rps[i]!), `${fixed((cpuMs[i]!.seconds * 1000) / cpuMs[i]!.requests, 2)} ms`, `${fixed(middle.latency.p50)} ms`, `${fixed(middle.latency.p97_5)} ms`, String(failures)]);
    }
    printTable(["path", "article bytes", "encoding", "req/s", "CPU a request", "p50", "p97.5", "errors"], rows);
    console.log(`nginx/next start alone: req/s ${fixed(rps[2]! / rps[0]!, 2)}; standalone/next start: req/s ${fixed(rps[1]! / rps[0]!, 2)}`);
  } finally {
    await stopAll();
    rmSync(nginxDir, { recursive: true, force: true });
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
