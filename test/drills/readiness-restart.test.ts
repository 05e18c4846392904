// Drill: /api/ready while Postgres stops and comes back. The real route
// handler is asked every 100 ms against a private cluster; it must answer
// 503 (naming the database) within seconds of the stop, never take longer
// than its deadline to answer, and answer 200 again soon after Postgres is
// back, with the same process and pool: no restart of the app.
import { afterAll, beforeAll, describe, it } from "vitest";
import { openDatabase, setDatabaseForTesting } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { reportDrill, seconds } from "@/test/drill-verdict";
import { privatePostgresSupport, startPrivatePostgres, type PrivatePostgres } from "@/test/private-postgres";
import { GET as ready } from "@/app/api/ready/route";

const support = privatePostgresSupport();
const skipReason = !process.env.TEST_DATABASE_URL
  ? "runs in the Postgres pass of the suite (TEST_DATABASE_URL)"
  : !support.ok
    ? support.reason
    : null;
if (skipReason) console.log(`[drill] readiness-restart skipped: ${skipReason}`);

const downMs = 5_000;

type Probe = { at: number; status: number; tookMs: number; failed: string[] };

describe.skipIf(skipReason !== null)("readiness while Postgres stops and starts again", () => {
  let pg: PrivatePostgres;
  let handle: ReturnType<typeof openDatabase>;

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    handle = openDatabase(pg.url);
    await migrateDatabase(handle.db, "postgres");
    setDatabaseForTesting(handle);
  });
  afterAll(async () => {
    setDatabaseForTesting(undefined);
    await handle?.close();
    await pg?.dispose();
  });

  it("goes 503 within seconds of the stop and 200 again after the start, by itself", async () => {
    const probes: Probe[] = [];
    let probing = true;
    const probeLoop = (async () => {
      while (probing) {
        const at = Date.now();
        const response = await ready();
        const body = (await response.json()) as { failed: string[] };
        probes.push({ at, status: response.status, tookMs: Date.now() - at, failed: body.failed });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();

    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const { stoppedAt, upAt } = await pg.restart({ mode: "fast", downMs });
    const recovered = async () => probes.some((probe) => probe.at > upAt && probe.status === 200);
    const deadline = Date.now() + 15_000;
    while (!(await recovered()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    probing = false;
    await probeLoop;

    const before = probes.filter((probe) => probe.at < stoppedAt - 200);
    const firstDown = probes.find((probe) => probe.at >= stoppedAt && probe.status === 503);
    const firstUp = probes.find((probe) => probe.at > upAt && probe.status === 200);
    const slowest = Math.max(...probes.map((probe) => probe.tookMs));
    const notReadyFor = firstDown && firstUp ? firstUp.at + firstUp.tookMs - firstDown.at : NaN;

    const checks = [
      { name: "ready before the stop", ok: before.length > 0 && before.every((probe) => probe.status === 200) },
      { name: "503 within 3 s of the stop", ok: firstDown !== undefined && firstDown.at + firstDown.tookMs - stoppedAt < 3_000 },
      { name: "the database check is the one named", ok: firstDown?.failed.includes("database") === true },
      { name: "200 within 5 s of the start", ok: firstUp !== undefined && firstUp.at + firstUp.tookMs - upAt < 5_000 },
      { name: "no probe took over 3 s", ok: slowest < 3_000 },
    ];
    reportDrill(
      "readiness-restart",
      {
        probes: probes.length,
        "503 after stop (s)": firstDown ? seconds(firstDown.at + firstDown.tookMs - stoppedAt) : "never",
        "200 after start (s)": firstUp ? seconds(firstUp.at + firstUp.tookMs - upAt) : "never",
        "not ready for (s)": Number.isNaN(notReadyFor) ? "?" : seconds(notReadyFor),
        "slowest probe (ms)": slowest,
      },
      checks,
    );
  });
});
