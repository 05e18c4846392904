import type { AuditAction } from "@/lib/audit/record";
import { stageLabels } from "@/lib/domain/labels";
import type { ApplicationStage } from "@/lib/domain/values";

// Pure; entities this file does not know still read sensibly.

type Person = { name: string | null; email: string };

export type DescribableEntry = {
  action: AuditAction;
  entity: string;
  entityId: string | null;
  invitation: { email: string; role: "consultant" | "admin" } | null;
  assignedTo: Person | null;
  listed?: number | null;
  /** The application (and round) the record belongs to, looked up when the log is read; null once deleted. */
  subject?: { company: string; role: string; round: number | null } | null;
  toStage?: string | null;
  /** A deactivation or role change, with the people looked up when the log is read. */
  staffChange?: {
    person: Person | null;
    deactivated: boolean;
    successor: Person | null;
    moved: number;
    toRole: "consultant" | "admin" | null;
  } | null;
};

export const actionLabels: Record<AuditAction, string> = {
  view: "Viewed",
  create: "Created",
  update: "Changed",
  delete: "Deleted",
};

const asRole = (role: "consultant" | "admin") => (role === "admin" ? "an admin" : "a consultant");
const personName = (person: Person) => person.name ?? person.email;
// Erasure takes a candidate out of the lists that showed them, so a list can end up naming no one.
const listing = (count: number) =>
  count === 0 ? "listing candidates since erased" : `listing ${count} ${count === 1 ? "candidate" : "candidates"}`;

export function describeAuditEntry(entry: DescribableEntry): string {
  const { action, entity, entityId, invitation, assignedTo, listed } = entry;
  if (entity === "assignment") {
    if (!entityId) return "Unassigned from their consultant";
    return assignedTo ? `Assigned to ${personName(assignedTo)}` : "Assigned to a consultant whose account is gone";
  }
  if (entity === "intake_consultant") {
    if (!entityId) return "Sent new agency candidates to whoever has the fewest in progress";
    return assignedTo ? `Sent new agency candidates to ${personName(assignedTo)}` : "Sent new agency candidates to a consultant whose account is gone";
  }
  if (entity === "staff_invitation" && invitation) {
    if (action === "create") return `Invited ${invitation.email} as ${asRole(invitation.role)}`;
    if (action === "delete") return `Revoked the invitation to ${invitation.email}`;
    return `Resent the invitation to ${invitation.email}`;
  }
  if (entity === "staff_member" && entry.staffChange) return describeStaffChange(entry.staffChange);
  if (entity === "email_retry") return "Queued a failed email to go again";
  if (entity === "email_suppression" && entityId) return `Lifted the email suppression of address hash ${entityId.slice(0, 12)}…`;
  if (entity === "staff_role" && invitation) return `Joined the team as ${asRole(invitation.role)}, accepting their invitation`;
  const sentence = describeJourneyEntry(entry);
  if (sentence) return sentence;
  const words = entity.replaceAll("_", " ");
  const noun = words.charAt(0).toUpperCase() + words.slice(1);
  if (listed != null) return `${noun}, ${listing(listed)}`;
  return entityId ? `${noun} ${entityId}` : noun;
}

function describeStaffChange({ person, deactivated, successor, moved, toRole }: NonNullable<DescribableEntry["staffChange"]>): string {
  const who = person ? personName(person) : "a member of staff whose account is gone";
  if (!deactivated) return toRole ? `Made ${who} ${asRole(toRole)}` : `Changed the role of ${who}`;
  if (moved === 0) return `Deactivated ${who}, who had no candidates to hand over`;
  const candidates = `${moved} ${moved === 1 ? "candidate" : "candidates"}`;
  return `Deactivated ${who} and moved their ${candidates} to ${successor ? personName(successor) : "a consultant whose account is gone"}`;
}

const journeyNouns: Record<string, string> = {
  application: "an application",
  interview: "an interview",
  client_feedback: "an interview",
  thank_you_note: "an interview",
  client_feedback_request: "an interview",
  client_answer: "an interview",
  client_request_opt_out: "an interview",
};

/** Records of the journey as sentences: "Moved Acme Ltd, Data Analyst to Offer". */
function describeJourneyEntry({ action, entity, subject, toStage }: DescribableEntry): string | null {
  if (entity === "candidate" && action === "view") return "Opened the candidate’s page";
  if (!(entity in journeyNouns)) return null;
  const what = subject ? `${subject.company}, ${subject.role}` : `${journeyNouns[entity]} since deleted`;
  const round = subject?.round ? `round ${subject.round} of ${what}` : what;
  if (entity === "application") {
    if (action === "create") return `Added the application ${what}`;
    if (toStage && toStage in stageLabels) return `Moved ${what} to ${stageLabels[toStage as ApplicationStage]}`;
    return action === "delete" ? `Deleted ${what}` : `Changed ${what}`;
  }
  if (entity === "interview") return action === "create" ? `Logged ${round}` : `Changed ${round}`;
  if (entity === "client_feedback") return `Recorded client feedback on ${round}`;
  if (entity === "client_feedback_request") return action === "view" ? `Opened the feedback request about ${round}` : `Asked the client for feedback on ${round}`;
  if (entity === "client_answer") return action === "create" ? `Answered the feedback request about ${round}` : `Reviewed the client's answer about ${round}`;
  if (entity === "client_request_opt_out") return "Stopped feedback requests to their address";
  return `Passed on the candidate’s thanks for ${round}`;
}
