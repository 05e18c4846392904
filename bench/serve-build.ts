// Runs the production build (`next start`) for a benchmark: on a free port,
// with no database configured, stopped by its own PID (npx would leave the
// next-server child behind). Shared by bench/article.ts and bench/lighthouse.ts.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import path from "node:path";

// With no DATABASE_URL the app opens PGlite in .data; start-up (instrumentation.ts) migrates and seeds it.
export type DataDirState = "absent" | "existed before the server started" | "created at start-up, before any page request" | "created after start-up, while pages were requested";

export type NextServer = {
  origin: string;
  pid: number;
  /** The server's last lines of output, for error messages. */
  output: () => string;
  /** When `.data` (the PGlite folder) appeared, if it did. */
  dataDir: () => DataDirState;
  stop: () => Promise<void>;
};

/** Fails with a clear message when `npm run build` has not run in `root`. */
export function assertBuilt(root: string): void {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error(`No production build in ${root}: .next/BUILD_ID is missing. Run \`npm run build\` first.`);
  }
}

/** The article whose MDX source is the largest file in content/. */
export function longestArticle(root: string): { slug: string; bytes: number } {
  const dir = path.join(root, "content");
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => ({ slug: name.slice(0, -".mdx".length), bytes: statSync(path.join(dir, name)).size }))
    .sort((a, b) => b.bytes - a.bytes);
  if (!files[0]) throw new Error(`No .mdx articles in ${dir}`);
  return files[0];
}

/** Every article's slug, in order. */
export function allArticles(root: string): string[] {
  return readdirSync(path.join(root, "content"))
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => name.slice(0, -".mdx".length))
    .sort();
}

/** Any free port, or one in TEST_PORT_RANGE ("4100-4199") when several checkouts share the machine. */
export async function freePort(): Promise<number> {
  const range = process.env.TEST_PORT_RANGE?.match(/^(\d+)-(\d+)$/);
  if (!range) return listenOn(0);
  const [low, high] = [Number(range[1]), Number(range[2])];
  const start = low + Math.floor(Math.random() * (high - low + 1));
  for (let step = 0; step <= high - low; step += 1) {
    const port = low + ((start - low + step) % (high - low + 1));
    if (await listenOn(port).then(() => true, () => false)) return port;
  }
  throw new Error(`No free port in TEST_PORT_RANGE ${range[0]}`);
}

function listenOn(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(port, () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Any HTTP answer counts as up: a page that fails to render is the benchmark's finding, not a start-up failure. */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(url, { timeout: 2000 }, (res) => {
      res.resume();
      res.on("end", () => resolve(true));
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => req.destroy());
    req.end();
  });
}

type StartOptions = {
  readyPath?: string;
  timeoutMs?: number;
  /** Added to the server's environment: DATABASE_URL here gives it a database (none by default). */
  env?: Record<string, string>;
};

export async function startNext(root: string, { readyPath = "/", timeoutMs = 60_000, env: extraEnv = {} }: StartOptions = {}): Promise<NextServer> {
  assertBuilt(root);
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const hadDataDir = existsSync(path.join(root, ".data"));
  // Public pages are static; nothing should reach a database, so none is configured unless the caller gives one.
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: "bench", AUTH_URL: origin, NODE_ENV: "production" };
  delete env.DATABASE_URL;
  Object.assign(env, extraEnv);

  const child = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port)], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async () => {
    if (!running || child.pid === undefined) return;
    process.kill(child.pid, "SIGTERM");
    const timer = setTimeout(() => running && child.pid !== undefined && process.kill(child.pid, "SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };
  // Ctrl-C during a run must not leave the server behind.
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  void exited.then(() => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  });

  const server: NextServer = {
    origin,
    pid: child.pid ?? -1,
    output: () => log.trim(),
    dataDir: () => {
      if (hadDataDir) return "existed before the server started";
      if (dataDirAtReady) return "created at start-up, before any page request";
      return existsSync(path.join(root, ".data")) ? "created after start-up, while pages were requested" : "absent";
    },
    stop,
  };
  let dataDirAtReady = false;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!running) throw new Error(`next start exited before answering:\n${server.output()}`);
    if (await answers(origin + readyPath)) {
      dataDirAtReady = existsSync(path.join(root, ".data"));
      return server;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start did not answer ${readyPath} within ${timeoutMs / 1000} s:\n${server.output()}`);
}

/** CPU seconds used so far by a process and all its descendants (Linux /proc; NaN elsewhere). */
export function processTreeCpuSeconds(rootPid: number): number {
  try {
    const stats = readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .flatMap((pid) => {
        try {
          // Fields after the ")" that ends the command name: state ppid ... utime(12th) stime(13th).
          const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
          return [{ pid: Number(pid), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }];
        } catch {
          return []; // the process ended while we read
        }
      });
    const tree = new Set([rootPid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const stat of stats) {
        if (!tree.has(stat.pid) && tree.has(stat.ppid)) {
          tree.add(stat.pid);
          grew = true;
        }
      }
    }
    // Linux reports these in USER_HZ, 100 per second on every mainstream architecture.
    return stats.filter((stat) => tree.has(stat.pid)).reduce((sum, stat) => sum + stat.ticks, 0) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Resident memory of a process and its descendants, in MB (Linux /proc). */
export function treeRssMb(rootPid: number): number {
  const procs = readdirSync("/proc").filter((name) => /^\d+$/.test(name)).flatMap((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      return [{ pid: Number(pid), ppid: Number(stat[1]), rssKb: rss }];
    } catch {
      return [];
    }
  });
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const proc of procs) {
      if (tree.has(proc.pid) || !tree.has(proc.ppid)) continue;
      tree.add(proc.pid);
      grew = true;
    }
  }
  return procs.filter((proc) => tree.has(proc.pid)).reduce((sum, proc) => sum + proc.rssKb, 0) / 1024;
}

/** Busy and total CPU ticks of the whole host so far (Linux /proc/stat; undefined elsewhere). */
export function hostTicks(): { busy: number; total: number } | undefined {
  try {
    const values = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = values.reduce((sum, value) => sum + value, 0);
    return { busy: total - (values[3] ?? 0) - (values[4] ?? 0), total };
  } catch {
    return undefined;
  }
}

/** Share of all cores busy between two hostTicks() readings. */
export function busyShare(before: ReturnType<typeof hostTicks>, after: ReturnType<typeof hostTicks>): number {
  if (!before || !after || after.total === before.total) return Number.NaN;
  return (after.busy - before.busy) / (after.total - before.total);
}

/** Share of all cores busy over `ms` milliseconds. */
export async function hostBusy(ms: number): Promise<number> {
  const before = hostTicks();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return busyShare(before, hostTicks());
}

export function printTable(headers: string[], rows: string[][]): void {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? "").length)));
  // Columns of figures align right, text columns left.
  const numeric = headers.map((_, i) => rows.every((row) => /^(|-?[\d.,]+(%| ms| s| KB)?|n\/a)$/.test((row[i] ?? "").replace(/\u00a0/g, " "))));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(" | ")} |`;
  console.log(line(headers));
  console.log(`|${widths.map((width, i) => (numeric[i] ? `${"-".repeat(width + 1)}:` : "-".repeat(width + 2))).join("|")}|`);
  for (const row of rows) console.log(line(row));
}
