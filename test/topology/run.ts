// CI's production-topology step (.ci/run, after "Build"): from this
// checkout's build, a production-only install (production-install.ts), one
// fresh Postgres database migrated and seeded by the bundled scripts, two
// standalone servers and one worker on it, nginx in front configured from
// deploy/nginx/next-steps.conf, mail to the local fake Resend API; then the
// smoke walk (smoke.ts). Run: `npx tsx test/topology/run.ts [work dir]`.
//
// TOPOLOGY_BREAK shows the walk failing when the topology is wrong:
//   client-address   the app ignores the proxy's X-Forwarded-For (TRUSTED_PROXY_HOPS=0)
//   forged-address   the app trusts one hop too many (TRUSTED_PROXY_HOPS=2)
//   second-instance  instance 2 has a database of its own (and the proxy sends nothing to it)
//   double-delivery  the consultant's email is queued a second time once the first is sent
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { freePort, longestArticle } from "@/bench/serve-build";
import { startFakeResend } from "@/test/fake-resend";
import { startNginx } from "./nginx";
import { prepareProductionInstall } from "./production-install";
import { freePorts, run, start, stopAll, waitFor200, type Running } from "./processes";
import { smokeWalk } from "./smoke";

const root = path.resolve(import.meta.dirname, "../..");
const workDir = path.resolve(process.argv[2] ?? "/tmp/next-steps-topology");
const adminUrl = process.env.TOPOLOGY_ADMIN_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const broken = process.env.TOPOLOGY_BREAK ?? "";
const breaks = ["", "client-address", "forged-address", "second-instance", "double-delivery"];
if (!breaks.includes(broken)) throw new Error(`TOPOLOGY_BREAK must be one of: ${breaks.filter(Boolean).join(", ")}`);

const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
const databases: string[] = [];

async function createDatabase(): Promise<string> {
  const name = `topology_${Date.now()}_${process.pid}_${databases.length}`;
  await admin.unsafe(`create database "${name}"`);
  databases.push(name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main(): Promise<void> {
  const started = Date.now();
  const install = await prepareProductionInstall(root, workDir);
  console.log(`[topology] production install ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${workDir})`);

  const resend = await startFakeResend();
  const [proxyPort, port1, port2] = (await freePorts(3, freePort)) as [number, number, number];
  const proxy = `http://localhost:${proxyPort}`;
  const databaseUrl = await createDatabase();
  const common: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "topology-only-secret-0b7e5c2a91",
    AUTH_URL: proxy,
    RESEND_API_KEY: "re_topology",
    RESEND_BASE_URL: resend.baseUrl,
    RESEND_REQUESTS_PER_SECOND: "50",
    EMAIL_FROM: "Next Steps <no-reply@next-steps.localhost>",
    TRUSTED_PROXY_HOPS: { "client-address": "0", "forged-address": "2" }[broken] ?? "1",
    WORKER_INTERVAL_MS: "500",
  };
  const tasks = (script: string) => run(script, process.execPath, ["--enable-source-maps", `dist/scripts/${script}.mjs`], { cwd: install.tasks, env: common });
  console.log(`[topology] ${(await tasks("db-migrate")).split("\n").at(-1)}; ${(await tasks("db-seed")).split("\n").at(-1)}`);

  let secondDatabase = databaseUrl;
  if (broken === "second-instance") {
    secondDatabase = await createDatabase();
    await run("db-seed (instance 2's own database)", process.execPath, ["dist/scripts/db-seed.mjs"], { cwd: install.tasks, env: { ...common, DATABASE_URL: secondDatabase } });
  }
  const web = (n: number, port: number, database: string): Running =>
    start(`web ${n}`, process.execPath, ["server.js"], {
      cwd: install.web,
      env: { ...common, DATABASE_URL: database, PORT: String(port), HOSTNAME: "127.0.0.1", WORKER_IN_PROCESS: "0", PGAPPNAME: `topology-web-${n}` },
    });
  const web1 = web(1, port1, databaseUrl);
  const web2 = web(2, port2, secondDatabase);
  const worker = start("worker", process.execPath, ["--enable-source-maps", "dist/scripts/worker.mjs"], { cwd: install.tasks, env: { ...common, PGAPPNAME: "topology-worker" } });
  // Broken that way, the proxy sends everything to instance 1, so signing in works and the walk reaches the read on instance 2.
  const upstreams = broken === "second-instance" ? [port1] : [port1, port2];
  const nginx = await startNginx(root, workDir, { port: proxyPort, upstreams: upstreams.map((port) => `127.0.0.1:${port}`), staticDir: path.join(install.web, ".next/static") });
  const instances: [string, string] = [`http://localhost:${port1}`, `http://localhost:${port2}`];
  // Ready: the database answers and is migrated to this build's head; then the proxy reaches an instance.
  await Promise.all([waitFor200(`${instances[0]}/api/ready`, web1), waitFor200(`${instances[1]}/api/ready`, web2)]);
  await waitFor200(`${proxy}/api/health`, nginx);
  console.log(`[topology] up in ${((Date.now() - started) / 1000).toFixed(1)} s: nginx ${proxy} -> ${instances.join(", ")}; worker pid ${worker.pid}`);

  if (broken === "double-delivery") void queueConsultantEmailAgain(databaseUrl, resend);
  const findings = await smokeWalk({ proxy, instances, resend, articlePath: `/advice/${longestArticle(root).slug}` });
  for (const finding of findings) console.log(`[topology] ok: ${finding}`);
  console.log(`[topology] ok: ${await compressedByProxy(proxy, install.web)}`);
  console.log(`[topology] PASS in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Pages compressed by nginx, and static files sent as the .gz the build wrote (its exact length: gzip_static, not gzip on the fly). */
async function compressedByProxy(proxy: string, web: string): Promise<string> {
  const page = await fetch(`${proxy}/advice`, { headers: { "accept-encoding": "gzip" } });
  if (page.status !== 200 || page.headers.get("content-encoding") !== "gzip") throw new Error(`smoke: nginx sent /advice ${page.status}, ${page.headers.get("content-encoding") ?? "uncompressed"}`);
  const chunks = path.join(web, ".next/static/chunks");
  const script = readdirSync(chunks).find((name) => name.endsWith(".js") && existsSync(path.join(chunks, `${name}.gz`)));
  if (!script) throw new Error("smoke: no pre-compressed script in the standalone build");
  const response = await fetch(`${proxy}/_next/static/chunks/${script}`, { headers: { "accept-encoding": "gzip" } });
  const expected = statSync(path.join(chunks, `${script}.gz`)).size;
  const sent = Number(response.headers.get("content-length"));
  if (response.status !== 200 || response.headers.get("content-encoding") !== "gzip" || sent !== expected) {
    throw new Error(`smoke: /_next/static/chunks/${script} came ${response.status}, ${response.headers.get("content-encoding")}, ${sent} bytes (the .gz is ${expected})`);
  }
  if (!response.headers.get("cache-control")?.includes("immutable")) throw new Error("smoke: static files are not cached as immutable");
  return `/advice gzipped by nginx; ${script} sent as its pre-compressed .gz (${expected} bytes), immutable`;
}

/** The broken variant: once the worker has sent the email, the outbox gets a second copy of it. */
async function queueConsultantEmailAgain(databaseUrl: string, resend: Awaited<ReturnType<typeof startFakeResend>>): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  for (let tries = 0; tries < 600; tries += 1) {
    const sent = resend.delivered.find((message) => message.subject.endsWith("is now your candidate") && message.ref);
    if (sent) {
      await sql`insert into email_outbox (idempotency_key, user_id, recipient, template, subject, html, text)
        select idempotency_key || ':again', user_id, recipient, template, subject, html, text from email_outbox where id = ${sent.ref!}`;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await sql.end();
}

async function runOnce(): Promise<number> {
  try {
    await main();
    return 0;
  } catch (error) {
    console.error(`[topology] FAIL${broken ? ` (TOPOLOGY_BREAK=${broken})` : ""}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await stopAll();
    for (const name of databases) await admin.unsafe(`drop database if exists "${name}" with (force)`).catch(() => {});
    await admin.end();
  }
}

void runOnce().then((code) => process.exit(code));
