// Shared pieces of the outbox benchmarks: throwaway databases, seeded rows,
// a transport that only waits, and small statistics.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import SignInLinkEmail from "@/emails/sign-in-link";
import { openDatabase, openPglite, type Database } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { renderEmail } from "@/lib/email/render";
import type { EmailTransport } from "@/lib/email/transports/transport";

export type Handle = ReturnType<typeof openDatabase>;

/** A migrated database plus a way to open one more connection to it for each worker. */
export type BenchTarget = {
  name: "postgres" | "pglite";
  db: Database;
  /** Postgres: the throwaway database's URL, for extra handles. */
  url?: string;
  openWorker: () => Handle;
  dispose: () => Promise<void>;
};

export async function createPostgresTarget(serverUrl: string): Promise<BenchTarget> {
  // BENCH_DATABASE_PREFIX keeps the databases of several checkouts sharing one server apart.
  const name = `${process.env.BENCH_DATABASE_PREFIX ?? "next_steps_bench"}_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const main = openDatabase(url.toString());
  try {
    await migrateDatabase(main.db, "postgres");
  } catch (error) {
    await main.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
    throw error;
  }
  return {
    name: "postgres",
    db: main.db,
    url: url.toString(),
    openWorker: () => openDatabase(url.toString()),
    dispose: async () => {
      await main.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** PGlite has one connection: every "worker" shares the same handle. */
export async function createPgliteTarget(): Promise<BenchTarget> {
  const main = openPglite(undefined);
  await migrateDatabase(main.db, "pglite");
  return {
    name: "pglite",
    db: main.db,
    openWorker: () => ({ ...main, close: async () => {} }),
    dispose: () => main.close(),
  };
}

export type Body = { subject: string; html: string; text: string };
const tokenMark = "BENCHTOKEN";

/** The real sign-in template rendered once (~4.6 KB of HTML and text); rows differ only in the token. */
export async function renderBody(): Promise<Body> {
  const url = `http://localhost:3000/api/auth/callback/email?token=${tokenMark}&email=candidate%40example.com`;
  const { html, text } = await renderEmail(SignInLinkEmail({ url, expiresInMinutes: 10, siteName: "Next Steps" }));
  return { subject: "Your sign-in link for Next Steps", html, text };
}

type RowState = "pending" | "sent" | "failed";
export type RowSpec = { state: RowState; nextAttemptAt: Date; createdAt: Date };

/** Bulk-inserts rows in chunks (no per-message rendering; see renderBody). */
export async function insertRows(db: Database, body: Body, specs: RowSpec[], chunk = 1_000): Promise<void> {
  for (let start = 0; start < specs.length; start += chunk) {
    const values = specs.slice(start, start + chunk).map((spec) => {
      const token = randomBytes(16).toString("hex");
      return {
        idempotencyKey: `bench-${token}`,
        recipient: `candidate-${token.slice(0, 8)}@example.com`,
        template: "sign-in-link",
        subject: body.subject,
        html: body.html.replaceAll(tokenMark, token),
        text: body.text.replaceAll(tokenMark, token),
        state: spec.state,
        attempts: spec.state === "pending" ? 0 : 1,
        nextAttemptAt: spec.nextAttemptAt,
        createdAt: spec.createdAt,
        sentAt: spec.state === "sent" ? spec.nextAttemptAt : null,
        transport: spec.state === "pending" ? null : "resend",
      };
    });
    await db.insert(emailOutbox).values(values);
  }
}

/** Empties the outbox, inserts the rows and refreshes planner statistics. */
export async function resetOutbox(db: Database, body: Body, specs: RowSpec[]): Promise<void> {
  await db.execute(sql`truncate table email_outbox cascade`);
  await insertRows(db, body, specs);
  await db.execute(sql`analyze email_outbox`);
}

export async function countNotSent(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox).where(sql`state <> 'sent'`);
  return row?.n ?? 0;
}

/** Stands in for Resend: waits one simulated round-trip per request (one message or a batch), counts every key it is handed and the time it really waited. */
export function recordingTransport(latencyMs: number): EmailTransport & { keys: Map<string, number>; waitedMs: () => number } {
  const keys = new Map<string, number>();
  let waited = 0;
  return {
    name: "resend",
    keys,
    waitedMs: () => waited,
    async send(email) {
      keys.set(email.idempotencyKey, (keys.get(email.idempotencyKey) ?? 0) + 1);
      const start = performance.now();
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
      waited += performance.now() - start;
      return { ok: true, providerMessageId: `bench-${keys.size}` };
    },
    async sendBatch(emails) {
      for (const email of emails) keys.set(email.idempotencyKey, (keys.get(email.idempotencyKey) ?? 0) + 1);
      const start = performance.now();
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
      waited += performance.now() - start;
      return { ok: true, results: emails.map((email) => ({ ok: true, providerMessageId: `bench-${email.idempotencyKey}` })) };
    },
  };
}

/** Keys handed over more than once. */
export function duplicateCount(keys: Map<string, number>): number {
  let duplicates = 0;
  for (const count of keys.values()) if (count > 1) duplicates += 1;
  return duplicates;
}

/** Busy and total jiffies of all cores from /proc/stat (Linux); undefined elsewhere. */
export function hostCpu(): { busy: number; total: number } | undefined {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
    const total = fields.reduce((sum, n) => sum + n, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0); // idle + iowait
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

/** Prints rows as an aligned Markdown table, ready to paste into bench/README.md. */
export function printTable(header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padStart(widths[i] ?? 0)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 1) + ":").join("|")}|`);
  for (const row of cells.slice(1)) console.log(line(row));
}
