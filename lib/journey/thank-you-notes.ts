import "server-only";
import { brand } from "@/lib/config/brand";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { applications, planSteps, reflections, thankYouNotes } from "@/lib/db/schema/journey";
import type { CurrentUser } from "@/lib/auth/dal";
import type { thankYouStates } from "@/lib/domain/values";
import { syncInterviewPlan } from "./plan-sync";
import { assertCandidate } from "./access";
import { getOwnInterview, type InterviewDetail } from "./interviews";
import { draftToConsultant, draftToInterviewer, type ThankYouDraftInput } from "./thank-you-draft";
import { consultantFor, emailThanksToConsultant } from "./thanks-via-consultant";

// One note per interviewer, or one to the consultant when the agency passes thanks on. Every
// function first finds the interview among the caller's own, so a foreign id changes nothing.

export type ThankYouNoteState = (typeof thankYouStates)[number];

export type ThankYouNoteItem = {
  noteId: string | null;
  /** Null for the one note to the consultant. */
  interviewerId: string | null;
  recipientName: string;
  recipientTitle: string | null;
  recipientEmail: string | null;
  subject: string;
  body: string;
  state: ThankYouNoteState;
  sentAt: Date | null;
  /** A note handed to the consultant: when they passed it on, and their name. */
  passedOn: { at: Date; by: string } | null;
  /** A draft to an interviewer, which the candidate sends from their own email (with or without an address on file). */
  canSend: boolean;
};

export type ThankYouNotes = {
  interview: { id: string; company: string; role: string; round: number; startsAt: Date; source: "agency" | "direct" };
  viaConsultant: boolean;
  timeZone: string;
  notes: ThankYouNoteItem[];
};

export type NoteText = { subject: string; body: string };
export type SaveOutcome = "saved" | "locked";
export type MarkOutcome = "marked" | "already_done" | "not_direct";
export type HandOutcome = "handed" | "already_done" | "not_agency" | "no_draft" | "no_consultant";

function routesViaConsultant(interview: InterviewDetail): boolean {
  return interview.source === "agency" && !interview.clientWelcomesDirectNotes;
}

const ownNotes = (caller: CurrentUser, interviewId: string) =>
  and(eq(thankYouNotes.interviewId, interviewId), eq(thankYouNotes.candidateId, caller.id));

function noteFor(caller: CurrentUser, interviewId: string, interviewerId: string | null) {
  return and(
    ownNotes(caller, interviewId),
    interviewerId === null ? isNull(thankYouNotes.interviewerId) : eq(thankYouNotes.interviewerId, interviewerId),
  );
}

async function getCandidate(caller: CurrentUser) {
  const [me] = await getDb()
    .select({ name: users.name, email: users.email, timeZone: users.timeZone })
    .from(users)
    .where(eq(users.id, caller.id));
  return me ?? { name: caller.name, email: caller.email, timeZone: "Europe/London" };
}

/** Stored notes as saved, the rest as prefilled drafts. */
export async function listOwnThankYouNotes(caller: CurrentUser, interviewId: string): Promise<ThankYouNotes | null> {
  assertCandidate(caller);
  const interview = await getOwnInterview(caller, interviewId);
  if (!interview) return null;
  const db = getDb();
  const [me, [consultant], [reflection], stored] = await Promise.all([
    getCandidate(caller),
    db
      .select({ name: users.name, email: users.email })
      .from(applications)
      .innerJoin(users, eq(users.id, applications.consultantId))
      .where(and(eq(applications.id, interview.applicationId), eq(applications.candidateId, caller.id))),
    // The reflection's written notes are private to the candidate: only the yes/maybe/no answer
    // steers the drafts' tone, so nothing else of it is read here.
    db.select({ stillWant: reflections.stillWant }).from(reflections).where(and(eq(reflections.interviewId, interviewId), eq(reflections.candidateId, caller.id))),
    db.select().from(thankYouNotes).where(ownNotes(caller, interviewId)),
  ]);
  const passers = stored.flatMap((row) => (row.passedOnBy ? [row.passedOnBy] : []));
  const passerNames = new Map(
    passers.length === 0 ? [] : (await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, passers))).map((user) => [user.id, user.name?.trim() || user.email]),
  );
  const viaConsultant = routesViaConsultant(interview);
  const draftInput: ThankYouDraftInput = {
    candidateName: me.name,
    role: interview.role,
    company: interview.company,
    round: interview.round,
    interviewers: interview.interviewers.map((person) => ({ name: person.name, talkedAbout: person.talkedAbout })),
    viaConsultant,
    consultantName: consultant?.name ?? null,
    stillWant: reflection?.stillWant ?? null,
  };
  const item = (
    interviewerId: string | null,
    recipient: Pick<ThankYouNoteItem, "recipientName" | "recipientTitle" | "recipientEmail">,
    draft: () => NoteText,
  ): ThankYouNoteItem => {
    const note = stored.find((row) => row.interviewerId === interviewerId);
    // A note skipped before it was ever drafted has no text: it starts from the prefilled draft.
    const text = note && note.body.trim() ? { subject: note.subject, body: note.body } : draft();
    const state = note?.state ?? "draft";
    return {
      noteId: note?.id ?? null,
      interviewerId,
      ...recipient,
      ...text,
      state,
      sentAt: note?.sentAt ?? null,
      passedOn: note?.passedOnAt ? { at: note.passedOnAt, by: (note.passedOnBy && passerNames.get(note.passedOnBy)) || "your consultant" } : null,
      canSend: !viaConsultant && state === "draft",
    };
  };

  const notes = viaConsultant
    ? [
        item(
          null,
          consultant
            ? { recipientName: consultant.name?.trim() || consultant.email, recipientTitle: "Your consultant", recipientEmail: consultant.email }
            : { recipientName: brand.agencyName, recipientTitle: "No consultant assigned yet", recipientEmail: null },
          () => draftToConsultant(draftInput),
        ),
      ]
    : // Each interviewer's place in the list picks their note's wording, so a panel's notes differ.
      interview.interviewers.map((person, index) =>
        item(person.id, { recipientName: person.name, recipientTitle: person.title, recipientEmail: person.email }, () => draftToInterviewer(draftInput, index)),
      );
  return {
    interview: {
      id: interview.id,
      company: interview.company,
      role: interview.role,
      round: interview.round,
      startsAt: interview.startsAt,
      source: interview.source,
    },
    viaConsultant,
    timeZone: me.timeZone,
    notes,
  };
}

/** A note that has gone is a record of what was sent, so it is "locked" and not changed. */
export async function saveThankYouDraft(
  caller: CurrentUser,
  interviewId: string,
  interviewerId: string | null,
  text: NoteText,
  now = new Date(),
): Promise<SaveOutcome | null> {
  assertCandidate(caller);
  const interview = await getOwnInterview(caller, interviewId);
  if (!interview) return null;
  // The note's addressee must match how this interview routes thanks.
  const addressable = routesViaConsultant(interview)
    ? interviewerId === null
    : interviewerId !== null && interview.interviewers.some((person) => person.id === interviewerId);
  if (!addressable) return null;
  const saved = await getDb()
    .insert(thankYouNotes)
    .values({ interviewId, candidateId: caller.id, interviewerId, ...text, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [thankYouNotes.interviewId, thankYouNotes.interviewerId],
      set: { ...text, updatedAt: now },
      setWhere: and(eq(thankYouNotes.state, "draft"), eq(thankYouNotes.candidateId, caller.id)),
    })
    .returning({ id: thankYouNotes.id });
  return saved.length > 0 ? "saved" : "locked";
}

/** The candidate sent the note from their own email (the site sends none): it is kept as they last
 *  had it, and counts as that interviewer thanked, in one transaction with the plan. */
export async function markThankYouSent(
  caller: CurrentUser,
  interviewId: string,
  interviewerId: string,
  text: NoteText,
  now = new Date(),
): Promise<MarkOutcome | null> {
  assertCandidate(caller);
  const interview = await getOwnInterview(caller, interviewId);
  if (!interview || !interview.interviewers.some((person) => person.id === interviewerId)) return null;
  if (routesViaConsultant(interview)) return "not_direct";
  return getDb().transaction(async (tx) => {
    const sent = { ...text, state: "sent" as const, sentAt: now, updatedAt: now };
    const marked = await tx
      .insert(thankYouNotes)
      .values({ interviewId, candidateId: caller.id, interviewerId, ...sent, createdAt: now })
      .onConflictDoUpdate({
        target: [thankYouNotes.interviewId, thankYouNotes.interviewerId],
        set: sent,
        setWhere: and(eq(thankYouNotes.state, "draft"), eq(thankYouNotes.candidateId, caller.id)),
      })
      .returning({ id: thankYouNotes.id });
    if (marked.length === 0) return "already_done";
    // The plan reads the notes: thanks completes once every interviewer has one (or the consultant has it).
    await syncInterviewPlan(tx, interviewId, now);
    return "marked";
  });
}

export type SkipOutcome = "skipped" | "unskipped" | "already_done";

/** "Not writing to them": the interviewer counts as settled for the plan ("2 of 3 thanked, 1 skipped"),
 *  and can be written to after all. Only a draft can be skipped; only a skipped note goes back. */
export async function setThankYouSkipped(
  caller: CurrentUser,
  interviewId: string,
  interviewerId: string,
  skip: boolean,
  now = new Date(),
): Promise<SkipOutcome | "not_direct" | null> {
  assertCandidate(caller);
  const interview = await getOwnInterview(caller, interviewId);
  if (!interview || !interview.interviewers.some((person) => person.id === interviewerId)) return null;
  if (routesViaConsultant(interview)) return "not_direct";
  const from = skip ? "draft" : "skipped";
  return getDb().transaction(async (tx) => {
    const changed = await tx
      .insert(thankYouNotes)
      // A skip before any draft was saved keeps the prefilled text, so "write after all" starts from it.
      .values({ interviewId, candidateId: caller.id, interviewerId, subject: "", body: "", state: skip ? "skipped" : "draft", createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: [thankYouNotes.interviewId, thankYouNotes.interviewerId],
        set: { state: skip ? "skipped" : "draft", updatedAt: now },
        setWhere: and(eq(thankYouNotes.state, from), eq(thankYouNotes.candidateId, caller.id)),
      })
      .returning({ id: thankYouNotes.id });
    if (changed.length === 0) return "already_done";
    // Writing after all means the thanks are not done: the plan sync marks it done again if they are.
    if (!skip) {
      await tx
        .update(planSteps)
        .set({ state: "pending", completedAt: null, updatedAt: now })
        .where(and(eq(planSteps.interviewId, interviewId), eq(planSteps.candidateId, caller.id), eq(planSteps.kind, "thanks"), eq(planSteps.state, "done")));
    }
    await syncInterviewPlan(tx, interviewId, now);
    return skip ? "skipped" : "unskipped";
  });
}

export async function handToConsultant(caller: CurrentUser, interviewId: string, now = new Date()): Promise<HandOutcome | null> {
  assertCandidate(caller);
  const interview = await getOwnInterview(caller, interviewId);
  if (!interview) return null;
  if (!routesViaConsultant(interview)) return "not_agency";
  const candidate = { id: caller.id, ...(await getCandidate(caller)) };
  return getDb().transaction(async (tx) => {
    const [note] = await tx
      .select({ id: thankYouNotes.id, state: thankYouNotes.state, body: thankYouNotes.body })
      .from(thankYouNotes)
      .where(noteFor(caller, interviewId, null))
      .for("update");
    if (!note) return "no_draft";
    if (note.state !== "draft") return "already_done";
    // Handed to nobody is not handed: the candidate is told to ring instead.
    const consultant = await consultantFor(tx, interview.applicationId, caller.id);
    if (!consultant) return "no_consultant";
    await tx
      .update(thankYouNotes)
      .set({ state: "handed_to_consultant", sentAt: now, updatedAt: now })
      .where(and(eq(thankYouNotes.id, note.id), eq(thankYouNotes.candidateId, caller.id)));
    await emailThanksToConsultant(tx, consultant, note, interview, candidate, now);
    // The plan reads the notes: thanks completes once every interviewer has one (or the consultant has it).
    await syncInterviewPlan(tx, interviewId, now);
    return "handed";
  });
}
