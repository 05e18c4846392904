// A throwaway Postgres cluster of the drill's own (initdb in a temporary
// folder, its own port and socket folder), so a drill can stop, crash and
// restart the server without touching the one other tests share. Postgres
// refuses to run as root, so as root the server programs run as the
// `postgres` user.
import { execFile, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "@/bench/serve-build";

const execFileAsync = promisify(execFile);

export type StopMode = "fast" | "immediate";

export type PrivatePostgres = {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  /**
   * Stops the server (`fast` ends sessions cleanly, `immediate` is a crash), keeps it down for `downMs`, starts it
   * again; resolves once it accepts connections. `whileDown` runs as soon as the server has stopped.
   */
  restart: (options: { mode: StopMode; downMs: number; whileDown?: () => void }) => Promise<{ stoppedAt: number; upAt: number }>;
  dispose: () => Promise<void>;
};

/** Where the Postgres server programs are, or why a private cluster cannot be made here. */
export function privatePostgresSupport(): { ok: true; binDir: string } | { ok: false; reason: string } {
  const binDir = process.env.PG_BIN_DIR ?? newestPostgresBinDir();
  if (!binDir || !existsSync(path.join(binDir, "initdb"))) {
    return { ok: false, reason: "no Postgres server programs (initdb, pg_ctl) found; set PG_BIN_DIR" };
  }
  if (process.getuid?.() === 0 && !postgresUser()) {
    return { ok: false, reason: "running as root and there is no `postgres` user to run the server as" };
  }
  return { ok: true, binDir };
}

function newestPostgresBinDir(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
  return versions.map((version) => path.join(root, version, "bin")).find((dir) => existsSync(path.join(dir, "initdb")));
}

function postgresUser(): { uid: number; gid: number } | undefined {
  const found = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  if (found.status !== 0) return undefined;
  const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  return { uid: Number(found.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const support = privatePostgresSupport();
  if (!support.ok) throw new Error(support.reason);
  const owner = process.getuid?.() === 0 ? postgresUser() : undefined;
  // Short: the socket path must fit in 107 bytes.
  const dir = mkdtempSync(path.join(os.tmpdir(), "pgdrill-"));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "server.log");
  const port = await freePort();

  // Asynchronous: the drill's fake API and load keep running while the server stops and starts.
  const run = async (program: string, args: string[]) => {
    const command = path.join(support.binDir, program);
    const [file, argv] = owner ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
    await execFileAsync(file, argv, { cwd: dir, timeout: 60_000 });
  };
  const serverOptions = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses=127.0.0.1",
    "-c max_connections=200",
    "-c shared_buffers=32MB",
  ].join(" ");
  const start = () => run("pg_ctl", ["start", "-w", "-t", "60", "-D", dataDir, "-l", logFile, "-o", serverOptions]);
  const stop = (mode: StopMode) => run("pg_ctl", ["stop", "-w", "-t", "60", "-D", dataDir, "-m", mode]);

  try {
    await run("initdb", ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
    await start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  // A test runner that exits mid-drill must not leave a server behind; at exit only synchronous work runs.
  const stopAtExit = () => {
    const command = path.join(support.binDir, "pg_ctl");
    const args = ["stop", "-D", dataDir, "-m", "immediate"];
    spawnSync(owner ? "runuser" : command, owner ? ["-u", "postgres", "--", command, ...args] : args, { stdio: "ignore" });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stopAtExit);

  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async restart({ mode, downMs, whileDown }) {
      await stop(mode);
      const stoppedAt = Date.now();
      whileDown?.();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await start();
      return { stoppedAt, upAt: Date.now() };
    },
    dispose: async () => {
      process.removeListener("exit", stopAtExit);
      await stop("immediate").catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
