// Small hand-made worlds for authorisation tests: two candidates, their
// consultants and an admin, each with something the others must not see.
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications, interviews } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { applicationInputSchema, interviewInputSchema } from "@/lib/journey/schemas";

export async function createTwoCandidateWorld(db: Database, now: Date) {
  const [admin, consultantA, consultantB] = await db
    .insert(users)
    .values([
      { email: "admin@world.test", name: "Admin", role: "admin" },
      { email: "consultant-a@world.test", name: "Consultant A", role: "consultant" },
      { email: "consultant-b@world.test", name: "Consultant B", role: "consultant" },
    ])
    .returning();
  const [candidateA, candidateB] = await db
    .insert(users)
    .values([
      { email: "candidate-a@world.test", name: "Candidate A", consultantId: consultantA!.id },
      { email: "candidate-b@world.test", name: "Candidate B", consultantId: consultantB!.id },
    ])
    .returning();
  const [applicationA, applicationB] = await db
    .insert(applications)
    .values([
      { candidateId: candidateA!.id, company: "Alpha Ltd", role: "Analyst", source: "agency", consultantId: consultantA!.id, stage: "interviewing" },
      { candidateId: candidateB!.id, company: "Beta plc", role: "Engineer", source: "direct", stage: "interviewing" },
    ])
    .returning();
  const tomorrow = new Date(now.getTime() + 86_400_000);
  await db.insert(interviews).values([
    { applicationId: applicationA!.id, candidateId: candidateA!.id, startsAt: tomorrow, format: "video" },
    { applicationId: applicationB!.id, candidateId: candidateB!.id, startsAt: tomorrow, format: "phone" },
  ]);
  const asCaller = (row: typeof users.$inferSelect): CurrentUser => ({
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
  });
  return {
    admin: asCaller(admin!),
    consultantA: asCaller(consultantA!),
    consultantB: asCaller(consultantB!),
    candidateA: asCaller(candidateA!),
    candidateB: asCaller(candidateB!),
    applicationA: applicationA!,
    applicationB: applicationB!,
  };
}

/** A direct application as the form would submit it, with any field overridden. */
export const applicationInput = (overrides: Record<string, unknown> = {}) =>
  applicationInputSchema.parse({ company: "Harbour Lane Foods", role: "Data Analyst", source: "direct", ...overrides });

/** Tuesday 10 November 2026, 10:00 London, an hour on video, "within four weeks", one interviewer. */
export const interviewInput = (applicationId: string, overrides: Record<string, unknown> = {}) =>
  interviewInputSchema.parse({
    applicationId,
    round: "1",
    date: "2026-11-10",
    time: "10:00",
    timeZone: "Europe/London",
    durationMinutes: "60",
    format: "video",
    timelineKind: "relative",
    timelineAmount: "4",
    timelineUnit: "weeks",
    interviewers: [{ name: "Jo Evans", email: "Jo@Example.com" }],
    ...overrides,
  });
