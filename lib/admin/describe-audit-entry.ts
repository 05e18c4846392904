import type { AuditAction } from "@/lib/audit/record";

// Pure; entities this file does not know still read sensibly.

type Person = { name: string | null; email: string };

export type DescribableEntry = {
  action: AuditAction;
  entity: string;
  entityId: string | null;
  invitation: { email: string; role: "consultant" | "admin" } | null;
  assignedTo: Person | null;
  listed?: number | null;
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
  if (entity === "staff_invitation" && invitation) {
    if (action === "create") return `Invited ${invitation.email} as ${asRole(invitation.role)}`;
    if (action === "delete") return `Revoked the invitation to ${invitation.email}`;
    return `Resent the invitation to ${invitation.email}`;
  }
  if (entity === "staff_role" && invitation) return `Joined the team as ${asRole(invitation.role)}, accepting their invitation`;
  const words = entity.replaceAll("_", " ");
  const noun = words.charAt(0).toUpperCase() + words.slice(1);
  if (listed != null) return `${noun}, ${listing(listed)}`;
  return entityId ? `${noun} ${entityId}` : noun;
}
