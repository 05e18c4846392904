import "server-only";
import { brand } from "@/lib/config/brand";
import { applicationStages } from "@/lib/domain/values";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import {
  applications,
  clientFeedback,
  interviewers,
  interviewQuestions,
  interviews,
  reflections,
} from "@/lib/db/schema/journey";
import { consents } from "@/lib/db/schema/privacy";
import { planSteps } from "@/lib/db/schema/journey";
import { reminders } from "@/lib/db/schema/delivery";
import { syncInterviewPlan } from "@/lib/journey/plan-sync";
import { and, eq, lt, sql } from "drizzle-orm";
import { candidateNames, companies, demoPlans, stageMix } from "./seed-data";
import { addApplication, emailFor, randomPlan, type Staff } from "./seed-journeys";
import { random } from "./seed-random";

// Demo data derived from `now` and a fixed PRNG seed, so the same `now` gives the same rows, ids
// included. Plans, reminders, notes and email are left to the rules that build them.

export const demoAccounts = {
  candidate: "candidate@example.com",
  consultant: "consultant@example.com",
  admin: "admin@example.com",
} as const;

const SEED = 20_250_601;
const DAY = 86_400_000;

/** Every row the seed inserts, built in memory first so one transaction writes it all. */
export type Rows = {
  users: (typeof users.$inferInsert)[];
  applications: (typeof applications.$inferInsert)[];
  interviews: (typeof interviews.$inferInsert)[];
  interviewers: (typeof interviewers.$inferInsert)[];
  reflections: (typeof reflections.$inferInsert)[];
  questions: (typeof interviewQuestions.$inferInsert)[];
  feedback: (typeof clientFeedback.$inferInsert)[];
  consents: (typeof consents.$inferInsert)[];
};

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length === 0;
}

export async function seedDemoData(
  db: Database,
  now: Date,
): Promise<{ users: number; applications: number; interviews: number }> {
  const rows = buildDemoData(now);
  await db.transaction(async (tx) => {
    // Staff first: candidates reference their consultant.
    await tx.insert(users).values(rows.users.filter((user) => user.role !== "candidate"));
    await tx.insert(users).values(rows.users.filter((user) => user.role === "candidate"));
    await tx.insert(applications).values(rows.applications);
    await tx.execute(sql`
      insert into application_stage_events (application_id, candidate_id, from_stage, to_stage, changed_at)
      select id, candidate_id, null, 'applied', created_at from applications
      union all
      select id, candidate_id, 'applied', stage, stage_changed_at from applications where stage <> 'applied'`);
    await tx.insert(interviews).values(rows.interviews);
    await tx.insert(interviewers).values(rows.interviewers);
    await tx.insert(reflections).values(rows.reflections);
    await tx.insert(interviewQuestions).values(rows.questions);
    await tx.insert(clientFeedback).values(rows.feedback);
    await tx.insert(consents).values(rows.consents);
    // Plans come from the portal's rules; steps long past show as done, like a candidate who keeps up.
    for (const interview of rows.interviews) await syncInterviewPlan(tx, interview.id!, now);
    await tx
      .update(planSteps)
      .set({ state: "done", completedAt: sql`${planSteps.dueAt}` })
      .where(and(eq(planSteps.state, "pending"), lt(planSteps.dueAt, new Date(now.getTime() - 3 * DAY))));
    // Reminders already past are history, not a backlog for the worker's first run.
    await tx
      .update(reminders)
      .set({ state: "cancelled" })
      .where(and(eq(reminders.state, "scheduled"), lt(reminders.dueAt, now)));
  });
  return {
    users: rows.users.length,
    applications: rows.applications.length,
    interviews: rows.interviews.length,
  };
}

function buildDemoData(now: Date): Rows {
  const r = random(SEED);
  const rows: Rows = {
    users: [], applications: [], interviews: [], interviewers: [],
    reflections: [], questions: [], feedback: [], consents: [],
  };
  const since = new Date(now.getTime() - 400 * DAY);
  const staff = (email: string, name: string, role: "admin" | "consultant"): Staff => {
    const id = r.uuid();
    rows.users.push({ id, email, name, role, emailVerified: since, createdAt: since, updatedAt: since });
    return { id, name };
  };
  staff(demoAccounts.admin, "Morgan Reid", "admin");
  const consultants = brand.consultants.map((c, i) =>
    staff(i === 0 ? demoAccounts.consultant : emailFor(c.name), c.name, "consultant"),
  );

  let stagesCovered = 0;
  // The first applications walk every stage once so the board shows them all.
  const nextStage = () =>
    stagesCovered < applicationStages.length ? applicationStages[stagesCovered++]! : r.pick(stageMix);

  candidateNames.forEach((name, i) => {
    const candidateId = r.uuid();
    const consultant = consultants[i % consultants.length]!;
    const plans = i === 0 ? demoPlans : Array.from({ length: r.int(1, 3) }, () => randomPlan(r, nextStage()));
    const employers = r.sample(companies, plans.length);
    let earliest = now.getTime();
    plans.forEach((plan, j) => {
      const company = employers[j]!;
      const created = addApplication({ r, rows, now, candidateId, applicationId: r.uuid(), plan, company, consultant });
      earliest = Math.min(earliest, created.getTime());
    });

    const joined = new Date(earliest - r.int(1, 5) * DAY);
    rows.users.push({
      id: candidateId,
      email: i === 0 ? demoAccounts.candidate : emailFor(name),
      name,
      role: "candidate",
      timeZone: brand.defaultTimeZone,
      consultantId: consultant.id,
      emailVerified: new Date(joined.getTime() + 10 * 60_000),
      createdAt: joined,
      updatedAt: joined,
    });
    const consent = (purpose: Rows["consents"][number]["purpose"], granted: boolean) =>
      rows.consents.push({ id: r.uuid(), userId: candidateId, purpose, granted, source: "seed", recordedAt: joined });
    consent("data_retention", true);
    if (plans.some((plan) => plan.source === "agency")) consent("representation", true);
    consent("marketing_email", false);
  });
  return rows;
}

