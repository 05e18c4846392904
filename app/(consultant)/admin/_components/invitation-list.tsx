import { Cell, ColumnHeader, RowHeader, Table, TableBody, TableHead, TableRow } from "@/components/ui/table";
import { formatDate } from "@/lib/domain/format";
import type { InvitationState, StaffInvitationSummary } from "@/lib/admin/invitations";
import { InvitationActions } from "./invitation-actions";

const stateWords: Record<InvitationState, string> = {
  pending: "Waiting until",
  accepted: "Accepted on",
  revoked: "Revoked on",
  expired: "Expired on",
};

const roleLabels = { consultant: "Consultant", admin: "Admin" } as const;

export function InvitationList({ invitations }: { invitations: StaffInvitationSummary[] }) {
  return (
    <section aria-labelledby="invitations-heading" className="space-y-2">
      <h2 id="invitations-heading" className="text-xl font-semibold">Invitations</h2>
      {invitations.length === 0 ? (
        <p>No invitations yet.</p>
      ) : (
        <Table caption="Staff invitations, newest first, with what became of each" hideCaption wide>
          <TableHead>
            <ColumnHeader>Email address</ColumnHeader>
            <ColumnHeader>Role</ColumnHeader>
            <ColumnHeader>Status</ColumnHeader>
            <ColumnHeader>Invited by</ColumnHeader>
            <ColumnHeader><span className="sr-only">Actions</span></ColumnHeader>
          </TableHead>
          <TableBody>
            {invitations.map((invitation) => (
              <TableRow key={invitation.id}>
                <RowHeader breakAll>{invitation.email}</RowHeader>
                <Cell label="Role">{roleLabels[invitation.role]}</Cell>
                <Cell label="Status">
                  {stateWords[invitation.state]} {formatDate(invitation.stateAt)}
                </Cell>
                <Cell label="Invited by">
                  {invitation.inviterName ?? "Someone no longer here"}, {formatDate(invitation.createdAt)}
                </Cell>
                <Cell>
                  <InvitationActions invitationId={invitation.id} email={invitation.email} open={invitation.state === "pending"} />
                </Cell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
