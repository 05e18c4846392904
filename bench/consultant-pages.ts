// What the consultant pages cost one at a time: for one consultant with a
// 500-candidate caseload in the load seed, each page's HTML as served
// (gzip) and decoded, the inline RSC payload inside it, and the median time and
// the server's CPU time of a few requests one after another. It answers "how big is the pipeline?"
// without the mixed load of bench/load.ts, on the same build, server and seed.
// Run: npx tsx --import ./scripts/server-only-shim.mjs bench/consultant-pages.ts (bench/README.md)
import { mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { parseArgs } from "node:util";
import { fetchRaw, inlineScriptBytes, kb } from "./page-bytes";
import { startLoadServer, type LoadServer } from "./load-server";
import { createLoadDatabase, seedLoadWorld } from "./load-world";
import { hostBusy, printTable, processTreeCpuSeconds } from "./serve-build";

const { values: args } = parseArgs({
  options: {
    candidates: { type: "string", default: "10000" },
    times: { type: "string", default: "20" },
    paths: { type: "string" },
    "db-prefix": { type: "string", default: "next_steps_pages_" },
    /** A folder to write each page's decoded HTML to, to read what the bytes are. */
    save: { type: "string" },
  },
});
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
/** The two pages, and the views a consultant reaches from them. */
const defaultPaths = ["/consultant/pipeline", "/consultant", "/consultant/pipeline?stage=awaiting_decision", "/consultant/pipeline?stage=awaiting_decision&page=2", "/consultant/pipeline?q=khan"];
const paths = args.paths ? args.paths.split(",") : defaultPaths;

async function measure(server: LoadServer, page: string, token: string, times: number) {
  const elapsed: number[] = [];
  let last: Awaited<ReturnType<typeof fetchRaw>> | undefined;
  const cpuBefore = processTreeCpuSeconds(server.pid);
  for (let i = 0; i < times; i += 1) {
    last = await fetchRawWithCookie(server.origin + page, token);
    if (last.status !== 200) throw new Error(`GET ${page} answered ${last.status}`);
    elapsed.push(last.ms);
  }
  const cpuMs = ((processTreeCpuSeconds(server.pid) - cpuBefore) * 1000) / times;
  const html = last!.raw.toString("utf8");
  const { payload, payloadText } = inlineScriptBytes(html);
  if (args.save) writeFileSync(path.join(args.save, `${page.replace(/[^a-z0-9]+/gi, "_")}.html`), html);
  elapsed.sort((a, b) => a - b);
  return { page, served: last!.served.length, raw: last!.raw.length, payload, payloadGzip: gzipSync(payloadText).length, ms: elapsed[Math.floor(times / 2)]!, cpuMs };
}

function fetchRawWithCookie(url: string, token: string) {
  return fetchRaw(url, "gzip", { cookie: `authjs.session-token=${token}` });
}

async function main() {
  if (args.save) mkdirSync(args.save, { recursive: true });
  console.log(`Host before starting: ${Math.round((await hostBusy(3_000)) * 100)}% of all cores busy over 3 s`);
  const database = await createLoadDatabase(serverUrl, args["db-prefix"]);
  let server: LoadServer | undefined;
  const stop = async () => {
    await server?.stop();
    await database.drop();
  };
  process.once("SIGINT", () => void stop().then(() => process.exit(130)));
  try {
    const world = await seedLoadWorld(database.url, { candidates: Number(args.candidates), sample: 1, now: new Date() });
    server = await startLoadServer(process.cwd(), database.url);
    const consultant = world.consultants.find((c) => c.candidates === 500) ?? world.consultants[0]!;
    console.log(`Consultant with ${consultant.candidates} candidates; next start on ${server.origin}\n`);
    // Unmeasured rounds: routes loaded, pools open, the hot code compiled.
    for (let round = 0; round < 10; round += 1) for (const path of paths) await fetchRawWithCookie(server.origin + path, consultant.token);
    const rows = [];
    for (const path of paths) rows.push(await measure(server, path, consultant.token, Number(args.times)));
    printTable(
      ["page", "HTML KB (gzip)", "HTML KB (decoded)", "RSC payload KB (decoded)", "RSC payload KB (gzip alone)", "median ms", "server CPU ms"],
      rows.map((r) => [r.page, kb(r.served), kb(r.raw), kb(r.payload), kb(r.payloadGzip), r.ms.toFixed(0), r.cpuMs.toFixed(1)]),
    );
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
