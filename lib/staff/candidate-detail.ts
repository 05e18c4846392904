import "server-only";
import { loadClientRequests, type StaffClientRequests } from "./client-requests";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications, clientFeedback, interviewers, interviewQuestions, interviews, planSteps, reflections, thankYouNotes } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import { recordAudit } from "@/lib/audit/record";
import type { ApplicationSource, ApplicationStage, InterviewFormat } from "@/lib/domain/values";
import { summarisePlan, type PlanStatus } from "./plan-status";
import { agencyVisibleApplication, assertStaff, findVisibleCandidate, sharedReflection, visibleCandidate } from "@/lib/journey/staff-visibility";
import { questionFields, reflectionFields } from "@/lib/journey/reflection-columns";

// Every query carries the visibility rules, so a share revoked a moment ago is gone from the
// next page view.

export type SharedDebrief = {
  rapport: number | null;
  answers: number | null;
  relevance: number | null;
  wentWell: string | null;
  toImprove: string | null;
  stillWant: "yes" | "maybe" | "no" | null;
  updatedAt: Date;
  questions: { question: string; howItWent: number; notes: string | null }[];
};

export type StaffFeedbackNote = { id: string; body: string; recordedBy: string | null; recordedAt: Date };

/** Thanks the candidate gave the consultant to pass on to the client. */
export type StaffThanksNote = { id: string; body: string; handedAt: Date; passedOn: { at: Date; by: string } | null };

export type StaffInterviewView = {
  id: string;
  round: number;
  startsAt: Date;
  durationMinutes: number;
  format: InterviewFormat;
  plan: PlanStatus;
  /** Null unless the candidate shared their reflection on this round. */
  debrief: SharedDebrief | null;
  feedback: StaffFeedbackNote[];
  thanks: StaffThanksNote | null;
  /** Requests to the client about this round and their answers. */
  client: StaffClientRequests;
  /** Who interviewed: any with an address can be asked for feedback as the client contact. */
  interviewers: { id: string; name: string; title: string | null; email: string | null }[];
};

export type StaffApplicationView = {
  id: string;
  company: string;
  role: string;
  source: ApplicationSource;
  stage: ApplicationStage;
  clientContact: { name: string | null; email: string | null; role: string | null };
  interviews: StaffInterviewView[];
};

export type CandidateDetail = {
  candidate: { id: string; name: string | null; email: string; timeZone: string };
  applications: StaffApplicationView[];
};

/** Null when the caller may not see the candidate: nothing then says whether they exist, and
 *  nothing is logged. */
export async function getCandidateDetail(caller: CurrentUser, candidateId: string, now = new Date()): Promise<CandidateDetail | null> {
  assertStaff(caller);
  const db = getDb();
  const candidate = await findVisibleCandidate(db, caller, candidateId);
  if (!candidate) return null;
  const visible = and(eq(applications.candidateId, candidateId), agencyVisibleApplication, visibleCandidate(caller));

  const [applicationRows, interviewRows] = await Promise.all([
    db
      .select({
        id: applications.id,
        company: applications.company,
        role: applications.role,
        source: applications.source,
        stage: applications.stage,
        contactName: applications.clientContactName,
        contactEmail: applications.clientContactEmail,
        contactRole: applications.clientContactRole,
      })
      .from(applications)
      .innerJoin(users, eq(users.id, applications.candidateId))
      .where(visible)
      .orderBy(desc(applications.updatedAt), asc(applications.company)),
    db
      .select({
        id: interviews.id,
        applicationId: interviews.applicationId,
        round: interviews.round,
        startsAt: interviews.startsAt,
        durationMinutes: interviews.durationMinutes,
        format: interviews.format,
      })
      .from(interviews)
      .innerJoin(applications, and(eq(applications.id, interviews.applicationId), eq(applications.candidateId, interviews.candidateId)))
      .innerJoin(users, eq(users.id, interviews.candidateId))
      .where(visible)
      .orderBy(asc(interviews.startsAt)),
  ]);
  const roundIds = interviewRows.map((row) => row.id);
  const [related, client] = await Promise.all([loadRoundDetails(candidateId, roundIds), loadClientRequests(candidateId, roundIds, now)]);

  await recordAudit(db, caller, { candidateId, action: "view", entity: "candidate", entityId: candidateId }, now);

  return {
    candidate: { id: candidate.id, name: candidate.name, email: candidate.email, timeZone: candidate.timeZone },
    applications: applicationRows.map(({ contactName, contactEmail, contactRole, ...application }) => ({
      ...application,
      clientContact: { name: contactName, email: contactEmail, role: contactRole },
      interviews: interviewRows
        .filter((row) => row.applicationId === application.id)
        .map(({ applicationId: _application, ...row }) => ({
          ...row,
          plan: summarisePlan(related.steps.filter((step) => step.interviewId === row.id), now),
          debrief: related.debriefs.get(row.id) ?? null,
          feedback: related.feedback.filter((note) => note.interviewId === row.id).map(({ interviewId: _interview, ...note }) => note),
          thanks: related.thanks.get(row.id) ?? null,
          client: client.get(row.id) ?? { latest: null, answers: [] },
          interviewers: related.panel.filter((person) => person.interviewId === row.id).map(({ interviewId: _interview, ...person }) => person),
        })),
    })),
  };
}

/** Plans, shared debriefs and feedback of rounds already found visible; a debrief only while its share stands. */
async function loadRoundDetails(candidateId: string, interviewIds: string[]) {
  if (interviewIds.length === 0) return { steps: [], debriefs: new Map<string, SharedDebrief>(), feedback: [], thanks: new Map<string, StaffThanksNote>(), panel: [] };
  const db = getDb();
  const consultant = alias(users, "consultant");
  const ofRounds = <T extends typeof planSteps | typeof clientFeedback | typeof thankYouNotes | typeof interviewers>(table: T) =>
    and(inArray(table.interviewId, interviewIds), eq(table.candidateId, candidateId));
  const sharedRound = (interviewId: typeof reflections.interviewId | typeof interviewQuestions.interviewId) =>
    and(eq(interviews.id, interviewId), eq(interviews.candidateId, candidateId), inArray(interviews.id, interviewIds), sharedReflection);

  const passer = alias(users, "passer");
  const [steps, reflectionRows, questionRows, feedback, handed, panel] = await Promise.all([
    db.select({ interviewId: planSteps.interviewId, kind: planSteps.kind, dueAt: planSteps.dueAt, state: planSteps.state }).from(planSteps).where(ofRounds(planSteps)),
    db
      .select({ interviewId: reflections.interviewId, ...reflectionFields })
      .from(reflections)
      .innerJoin(interviews, sharedRound(reflections.interviewId)),
    db
      .select({ interviewId: interviewQuestions.interviewId, ...questionFields })
      .from(interviewQuestions)
      .innerJoin(interviews, sharedRound(interviewQuestions.interviewId))
      .orderBy(asc(interviewQuestions.createdAt)),
    db
      .select({ id: clientFeedback.id, interviewId: clientFeedback.interviewId, body: clientFeedback.body, recordedBy: consultant.name, recordedAt: clientFeedback.createdAt })
      .from(clientFeedback)
      .leftJoin(consultant, eq(consultant.id, clientFeedback.consultantId))
      .where(ofRounds(clientFeedback))
      .orderBy(asc(clientFeedback.createdAt), asc(clientFeedback.id)),
    db
      .select({ id: thankYouNotes.id, interviewId: thankYouNotes.interviewId, body: thankYouNotes.body, handedAt: thankYouNotes.sentAt, passedOnAt: thankYouNotes.passedOnAt, passerName: passer.name, passerEmail: passer.email })
      .from(thankYouNotes)
      .leftJoin(passer, eq(passer.id, thankYouNotes.passedOnBy))
      .where(and(ofRounds(thankYouNotes), eq(thankYouNotes.state, "handed_to_consultant"))),
    db
      .select({ id: interviewers.id, interviewId: interviewers.interviewId, name: interviewers.name, title: interviewers.title, email: interviewers.email })
      .from(interviewers)
      .where(ofRounds(interviewers))
      .orderBy(asc(interviewers.name)),
  ]);
  const thanks = new Map<string, StaffThanksNote>();
  for (const note of handed) {
    // Always set once handed (a check constraint); the guard only narrows the type.
    if (!note.handedAt) continue;
    const passedOn = note.passedOnAt ? { at: note.passedOnAt, by: note.passerName?.trim() || note.passerEmail || "a consultant" } : null;
    thanks.set(note.interviewId, { id: note.id, body: note.body, handedAt: note.handedAt, passedOn });
  }

  const debriefs = new Map<string, SharedDebrief>();
  for (const { interviewId, ...reflection } of reflectionRows) {
    const questions = questionRows.filter((row) => row.interviewId === interviewId).map(({ interviewId: _interview, ...row }) => row);
    debriefs.set(interviewId, { ...reflection, questions });
  }
  return { steps, debriefs, feedback, thanks, panel };
}
