// The world every server action is tried against: createTwoCandidateWorld
// plus, for candidate A, a record of each kind some action changes (a plan
// step, a reflection, thank-you drafts, a private and a shared direct
// application), a waiting staff invitation, a failed email and a suppressed
// address for the admin actions.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { staffInvitations } from "@/lib/db/schema/auth";
import { emailOutbox } from "@/lib/db/schema/delivery";
import { hashAddress, suppressAddress } from "@/lib/email/suppression";
import { applications, interviewers, interviews, planSteps, reflections, thankYouNotes } from "@/lib/db/schema/journey";
import { clientAnswers, clientFeedbackRequests } from "@/lib/db/schema/client";
import { clientTokenFor, hashClientToken } from "@/lib/journey/client-requests";
import { createTwoCandidateWorld } from "@/test/fixtures";

const DAY = 86_400_000;

export async function createActionWorld(db: Database, now: Date) {
  const base = await createTwoCandidateWorld(db, now);
  const { candidateA, admin } = base;
  const [agencyInterview] = await db
    .select({ id: interviews.id })
    .from(interviews)
    .where(and(eq(interviews.candidateId, candidateA.id), eq(interviews.applicationId, base.applicationA.id)));
  const interviewA = agencyInterview!.id;
  const [step] = await db
    .insert(planSteps)
    .values({ interviewId: interviewA, candidateId: candidateA.id, kind: "follow_up_1", dueAt: new Date(now.getTime() + 5 * DAY) })
    .returning();
  await db.insert(reflections).values({ interviewId: interviewA, candidateId: candidateA.id, rapport: 3, wentWell: "Talked about the data team" });
  // Agency interviews route thanks through the consultant: the note has no interviewer.
  await db.insert(thankYouNotes).values({ interviewId: interviewA, candidateId: candidateA.id, interviewerId: null, subject: "Thanks", body: "Please pass on my thanks." });

  // A second agency round whose thanks are already with the consultant, waiting to be passed on.
  const [handedRound] = await db
    .insert(interviews)
    .values({ applicationId: base.applicationA.id, candidateId: candidateA.id, round: 2, startsAt: new Date(now.getTime() - DAY), format: "video" })
    .returning();
  const [handedNote] = await db
    .insert(thankYouNotes)
    .values({ interviewId: handedRound!.id, candidateId: candidateA.id, interviewerId: null, subject: "Thanks", body: "Please thank them.", state: "handed_to_consultant", sentAt: now })
    .returning();

  const direct = async (company: string, sharedWithAgency: boolean) => {
    const [application] = await db
      .insert(applications)
      .values({ candidateId: candidateA.id, company, role: "Analyst", source: "direct", sharedWithAgency, stage: "interviewing" })
      .returning();
    const [interview] = await db
      .insert(interviews)
      .values({ applicationId: application!.id, candidateId: candidateA.id, startsAt: new Date(now.getTime() + DAY), format: "video" })
      .returning();
    return { applicationId: application!.id, interviewId: interview!.id };
  };
  const privateDirect = await direct("Gamma Direct", false);
  const sharedDirect = await direct("Delta Shared", true);
  // A direct interview's thanks go to each interviewer, from the candidate's own email.
  const [interviewer] = await db
    .insert(interviewers)
    .values({ interviewId: privateDirect.interviewId, candidateId: candidateA.id, name: "Jo Evans", email: "jo@client.test" })
    .returning();
  await db.insert(thankYouNotes).values({
    interviewId: privateDirect.interviewId,
    candidateId: candidateA.id,
    interviewerId: interviewer!.id,
    subject: "Thank you",
    body: "Thank you for your time.",
  });

  // The client's links on candidate A's agency rounds: one open (with an answer to review),
  // one replaced by a newer request, one expired.
  const clientRequest = async (interviewId: string, at: { expiresAt: Date; replacedAt?: Date }) => {
    const id = randomUUID();
    await db.insert(clientFeedbackRequests).values({
      id,
      interviewId,
      candidateId: candidateA.id,
      requestedBy: base.consultantA.id,
      contactName: "Jo Evans",
      contactEmail: "jo.evans@client.test",
      tokenHash: hashClientToken(clientTokenFor(id)),
      createdAt: new Date(now.getTime() - 2 * DAY),
      ...at,
    });
    return { id, token: clientTokenFor(id) };
  };
  const replacedRequest = await clientRequest(interviewA, { expiresAt: new Date(now.getTime() + 20 * DAY), replacedAt: new Date(now.getTime() - DAY) });
  const openRequest = await clientRequest(interviewA, { expiresAt: new Date(now.getTime() + 28 * DAY) });
  const expiredRequest = await clientRequest(handedRound!.id, { expiresAt: new Date(now.getTime() - DAY) });
  const [answer] = await db
    .insert(clientAnswers)
    .values({ requestId: openRequest.id, interviewId: interviewA, candidateId: candidateA.id, status: "offer_coming", feedbackForCandidate: "Strong on the data team's plans." })
    .returning();

  const [invitation] = await db
    .insert(staffInvitations)
    .values({ email: "pending@world.test", role: "consultant", invitedBy: admin.id, expiresAt: new Date(now.getTime() + 7 * DAY) })
    .returning();

  // For the mail view: a failed message to candidate A, and a suppressed address.
  const [failedEmail] = await db
    .insert(emailOutbox)
    .values({
      idempotencyKey: "world-failed-reminder",
      userId: candidateA.id,
      recipient: candidateA.email,
      template: "interview-reminder",
      subject: "Your interview tomorrow",
      html: "<p>Good luck</p>",
      text: "Good luck",
      state: "failed",
      attempts: 8,
      lastError: "422 validation_error",
    })
    .returning();
  await suppressAddress(db, { address: "bounced@world.test", reason: "bounced", providerEventId: null, now });

  return {
    ...base,
    now,
    failedEmailId: failedEmail!.id,
    suppressedHash: hashAddress("bounced@world.test"),
    interviewA,
    planStepA: step!.id,
    privateDirect: { ...privateDirect, interviewerId: interviewer!.id },
    sharedDirect,
    invitationId: invitation!.id,
    handedNoteId: handedNote!.id,
    clientTokens: { open: openRequest.token, replaced: replacedRequest.token, expired: expiredRequest.token },
    clientAnswerId: answer!.id,
  };
}

export type ActionWorld = Awaited<ReturnType<typeof createActionWorld>>;
