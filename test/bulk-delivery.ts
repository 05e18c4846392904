// Large amounts of due mail, made with set-based SQL so drills and
// benchmarks spend their time delivering, not seeding.
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";

/**
 * `count` candidates, each with a direct application and an interview that
 * ended two hours before `now`, and that interview's post-interview reminder,
 * due an hour ago: every one should become exactly one email.
 */
export async function seedDueReminders(db: Database, count: number, now: Date): Promise<void> {
  const at = now.toISOString();
  await db.execute(sql`
    insert into users (email, name, role)
    select 'drill-' || g || '@example.com', 'Drill Candidate ' || g, 'candidate' from generate_series(1, ${count}) as g`);
  await db.execute(sql`
    insert into applications (candidate_id, company, role, source, stage)
    select id, 'Drill Company', 'Analyst', 'direct', 'interviewing' from users where email like 'drill-%'`);
  await db.execute(sql`
    insert into interviews (application_id, candidate_id, starts_at, duration_minutes, format)
    select id, candidate_id, ${at}::timestamptz - interval '3 hours', 60, 'video' from applications where company = 'Drill Company'`);
  await db.execute(sql`
    insert into reminders (kind, user_id, interview_id, due_at)
    select 'post_interview', candidate_id, id, ${at}::timestamptz - interval '1 hour'
    from interviews where application_id in (select id from applications where company = 'Drill Company')`);
}

/** `count` ready-rendered outbox rows, due at `dueAt`, batchable. */
export async function seedDueEmails(db: Database, count: number, dueAt: Date, prefix = "bulk"): Promise<void> {
  await db.execute(sql`
    insert into email_outbox (idempotency_key, recipient, template, subject, html, text, next_attempt_at, created_at)
    select ${prefix} || '-' || g, ${prefix} || '-' || g || '@example.com', 'follow-up-reminder',
           'Time to follow up', '<p>Time to follow up with Drill Company.</p>', 'Time to follow up with Drill Company.',
           ${dueAt.toISOString()}::timestamptz, ${dueAt.toISOString()}::timestamptz
    from generate_series(1, ${count}) as g`);
}
