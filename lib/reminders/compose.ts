import "server-only";
import { createElement } from "react";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import type { reminders } from "@/lib/db/schema/delivery";
import { applications, interviewers, interviews, planSteps } from "@/lib/db/schema/journey";
import { brand } from "@/lib/config/brand";
import { terminalStages } from "@/lib/domain/values";
import type { NewEmail } from "@/lib/email/outbox";
import { unsubscribeHeaders, unsubscribeUrlFor } from "@/lib/email/unsubscribe";
import FollowUpReminderEmail, { followUpReminderSubject } from "@/emails/follow-up-reminder";
import InterviewTomorrowEmail, { interviewTomorrowSubject } from "@/emails/interview-tomorrow";
import PostInterviewEmail, { postInterviewSubject, type PostInterviewRoute } from "@/emails/post-interview";
import { candidateInterviewIcs } from "@/lib/journey/calendar-events";

// Runs in the worker's transaction, so what the email says is what the database said when the
// reminder was marked sent.

export type ReminderRow = typeof reminders.$inferSelect;
export type ReminderDecision = { send: NewEmail } | { cancel: string };

/** Past this, "a couple of hours after your interview" would read oddly: the worker was down too long. */
export const postInterviewMaxLateMs = 48 * 60 * 60_000;

const followUpKinds = ["follow_up_1", "follow_up_2"] as const;

export async function composeReminder(tx: Database, row: ReminderRow, now: Date): Promise<ReminderDecision> {
  if (!row.interviewId) return { cancel: "no interview" };
  // Joined on the reminder's owner, so a row can only ever mail its own candidate about their own interview.
  const [context] = await tx
    .select({
      candidateName: users.name,
      email: users.email,
      timeZone: users.timeZone,
      remindersEnabled: users.remindersEnabled,
      ownConsultantId: users.consultantId,
      interview: interviews,
      company: applications.company,
      role: applications.role,
      source: applications.source,
      stage: applications.stage,
      applicationConsultantId: applications.consultantId,
      welcomes: applications.clientWelcomesDirectNotes,
    })
    .from(interviews)
    .innerJoin(applications, and(eq(applications.id, interviews.applicationId), eq(applications.candidateId, interviews.candidateId)))
    .innerJoin(users, eq(users.id, interviews.candidateId))
    .where(and(eq(interviews.id, row.interviewId), eq(interviews.candidateId, row.userId)));
  if (!context) return { cancel: "interview gone" };
  if (!context.remindersEnabled) return { cancel: "reminders switched off" };
  if (terminalStages.includes(context.stage)) return { cancel: `application closed (${context.stage})` };

  const { interview } = context;
  const unsubscribeUrl = unsubscribeUrlFor({ userId: row.userId, list: "reminders" });
  const base = { candidateName: context.candidateName, interviewId: interview.id, company: context.company, role: context.role, unsubscribeUrl };
  const email = (template: string, subject: string, element: NewEmail["element"]): ReminderDecision => ({
    send: {
      to: context.email,
      template,
      subject,
      element,
      idempotencyKey: `reminder:${row.id}`,
      userId: row.userId,
      headers: unsubscribeHeaders(unsubscribeUrl),
    },
  });
  const people = () =>
    tx
      .select({ name: interviewers.name, title: interviewers.title, email: interviewers.email })
      .from(interviewers)
      .where(and(eq(interviewers.interviewId, interview.id), eq(interviewers.candidateId, row.userId)))
      .orderBy(asc(interviewers.name));

  switch (row.kind) {
    case "post_interview": {
      const endsAt = interview.startsAt.getTime() + interview.durationMinutes * 60_000;
      if (endsAt > now.getTime()) return { cancel: "interview not over yet" };
      if (now.getTime() - row.dueAt.getTime() > postInterviewMaxLateMs) return { cancel: "too late" };
      const route: PostInterviewRoute =
        context.source === "agency"
          ? {
              source: "agency",
              consultant: await consultantFor(tx, context.applicationConsultantId ?? context.ownConsultantId),
              clientWelcomesDirectNotes: context.welcomes,
            }
          : { source: "direct", interviewerNames: (await people()).map((person) => person.name) };
      const props = { ...base, route };
      return email("post-interview", postInterviewSubject(props), createElement(PostInterviewEmail, props));
    }
    case "interview_tomorrow": {
      if (interview.startsAt.getTime() <= now.getTime()) return { cancel: "interview already started" };
      const props = {
        ...base,
        startsAt: interview.startsAt,
        durationMinutes: interview.durationMinutes,
        timeZone: context.timeZone,
        format: interview.format,
        location: interview.location,
        meetingUrl: interview.meetingUrl,
        interviewers: (await people()).map(({ name, title }) => ({ name, title })),
      };
      const decision = email("interview-tomorrow", interviewTomorrowSubject(props), createElement(InterviewTomorrowEmail, props));
      const ics = await candidateInterviewIcs(tx, row.userId, interview.id, now);
      if (ics && "send" in decision) {
        decision.send.attachments = [
          { filename: ics.fileName, contentType: "text/calendar; charset=utf-8; method=PUBLISH", contentBase64: Buffer.from(ics.content).toString("base64") },
        ];
      }
      return decision;
    }
    case "follow_up": {
      const [step] = await tx
        .select({ kind: planSteps.kind })
        .from(planSteps)
        .where(
          and(
            eq(planSteps.interviewId, interview.id),
            eq(planSteps.candidateId, row.userId),
            inArray(planSteps.kind, [...followUpKinds]),
            eq(planSteps.state, "pending"),
            // A row from before reminders named their step is matched on its due time.
            row.slot ? eq(planSteps.kind, row.slot as (typeof followUpKinds)[number]) : eq(planSteps.dueAt, row.dueAt),
          ),
        )
        .orderBy(asc(planSteps.kind))
        .limit(1);
      if (!step) return { cancel: "follow-up no longer pending" };
      const contacts = interview.followUpContact
        ? [{ name: interview.followUpContact, email: null }]
        : (await people()).map(({ name, email: address }) => ({ name, email: address }));
      const props = {
        ...base,
        interviewStartsAt: interview.startsAt,
        timeZone: context.timeZone,
        which: step.kind === "follow_up_1" ? ("first" as const) : ("second" as const),
        contacts,
      };
      return email("follow-up-reminder", followUpReminderSubject(props), createElement(FollowUpReminderEmail, props));
    }
    default:
      return { cancel: `not an interview reminder: ${row.kind}` };
  }
}

/** The application's consultant, else the candidate's own; the agency's line is the number to call. */
async function consultantFor(tx: Database, consultantId: string | null): Promise<{ name: string; phone: string }> {
  const phone = brand.phone.display;
  if (!consultantId) return { name: "your consultant", phone };
  const [consultant] = await tx.select({ name: users.name }).from(users).where(eq(users.id, consultantId));
  return { name: consultant?.name?.trim() || "your consultant", phone };
}
