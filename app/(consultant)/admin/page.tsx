import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/dal";
import { staffInvitationDays } from "@/lib/auth/staff-invitations";
import { listAssignableConsultants } from "@/lib/admin/assignments";
import { listStaffInvitations } from "@/lib/admin/invitations";
import { listStaff } from "@/lib/staff/team";
import { InvitationList } from "./_components/invitation-list";
import { InviteForm } from "./_components/invite-form";
import { TeamList } from "./_components/team-list";

export const metadata: Metadata = { title: "Team", robots: { index: false } };

export default async function AdminTeamPage() {
  const user = await requireRole(["admin"], "/admin");
  const [staff, invitations, consultants] = await Promise.all([listStaff(user), listStaffInvitations(user), listAssignableConsultants(user)]);

  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-bold">Team</h1>
      <TeamList staff={staff} consultants={consultants} callerId={user.id} />
      <section aria-labelledby="invite-heading" className="space-y-2">
        <h2 id="invite-heading" className="text-xl font-semibold">Invite someone to the team</h2>
        <p className="max-w-3xl">
          They get an email with a sign-in link that works for {staffInvitationDays} days. Signing in with it (or with
          any sign-in link while the invitation is waiting) gives them the role you choose.
        </p>
        <InviteForm />
      </section>
      <InvitationList invitations={invitations} />
    </div>
  );
}
