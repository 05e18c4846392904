// People and journeys made row by row, for the digest and needs-attention
// tests: each test makes its own people, so tests sharing a database never
// see each other's digests.
import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications, interviews, planSteps } from "@/lib/db/schema/journey";
import type { ApplicationSource, ApplicationStage, Role } from "@/lib/domain/values";
import type { PlanStepKind } from "@/lib/plans/interview-plan";

type PersonInput = { role?: Role; name?: string; consultantId?: string; digestEnabled?: boolean; timeZone?: string };

export async function createPerson(db: Database, { role = "candidate", name, ...rest }: PersonInput = {}) {
  const email = `${role}-${randomUUID().slice(0, 8)}@digest.test`;
  const [person] = await db.insert(users).values({ email, role, name: name ?? email, ...rest }).returning();
  return person!;
}

type StepInput = { kind: PlanStepKind; dueAt: Date | null; state?: "pending" | "done" };
type ApplicationInput = {
  company: string;
  stage?: ApplicationStage;
  source?: ApplicationSource;
  sharedWithAgency?: boolean;
  consultantId?: string;
  steps?: StepInput[];
};

/** An application with one interview (on Tuesday 10 November 2026) and the given plan steps. */
export async function createApplication(db: Database, candidateId: string, input: ApplicationInput) {
  const { steps = [], stage = "interviewing", source = "direct", ...rest } = input;
  const [application] = await db
    .insert(applications)
    .values({ candidateId, role: "Data Analyst", stage, source, ...rest })
    .returning();
  const [interview] = await db
    .insert(interviews)
    .values({ applicationId: application!.id, candidateId, startsAt: new Date("2026-11-10T10:00:00Z"), format: "video" })
    .returning();
  if (steps.length > 0) {
    await db.insert(planSteps).values(
      steps.map(({ kind, dueAt, state = "pending" }) => ({
        interviewId: interview!.id,
        candidateId,
        kind,
        dueAt,
        state,
        completedAt: state === "done" ? new Date("2026-11-11T12:00:00Z") : null,
      })),
    );
  }
  return { applicationId: application!.id, interviewId: interview!.id };
}
