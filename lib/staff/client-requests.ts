import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { clientAnswers, clientFeedbackRequests } from "@/lib/db/schema/client";
import type { ClientAnswerStatus } from "@/lib/domain/values";

// What the consultant sees of their requests to clients, per round: the latest request, how
// long it has waited, and every answer with whether it has been reviewed.

export type StaffClientAnswer = {
  id: string;
  status: ClientAnswerStatus;
  decideBy: string | null;
  feedbackForCandidate: string | null;
  noteForConsultant: string | null;
  at: Date;
  reviewed: boolean;
  released: boolean;
};

export type StaffClientRequest = {
  contactName: string;
  contactEmail: string;
  sentAt: Date;
  answeredAt: Date | null;
  remindedAt: Date | null;
  expired: boolean;
  /** Whole days since the request went unanswered; null once answered. */
  waitingDays: number | null;
};

export type StaffClientRequests = { latest: StaffClientRequest | null; answers: StaffClientAnswer[] };

/** For rounds the caller was already found allowed to see. */
export async function loadClientRequests(candidateId: string, interviewIds: string[], now: Date): Promise<Map<string, StaffClientRequests>> {
  const found = new Map<string, StaffClientRequests>();
  if (interviewIds.length === 0) return found;
  const db = getDb();
  const [requests, answers] = await Promise.all([
    db
      .select()
      .from(clientFeedbackRequests)
      .where(and(eq(clientFeedbackRequests.candidateId, candidateId), inArray(clientFeedbackRequests.interviewId, interviewIds)))
      .orderBy(desc(clientFeedbackRequests.createdAt)),
    db
      .select()
      .from(clientAnswers)
      .where(and(eq(clientAnswers.candidateId, candidateId), inArray(clientAnswers.interviewId, interviewIds)))
      .orderBy(asc(clientAnswers.createdAt)),
  ]);
  for (const interviewId of interviewIds) {
    const request = requests.find((row) => row.interviewId === interviewId);
    const latest: StaffClientRequest | null = request
      ? {
          contactName: request.contactName,
          contactEmail: request.contactEmail,
          sentAt: request.createdAt,
          answeredAt: request.lastAnsweredAt,
          remindedAt: request.remindedAt,
          expired: request.expiresAt <= now,
          waitingDays: request.lastAnsweredAt ? null : Math.floor((now.getTime() - request.createdAt.getTime()) / 86_400_000),
        }
      : null;
    const ofRound = answers
      .filter((row) => row.interviewId === interviewId)
      .map((row) => ({
        id: row.id,
        status: row.status,
        decideBy: row.decideBy,
        feedbackForCandidate: row.feedbackForCandidate,
        noteForConsultant: row.noteForConsultant,
        at: row.createdAt,
        reviewed: row.reviewedAt !== null,
        released: row.releasedFeedbackId !== null,
      }));
    if (latest || ofRound.length > 0) found.set(interviewId, { latest, answers: ofRound });
  }
  return found;
}
