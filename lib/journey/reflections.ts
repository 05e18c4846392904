import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications, interviewQuestions, interviews, reflections } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { assertCandidate } from "./access";
import { syncInterviewPlan } from "./plan-sync";
import type { ReflectionInput } from "./reflection-schema";
import { questionFields, reflectionFields } from "./reflection-columns";

// Every statement filters by the caller, so another candidate's interview id matches nothing.

const ownInterview = (caller: CurrentUser, id: string) => and(eq(interviews.id, id), eq(interviews.candidateId, caller.id));

export type OwnReflection = NonNullable<Awaited<ReturnType<typeof getOwnReflection>>>;

/** Null when the interview is not the caller's; `reflection` is null before the first save. */
export async function getOwnReflection(caller: CurrentUser, interviewId: string) {
  assertCandidate(caller);
  const db = getDb();
  const [row] = await db
    .select({
      shared: interviews.reflectionShared,
      consultantName: users.name,
      consultantEmail: users.email,
    })
    .from(interviews)
    .innerJoin(applications, and(eq(applications.id, interviews.applicationId), eq(applications.candidateId, interviews.candidateId)))
    // The application's consultant, to whom an agency candidate's withdrawal note goes.
    .leftJoin(users, eq(users.id, applications.consultantId))
    .where(ownInterview(caller, interviewId));
  if (!row) return null;
  const [[reflection], questions] = await Promise.all([
    db
      .select(reflectionFields)
      .from(reflections)
      .where(and(eq(reflections.interviewId, interviewId), eq(reflections.candidateId, caller.id))),
    db
      .select(questionFields)
      .from(interviewQuestions)
      .where(and(eq(interviewQuestions.interviewId, interviewId), eq(interviewQuestions.candidateId, caller.id)))
      // Rows are replaced in form order on every save, so creation order is the order the candidate wrote them.
      .orderBy(asc(interviewQuestions.createdAt)),
  ]);
  return {
    reflection: reflection ?? null,
    shared: row.shared,
    questions,
    consultant: row.consultantEmail ? { name: row.consultantName, email: row.consultantEmail } : null,
  };
}

/** Questions are replaced, not merged, in one transaction, so a failure leaves the last save intact. */
export async function saveReflection(caller: CurrentUser, interviewId: string, input: ReflectionInput, now = new Date()): Promise<boolean> {
  assertCandidate(caller);
  return getDb().transaction(async (tx) => {
    // The row lock makes two saves from two tabs take turns instead of interleaving their question rows.
    const [interview] = await tx.select({ id: interviews.id }).from(interviews).where(ownInterview(caller, interviewId)).for("update");
    if (!interview) return false;

    const fields = {
      rapport: input.rapport ?? null,
      answers: input.answers ?? null,
      relevance: input.relevance ?? null,
      wentWell: input.wentWell,
      toImprove: input.toImprove,
      stillWant: input.stillWant ?? null,
      updatedAt: now,
    };
    await tx
      .insert(reflections)
      .values({ ...fields, interviewId, candidateId: caller.id, createdAt: now })
      .onConflictDoUpdate({ target: reflections.interviewId, set: fields });

    await tx.delete(interviewQuestions).where(and(eq(interviewQuestions.interviewId, interviewId), eq(interviewQuestions.candidateId, caller.id)));
    if (input.questions.length > 0) {
      await tx.insert(interviewQuestions).values(
        // A millisecond apart, so reading them back by created_at keeps the candidate's order.
        input.questions.map((item, index) => ({ ...item, interviewId, candidateId: caller.id, createdAt: new Date(now.getTime() + index) })),
      );
    }

    await tx.update(interviews).set({ reflectionShared: input.shareWithConsultant, updatedAt: now }).where(ownInterview(caller, interviewId));

    // The plan reads the reflection: reflect is done, and decide once "still want it" is answered.
    await syncInterviewPlan(tx, interviewId, now);
    return true;
  });
}

export type LibraryQuestion = Awaited<ReturnType<typeof listQuestionLibrary>>[number];

export async function listQuestionLibrary(caller: CurrentUser) {
  assertCandidate(caller);
  return getDb()
    .select({
      id: interviewQuestions.id,
      question: interviewQuestions.question,
      howItWent: interviewQuestions.howItWent,
      notes: interviewQuestions.notes,
      interviewId: interviews.id,
      startsAt: interviews.startsAt,
      timeZone: interviews.timeZone,
      company: applications.company,
      role: applications.role,
    })
    .from(interviewQuestions)
    .innerJoin(interviews, and(eq(interviews.id, interviewQuestions.interviewId), eq(interviews.candidateId, interviewQuestions.candidateId)))
    .innerJoin(applications, and(eq(applications.id, interviews.applicationId), eq(applications.candidateId, interviews.candidateId)))
    .where(eq(interviewQuestions.candidateId, caller.id))
    .orderBy(asc(interviewQuestions.howItWent), desc(interviews.startsAt), asc(interviewQuestions.createdAt));
}
