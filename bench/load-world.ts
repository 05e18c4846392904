// The database behind bench/load.ts: a throwaway Postgres database, migrated
// with the committed migrations, the 10,000-candidate pipeline seed, and
// Auth.js database sessions for a sample of candidates and every consultant,
// so the load signs in the way a browser does (one cookie) without the mailbox.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { openDatabase } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { seedPipeline } from "./pipeline-seed";

export type SignedInCandidate = { token: string; id: string; applicationIds: string[]; interviews: { id: string; applicationId: string }[] };
export type SignedInConsultant = { token: string; id: string; candidates: number };
export type LoadWorld = { url: string; name: string; candidates: SignedInCandidate[]; consultants: SignedInConsultant[]; drop: () => Promise<void> };

/** Creates and migrates `<prefix><random>`; the caller must call drop(), also after a failure further on. */
export async function createLoadDatabase(serverUrl: string, prefix: string): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `${prefix}${randomBytes(5).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  };
  const handle = openDatabase(url.toString());
  try {
    // The same migrator `npm run db:migrate` runs.
    await migrateDatabase(handle.db, "postgres");
    await handle.close();
  } catch (error) {
    await handle.close();
    await drop();
    throw error;
  }
  return { url: url.toString(), name, drop };
}

/** Seeds the database and signs in `sample` candidates (each with at least one interview) and every consultant. */
export async function seedLoadWorld(url: string, options: { candidates: number; sample: number; now: Date }): Promise<Omit<LoadWorld, "url" | "name" | "drop">> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const started = performance.now();
    const { counts } = await seedPipeline(sql, { candidates: options.candidates, caseload: 500, now: options.now });
    console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(", ")}`);

    // A fixed pseudo-random sample (md5 of the id), the same at every run of the same seed.
    const rows = await sql<{ id: string; application_ids: string[]; interviews: { id: string; applicationId: string }[] }[]>`
      select u.id,
        (select array_agg(a.id order by a.created_at) from applications a where a.candidate_id = u.id) as application_ids,
        (select json_agg(json_build_object('id', i.id, 'applicationId', i.application_id) order by i.starts_at) from interviews i where i.candidate_id = u.id) as interviews
      from users u
      where u.role = 'candidate' and exists (select 1 from interviews i where i.candidate_id = u.id)
      order by md5(u.id::text)
      limit ${options.sample}`;
    const consultantRows = await sql<{ id: string; candidates: number }[]>`
      select c.id, (select count(*) from users u where u.consultant_id = c.id)::int as candidates
      from users c where c.role = 'consultant' order by c.email`;

    const expires = new Date(options.now.getTime() + 7 * 86_400_000);
    const session = () => randomBytes(32).toString("hex");
    const candidates = rows.map((row) => ({ token: session(), id: row.id, applicationIds: row.application_ids, interviews: row.interviews }));
    const consultants = consultantRows.map((row) => ({ token: session(), id: row.id, candidates: row.candidates }));
    const sessionRows = [...candidates, ...consultants].map((person) => ({ session_token: person.token, user_id: person.id, expires }));
    await sql`insert into sessions ${sql(sessionRows)}`;
    await sql`analyze sessions`;
    return { candidates, consultants };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** pids of the Postgres backends serving `database` now, to count their CPU time. */
export async function backendPids(serverUrl: string, database: string): Promise<number[]> {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${database}`;
    return rows.map((row) => row.pid);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
