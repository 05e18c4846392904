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
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Staff invitations, newest first, with what became of each</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-2 pr-4">Email address</th>
              <th scope="col" className="py-2 pr-4">Role</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2 pr-4">Invited by</th>
              <th scope="col" className="py-2"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id} className="border-b border-line align-top">
                <td className="py-2 pr-4 break-all">{invitation.email}</td>
                <td className="py-2 pr-4">{roleLabels[invitation.role]}</td>
                <td className="py-2 pr-4">
                  {stateWords[invitation.state]} {formatDate(invitation.stateAt)}
                </td>
                <td className="py-2 pr-4">
                  {invitation.inviterName ?? "Someone no longer here"}, {formatDate(invitation.createdAt)}
                </td>
                <td className="py-2">
                  <InvitationActions invitationId={invitation.id} email={invitation.email} open={invitation.state === "pending"} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
