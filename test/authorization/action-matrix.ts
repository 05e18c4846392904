// Who may do what through each server action: one row per action (a few
// actions have extra rows for the agency's visibility rules), six people per
// row. Each row's input is valid and aims at candidate A's records, so a
// refusal is the gate's doing and not the form's. An action added to app/
// without a row here fails server-actions.test.ts.
import { idleFormState } from "@/lib/actions/form-state";
import type { ActionWorld } from "./action-world";
import { formData as form } from "@/test/fake-session";
import { interviewFormFields } from "@/test/interview-form";

export const principals = ["signedOut", "candidateA", "candidateB", "consultantA", "consultantB", "admin"] as const;
export type Principal = (typeof principals)[number];

/**
 * allowed: something changes (a row, or Auth.js is asked to sign in or out).
 * refused: no table changes and Auth.js is not called.
 * own: the action has no target but the session, so it changes the caller's
 * own account, and no row that mentions candidate A.
 */
export type Expectation = "allowed" | "refused" | "own";
export type Row = Record<Principal, Expectation>;
export type MatrixRow = { label: string; action: string; expect: Row; args: (world: ActionWorld) => unknown[] };

const A = "allowed";
const R = "refused";
const everyone: Row = { signedOut: A, candidateA: A, candidateB: A, consultantA: A, consultantB: A, admin: A };
const nobody: Row = { signedOut: R, candidateA: R, candidateB: R, consultantA: R, consultantB: R, admin: R };
const candidateARecord: Row = { ...nobody, candidateA: A };
const candidateOwnAccount: Row = { ...candidateARecord, candidateB: "own" };
const staffOnCandidateA: Row = { ...nobody, consultantA: A, admin: A };
const adminOnly: Row = { ...nobody, admin: A };

const DAY = 86_400_000;
const isoDate = (at: Date) => at.toISOString().slice(0, 10);


/** A second round in a fortnight, as the interview forms post it. */
const interviewFields = (world: ActionWorld) => interviewFormFields(world.now);

const note = (interviewerId: string, extra: Record<string, string> = {}) =>
  form({ interviewerId, subject: "Thank you for today", body: "It was good to hear about the team's plans.", ...extra });

const move = (applicationId: string) => form({ applicationId, stage: "offer", back: "?stage=interviewing" });

export const matrix: MatrixRow[] = [
  // Public: sign-in is open to anyone (its rate limit is the gate, and the link goes to the address typed).
  { label: "requestSignInLinkAction", action: "requestSignInLinkAction", expect: everyone, args: (w) => [idleFormState, form({ email: w.candidateA.email })] },
  // Public: signing out touches only the caller's own session; signed out, it is a harmless no-op.
  { label: "signOutAction", action: "signOutAction", expect: everyone, args: () => [] },

  { label: "updateSettingsAction", action: "updateSettingsAction", expect: candidateOwnAccount, args: () => [idleFormState, form({ name: "Renamed", timeZone: "Europe/Dublin", digestEnabled: "on" })] },
  { label: "calendarFeedAction", action: "calendarFeedAction", expect: candidateOwnAccount, args: () => [idleFormState, form({ intent: "create" })] },
  // One purpose per save; the stray userId must not aim it at candidate A.
  { label: "saveConsentAction", action: "saveConsentAction", expect: candidateOwnAccount, args: (w) => [idleFormState, form({ purpose: "marketing_sms", answer: "yes", userId: w.candidateA.id })] },
  // "No" to keeping their details, with candidate A's application open: only the caller's own answer changes.
  { label: "saveConsentAction (keep my details)", action: "saveConsentAction", expect: candidateOwnAccount, args: () => [idleFormState, form({ purpose: "data_retention", answer: "no" })] },
  // The confirmation is candidate A's address: typed by candidate B, it must erase nobody.
  { label: "eraseAccountAction", action: "eraseAccountAction", expect: candidateARecord, args: (w) => [idleFormState, form({ confirmation: w.candidateA.email })] },
  { label: "keepMyDetailsAction", action: "keepMyDetailsAction", expect: candidateOwnAccount, args: () => [idleFormState, form({})] },
  // The retention email's link: its signed token is the authority, whoever's session comes with it.
  { label: "keepDetailsByLinkAction", action: "keepDetailsByLinkAction", expect: everyone, args: (w) => [w.keepToken, idleFormState, form({})] },
  { label: "keepDetailsByLinkAction with a forged link", action: "keepDetailsByLinkAction", expect: nobody, args: (w) => [`${w.keepToken.slice(0, -3)}AAA`, idleFormState, form({})] },

  {
    label: "createApplicationAction",
    action: "createApplicationAction",
    expect: candidateOwnAccount,
    args: () => [idleFormState, form({ company: "Harbour Lane Foods", role: "Data Analyst", source: "direct", stage: "applied" })],
  },
  {
    label: "updateApplicationAction",
    action: "updateApplicationAction",
    expect: candidateARecord,
    args: (w) => [idleFormState, form({ id: w.applicationA.id, company: "Alpha Ltd", role: "Senior Analyst", source: "agency", stage: "awaiting_decision" })],
  },
  { label: "deleteApplicationAction", action: "deleteApplicationAction", expect: candidateARecord, args: (w) => [idleFormState, form({ id: w.applicationA.id })] },

  {
    label: "createInterviewAction",
    action: "createInterviewAction",
    expect: candidateARecord,
    args: (w) => [idleFormState, form({ applicationId: w.applicationA.id, ...interviewFields(w) })],
  },
  {
    label: "updateInterviewAction",
    action: "updateInterviewAction",
    expect: candidateARecord,
    args: (w) => [idleFormState, form({ id: w.interviewA, applicationId: w.applicationA.id, ...interviewFields(w), round: "1" })],
  },
  {
    label: "deleteInterviewAction",
    action: "deleteInterviewAction",
    expect: candidateARecord,
    args: (w) => [idleFormState, form({ id: w.interviewA, applicationId: w.applicationA.id })],
  },
  {
    label: "recordTimelineSlipAction",
    action: "recordTimelineSlipAction",
    expect: candidateARecord,
    args: (w) => [idleFormState, form({ id: w.interviewA, newDate: isoDate(new Date(w.now.getTime() + 30 * DAY)), note: "They are still interviewing" })],
  },
  {
    label: "setPlanStepStateAction",
    action: "setPlanStepStateAction",
    expect: candidateARecord,
    args: (w) => [idleFormState, form({ stepId: w.planStepA, interviewId: w.interviewA, state: "done" })],
  },
  {
    label: "setOutcomeAction",
    action: "setOutcomeAction",
    expect: candidateARecord,
    args: (w) => [idleFormState, form({ applicationId: w.applicationA.id, interviewId: w.interviewA, stage: "offer" })],
  },

  // The three thank-you actions and the reflection are bound to the interview's id by the page.
  { label: "saveThankYouDraftAction", action: "saveThankYouDraftAction", expect: candidateARecord, args: (w) => [w.interviewA, idleFormState, note("")] },
  { label: "handToConsultantAction", action: "handToConsultantAction", expect: candidateARecord, args: (w) => [w.interviewA, idleFormState, note("")] },
  // "I've sent it": the candidate sent the note from their own email; it records the note and the step.
  {
    label: "markThankYouSentAction",
    action: "markThankYouSentAction",
    expect: candidateARecord,
    args: (w) => [w.privateDirect.interviewId, idleFormState, note(w.privateDirect.interviewerId)],
  },
  // "Not writing to them": the interviewer counts as settled for the plan.
  {
    label: "skipThankYouNoteAction",
    action: "skipThankYouNoteAction",
    expect: candidateARecord,
    args: (w) => [w.privateDirect.interviewId, idleFormState, form({ interviewerId: w.privateDirect.interviewerId, intent: "skip" })],
  },
  {
    label: "saveReflectionAction",
    action: "saveReflectionAction",
    expect: candidateARecord,
    args: (w) => [
      w.interviewA,
      idleFormState,
      form({ rapport: "5", answers: "4", wentWell: "Good on the case study", stillWant: "yes", "questions.0.question": "Why this team?", "questions.0.howItWent": "4" }),
    ],
  },

  { label: "moveStageAction", action: "moveStageAction", expect: staffOnCandidateA, args: (w) => [move(w.applicationA.id)] },
  { label: "moveStageAction on A's shared direct application", action: "moveStageAction", expect: staffOnCandidateA, args: (w) => [move(w.sharedDirect.applicationId)] },
  { label: "moveStageAction on A's private direct application", action: "moveStageAction", expect: nobody, args: (w) => [move(w.privateDirect.applicationId)] },
  {
    label: "recordClientFeedbackAction",
    action: "recordClientFeedbackAction",
    expect: staffOnCandidateA,
    args: (w) => [idleFormState, form({ interviewId: w.interviewA, body: "They liked the case study." })],
  },
  {
    label: "recordClientFeedbackAction on A's shared direct interview",
    action: "recordClientFeedbackAction",
    expect: staffOnCandidateA,
    args: (w) => [idleFormState, form({ interviewId: w.sharedDirect.interviewId, body: "They liked the case study." })],
  },
  {
    label: "recordClientFeedbackAction on A's private direct interview",
    action: "recordClientFeedbackAction",
    expect: nobody,
    args: (w) => [idleFormState, form({ interviewId: w.privateDirect.interviewId, body: "They liked the case study." })],
  },
  {
    label: "markThanksPassedOnAction",
    action: "markThanksPassedOnAction",
    expect: staffOnCandidateA,
    args: (w) => [idleFormState, form({ candidateId: w.candidateA.id, noteId: w.handedNoteId })],
  },
  {
    label: "logInterviewAction",
    action: "logInterviewAction",
    expect: staffOnCandidateA,
    args: (w) => [idleFormState, form({ candidateId: w.candidateA.id, applicationChoice: "existing", applicationId: w.applicationA.id, ...interviewFields(w) })],
  },
  {
    label: "logInterviewAction with a new agency application",
    action: "logInterviewAction",
    expect: staffOnCandidateA,
    args: (w) => [idleFormState, form({ candidateId: w.candidateA.id, applicationChoice: "new", company: "Epsilon Group", role: "Analyst", ...interviewFields(w) })],
  },

  { label: "inviteStaffAction", action: "inviteStaffAction", expect: adminOnly, args: () => [idleFormState, form({ email: "new.colleague@world.test", role: "consultant" })] },
  { label: "resendInvitationAction", action: "resendInvitationAction", expect: adminOnly, args: (w) => [idleFormState, form({ invitationId: w.invitationId })] },
  { label: "revokeInvitationAction", action: "revokeInvitationAction", expect: adminOnly, args: (w) => [idleFormState, form({ invitationId: w.invitationId })] },
  {
    label: "assignCandidateAction",
    action: "assignCandidateAction",
    expect: adminOnly,
    args: (w) => [idleFormState, form({ candidateId: w.candidateA.id, consultantId: w.consultantB.id })],
  },
  // Asking the client, and acting on their answer: staff who may see candidate A.
  {
    label: "sendClientRequestAction",
    action: "sendClientRequestAction",
    expect: staffOnCandidateA,
    args: (w) => [idleFormState, form({ interviewId: w.interviewA, contactName: "Jo Evans", contactEmail: "jo.evans@client.test", contactRole: "Head of Data" })],
  },
  {
    label: "reviewClientAnswerAction",
    action: "reviewClientAnswerAction",
    expect: staffOnCandidateA,
    args: (w) => [idleFormState, form({ answerId: w.clientAnswerId, decision: "release", body: "They liked your plans for the data team." })],
  },
  { label: "confirmClientStageAction", action: "confirmClientStageAction", expect: staffOnCandidateA, args: (w) => [idleFormState, form({ applicationId: w.applicationA.id, stage: "offer" })] },
  // The client's page: the link is the whole authority, whoever's session comes with it.
  {
    label: "answerClientRequestAction",
    action: "answerClientRequestAction",
    expect: everyone,
    args: (w) => [w.clientTokens.open, idleFormState, form({ status: "still_deciding", decideBy: isoDate(new Date(w.now.getTime() + 20 * DAY)), feedbackForCandidate: "Good answers." })],
  },
  {
    label: "answerClientRequestAction with a replaced link",
    action: "answerClientRequestAction",
    expect: nobody,
    args: (w) => [w.clientTokens.replaced, idleFormState, form({ status: "still_deciding" })],
  },
  {
    label: "answerClientRequestAction with an expired link",
    action: "answerClientRequestAction",
    expect: nobody,
    args: (w) => [w.clientTokens.expired, idleFormState, form({ status: "still_deciding" })],
  },
  {
    label: "answerClientRequestAction with a forged link",
    action: "answerClientRequestAction",
    expect: nobody,
    args: () => ["A".repeat(43), idleFormState, form({ status: "still_deciding" })],
  },
  { label: "stopClientRequestsAction", action: "stopClientRequestsAction", expect: everyone, args: (w) => [w.clientTokens.open, idleFormState, form({})] },
  { label: "stopClientRequestsAction with a forged link", action: "stopClientRequestsAction", expect: nobody, args: () => ["A".repeat(43), idleFormState, form({})] },
  {
    label: "setIntakeConsultantAction",
    action: "setIntakeConsultantAction",
    expect: adminOnly,
    args: (w) => [idleFormState, form({ consultantId: w.consultantB.id })],
  },
  // Offboarding candidate A's consultant hands candidate A to consultant B.
  {
    label: "deactivateStaffAction",
    action: "deactivateStaffAction",
    expect: adminOnly,
    args: (w) => [idleFormState, form({ staffId: w.consultantA.id, successorId: w.consultantB.id })],
  },
  // The mail view: a failed message to candidate A goes again; a suppressed address is lifted.
  { label: "retryEmailAction", action: "retryEmailAction", expect: adminOnly, args: (w) => [idleFormState, form({ emailId: w.failedEmailId })] },
  { label: "liftSuppressionAction", action: "liftSuppressionAction", expect: adminOnly, args: (w) => [idleFormState, form({ addressHash: w.suppressedHash })] },
  { label: "changeStaffRoleAction", action: "changeStaffRoleAction", expect: adminOnly, args: (w) => [idleFormState, form({ staffId: w.consultantB.id, role: "admin" })] },
];
