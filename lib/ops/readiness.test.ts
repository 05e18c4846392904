import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openDatabase, openPglite } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/rows-of";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { checkReadiness, shippedHead } from "./readiness";

const MINUTE = 60_000;
const now = new Date("2026-12-07T10:00:00Z");
const limit = 10 * MINUTE;

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.dispose());
beforeEach(async () => {
  await testDb.db.delete(emailOutbox);
});

let sequence = 0;
const queue = (values: Partial<typeof emailOutbox.$inferInsert>) =>
  testDb.db.insert(emailOutbox).values({
    idempotencyKey: `ready-${(sequence += 1)}`,
    recipient: "someone@example.test",
    template: "interview-reminder",
    subject: "Reminder",
    html: "<p>Hi</p>",
    text: "Hi",
    ...values,
  });

const ready = (outboxMaxAgeMs = limit) => checkReadiness(testDb.db, { now, outboxMaxAgeMs });

describe("readiness on a migrated database", () => {
  it("is ready with nothing due", async () => {
    const result = await ready();
    expect(result).toMatchObject({ ready: true, failed: [] });
    expect(result.checks.migrations.detail).toContain(shippedHead.tag);
  });

  it("fails the outbox check once the oldest due message has waited past the limit, and only then", async () => {
    await queue({ nextAttemptAt: new Date(now.getTime() - 9 * MINUTE) });
    // Not yet due, however old: a message backing off is not a backlog.
    await queue({ nextAttemptAt: new Date(now.getTime() + MINUTE), createdAt: new Date(now.getTime() - 60 * MINUTE) });
    expect((await ready()).ready).toBe(true);

    await queue({ nextAttemptAt: new Date(now.getTime() - 11 * MINUTE) });
    const result = await ready();
    expect(result).toMatchObject({ ready: false, failed: ["outbox"] });
    expect(result.checks.outbox.detail).toBe("oldest due message waiting 660 s (limit 600 s)");
    // 0 turns the check off.
    expect((await ready(0)).ready).toBe(true);
  });

  it("counts a claim whose lease ran out from when it ran out; sent and failed mail never counts", async () => {
    await queue({ state: "sending", attempts: 1, nextAttemptAt: new Date(now.getTime() - 60 * MINUTE), lockedUntil: new Date(now.getTime() - 12 * MINUTE) });
    await queue({ state: "sent", sentAt: now, nextAttemptAt: new Date(now.getTime() - 60 * MINUTE) });
    await queue({ state: "failed", nextAttemptAt: new Date(now.getTime() - 60 * MINUTE) });
    const result = await ready();
    expect(result.checks.outbox).toEqual({ ok: false, detail: "oldest due message waiting 720 s (limit 600 s)" });

    await testDb.db.update(emailOutbox).set({ lockedUntil: new Date(now.getTime() + MINUTE) }).where(sql`${emailOutbox.state} = 'sending'`);
    expect((await ready()).ready).toBe(true);
  });

  it("fails the migrations check when the database is behind this build", async () => {
    const newest = sql`(select max(created_at) from drizzle.__drizzle_migrations)`;
    const [removed] = rowsOf<{ id: number; hash: string; created_at: string }>(
      await testDb.db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = ${newest} returning id, hash, created_at`),
    );
    try {
      const result = await ready();
      expect(result).toMatchObject({ ready: false, failed: ["migrations"] });
      expect(result.checks.migrations.detail).toBe(`behind: this build expects ${shippedHead.tag}; run npm run db:migrate`);
    } finally {
      await testDb.db.execute(
        sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${removed!.id}, ${removed!.hash}, ${removed!.created_at})`,
      );
    }
    expect((await ready()).ready).toBe(true);
  });
});

it("names the migrations on a database nothing has migrated, the database itself being fine", async () => {
  const empty = openPglite(undefined);
  try {
    const result = await checkReadiness(empty.db, { now, outboxMaxAgeMs: limit });
    expect(result).toEqual({
      ready: false,
      failed: ["migrations", "outbox"],
      checks: {
        database: { ok: true, detail: "answered" },
        migrations: { ok: false, detail: "no migrations applied: run npm run db:migrate" },
        outbox: { ok: false, detail: "not checked: there is no outbox table yet" },
      },
    });
  } finally {
    await empty.close();
  }
});

describe("readiness without a database", () => {
  let silent: Server;
  let silentPort: number;
  const held = new Set<Socket>();
  beforeAll(async () => {
    // Accepts connections and never says a word: a database that hangs.
    silent = createServer((socket) => held.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    silentPort = (silent.address() as { port: number }).port;
  });
  const dropHeldConnections = () => held.forEach((socket) => socket.destroy());
  afterAll(async () => {
    const closed = new Promise<void>((resolve) => silent.close(() => resolve()));
    dropHeldConnections();
    await closed;
  });

  it("reports a refused connection as the database check, without its message", async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const handle = openDatabase(`postgres://postgres@127.0.0.1:${closedPort}/nowhere`);
    try {
      const result = await checkReadiness(handle.db, { now, outboxMaxAgeMs: limit });
      expect(result).toMatchObject({ ready: false, failed: ["database", "migrations", "outbox"] });
      expect(result.checks.database.detail).toBe("unreachable or failing (ECONNREFUSED)");
    } finally {
      await handle.close();
    }
  });

  it("answers within its deadline when the database never does", async () => {
    const handle = openDatabase(`postgres://postgres@127.0.0.1:${silentPort}/hung`);
    const started = Date.now();
    try {
      const result = await checkReadiness(handle.db, { now, outboxMaxAgeMs: limit, timeoutMs: 300 });
      const took = Date.now() - started;
      expect(result.checks.database).toEqual({ ok: false, detail: "no answer within 800 ms" });
      expect(took).toBeGreaterThanOrEqual(750);
      expect(took).toBeLessThan(2_000);
    } finally {
      dropHeldConnections();
      await handle.close().catch(() => {});
    }
  });
});
