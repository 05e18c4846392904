// Child processes of the topology run: started with their output kept for
// error messages, stopped by their own PID (never by name), and polled until
// they answer.
import { spawn, type ChildProcess } from "node:child_process";

export type Running = { name: string; pid: number; output: () => string; exited: Promise<number | null>; stop: () => Promise<void> };

const running = new Set<Running>();

export function start(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Running {
  const child: ChildProcess = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-6000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let alive = true;
  void exited.then(() => (alive = false));
  const handle: Running = {
    name,
    pid: child.pid ?? -1,
    output: () => log.trim(),
    exited,
    stop: async () => {
      running.delete(handle);
      if (!alive || child.pid === undefined) return;
      process.kill(child.pid, "SIGTERM");
      const timer = setTimeout(() => alive && child.pid !== undefined && process.kill(child.pid, "SIGKILL"), 8000);
      await exited;
      clearTimeout(timer);
    },
  };
  running.add(handle);
  return handle;
}

/** Runs a command to its end; throws with its output if it fails. */
export async function run(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<string> {
  const child = start(name, command, args, options);
  const code = await child.exited;
  running.delete(child);
  if (code !== 0) throw new Error(`${name} exited with ${code}:\n${child.output()}`);
  return child.output();
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => child.stop()));
}

/** Polls `url` until it answers 200; fails early if `child` exits. */
export async function waitFor200(url: string, child: Running | undefined, timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  let exited = false;
  void child?.exited.then(() => (exited = true));
  while (Date.now() - started < timeoutMs) {
    if (exited) throw new Error(`${child!.name} exited before ${url} answered:\n${child!.output()}`);
    const status = await fetch(url, { signal: AbortSignal.timeout(2000) }).then((response) => response.status, () => 0);
    if (status === 200) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s${child ? `:\n${child.output()}` : ""}`);
}

/** `count` different free ports: freePort alone may return one twice while nothing listens on it yet. */
export async function freePorts(count: number, freePort: () => Promise<number>): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}
