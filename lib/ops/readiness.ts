import "server-only";
import { and, eq, lt, lte, max, min, or, sql } from "drizzle-orm";
import { bigint, pgSchema, serial, text } from "drizzle-orm/pg-core";
import type { Database } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema/delivery";
import journal from "@/lib/db/migrations/meta/_journal.json";

// What /api/ready asks: can this process reach its database, is the database at
// the migrations this build shipped with, and is the outbox keeping up. Each
// check answers within a bounded time, so a hung database makes the probe fail
// rather than hang.

/** Drizzle's own bookkeeping (both migrators write it); kept out of lib/db/schema so drizzle-kit never manages it. */
const appliedMigrations = pgSchema("drizzle").table("__drizzle_migrations", {
  id: serial("id").primaryKey(),
  hash: text("hash").notNull(),
  createdAt: bigint("created_at", { mode: "number" }),
});

/** The newest migration shipped with this build: drizzle records each by its journal `when`. */
export const shippedHead = journal.entries.reduce((newest, entry) => (entry.when > newest.when ? entry : newest));

export type CheckName = "database" | "migrations" | "outbox";
export type CheckResult = { ok: boolean; detail: string };
export type Readiness = { ready: boolean; failed: CheckName[]; checks: Record<CheckName, CheckResult> };
export type ReadinessOptions = { now: Date; outboxMaxAgeMs: number; timeoutMs?: number };

const notChecked = (why: string): CheckResult => ({ ok: false, detail: `not checked: ${why}` });

export async function checkReadiness(db: Database, { now, outboxMaxAgeMs, timeoutMs = 2_000 }: ReadinessOptions): Promise<Readiness> {
  // A little longer than the statement timeout, so a slow query reports as the server's own cancellation.
  const checks = await withDeadline(timeoutMs + 500, () => runChecks(db, now, outboxMaxAgeMs, timeoutMs)).catch(
    (error: unknown): Record<CheckName, CheckResult> => ({
      database: { ok: false, detail: failure(error) },
      migrations: notChecked("the database did not answer"),
      outbox: notChecked("the database did not answer"),
    }),
  );
  const failed = (Object.keys(checks) as CheckName[]).filter((name) => !checks[name].ok);
  return { ready: failed.length === 0, failed, checks };
}

async function runChecks(db: Database, now: Date, outboxMaxAgeMs: number, timeoutMs: number): Promise<Record<CheckName, CheckResult>> {
  // Each in its own transaction: an error in one (no tables yet) must not abort the others.
  const bounded = <T>(work: (tx: Database) => Promise<T>) =>
    db.transaction(async (tx) => {
      // The server gives up on a slow statement itself; the deadline covers a connection that never comes.
      await tx.execute(sql.raw(`set local statement_timeout = ${Math.max(1, Math.floor(timeoutMs))}`));
      return work(tx);
    });
  await bounded((tx) => tx.execute(sql`select 1`));
  const database = { ok: true, detail: "answered" };
  const migrations = await bounded(checkMigrations).catch((error: unknown) =>
    isMissingTable(error) ? { ok: false, detail: "no migrations applied: run npm run db:migrate" } : { ok: false, detail: failure(error) },
  );
  const outbox = await bounded((tx) => checkOutbox(tx, now, outboxMaxAgeMs)).catch((error: unknown) =>
    isMissingTable(error) ? notChecked("there is no outbox table yet") : { ok: false, detail: failure(error) },
  );
  return { database, migrations, outbox };
}

async function checkMigrations(db: Database): Promise<CheckResult> {
  const [row] = await db.select({ newest: max(appliedMigrations.createdAt) }).from(appliedMigrations);
  const newest = row?.newest === null || row?.newest === undefined ? null : Number(row.newest);
  // A database ahead of this build is fine: a rolling release migrates before its new instances start.
  if (newest !== null && newest >= shippedHead.when) return { ok: true, detail: `at ${shippedHead.tag} or later` };
  return { ok: false, detail: `behind: this build expects ${shippedHead.tag}; run npm run db:migrate` };
}

/** Due: pending and past its next attempt, or claimed by a worker whose lease ran out. */
export async function oldestDueSince(db: Database, now: Date): Promise<Date | null> {
  const [row] = await db
    .select({
      since: min(sql<Date>`case when ${emailOutbox.state} = 'pending' then ${emailOutbox.nextAttemptAt} else ${emailOutbox.lockedUntil} end`),
    })
    .from(emailOutbox)
    .where(
      or(
        and(eq(emailOutbox.state, "pending"), lte(emailOutbox.nextAttemptAt, now)),
        and(eq(emailOutbox.state, "sending"), lt(emailOutbox.lockedUntil, now)),
      ),
    );
  return row?.since ? new Date(row.since) : null;
}

async function checkOutbox(db: Database, now: Date, maxAgeMs: number): Promise<CheckResult> {
  if (maxAgeMs === 0) return { ok: true, detail: "not checked (READINESS_OUTBOX_MAX_AGE_MS=0)" };
  const since = await oldestDueSince(db, now);
  const ageSeconds = since ? Math.max(0, Math.floor((now.getTime() - since.getTime()) / 1000)) : 0;
  const limitSeconds = Math.floor(maxAgeMs / 1000);
  const ok = !since || now.getTime() - since.getTime() <= maxAgeMs;
  const waiting = since ? `oldest due message waiting ${ageSeconds} s` : "nothing due";
  return { ok, detail: `${waiting} (limit ${limitSeconds} s)` };
}

function failure(error: unknown): string {
  if (error instanceof DeadlineError) return error.message;
  const code = findCode(error);
  return code ? `unreachable or failing (${code})` : "unreachable or failing";
}

/** Postgres's "relation does not exist": a database nothing has migrated yet. */
const isMissingTable = (error: unknown) => findCode(error) === "42P01";

/** Only the error's code leaves the process: a driver message can quote a query and its parameters. */
function findCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && typeof current === "object" && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[A-Z0-9_]{2,40}$/i.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

class DeadlineError extends Error {}

async function withDeadline<T>(ms: number, work: () => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`no answer within ${ms} ms`)), ms);
  });
  const running = work();
  // The abandoned query still settles later (the statement timeout ends it); nothing should hear of it.
  running.catch(() => {});
  try {
    return await Promise.race([running, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
