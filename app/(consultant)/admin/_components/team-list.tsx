import type { ConsultantOption } from "@/lib/admin/assignments";
import type { StaffMember } from "@/lib/staff/team";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/domain/format";
import { DeactivateForm } from "./deactivate-form";
import { RoleForm } from "./role-form";

type Props = { staff: StaffMember[]; consultants: ConsultantOption[]; callerId: string };

const nameOf = (person: { name: string | null; email: string }) => person.name ?? person.email;

/** One list, active staff first: someone just deactivated keeps their place in React's tree, so the
 *  form's outcome stays on screen. */
export function TeamList({ staff, consultants, callerId }: Props) {
  const ordered = [...staff].sort((a, b) => Number(Boolean(a.deactivatedAt)) - Number(Boolean(b.deactivatedAt)));
  return (
    <section aria-labelledby="team-heading" className="space-y-2">
      <h2 id="team-heading" className="text-xl font-semibold">The team</h2>
      <p className="max-w-3xl">
        Deactivating someone signs them out at once, stops them signing in again and moves their candidates to the
        consultant you choose. The team always keeps at least one active admin.
      </p>
      <ul className="divide-y divide-line">
        {ordered.map((member) => (
          <li key={member.id} className="grid gap-2 py-3 md:grid-cols-[1fr_auto]">
            <div>
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-semibold">{nameOf(member)}</span>
                <Badge tone={member.role === "admin" ? "brand" : "neutral"}>{member.role === "admin" ? "Admin" : "Consultant"}</Badge>
                {member.id === callerId ? <Badge tone="info">You</Badge> : null}
                {member.deactivatedAt ? <Badge tone="warning">Deactivated</Badge> : null}
              </p>
              {member.candidates} {member.candidates === 1 ? "candidate" : "candidates"}
              <span className="block text-sm text-muted">
                {member.email}
                {member.deactivatedAt ? `, deactivated on ${formatDate(member.deactivatedAt)}` : ""}
              </span>
            </div>
            <div className="space-y-2">
              {member.deactivatedAt ? null : <RoleForm staffId={member.id} label={nameOf(member)} role={member.role} />}
              <DeactivateForm
                staffId={member.id}
                label={nameOf(member)}
                candidates={member.candidates}
                deactivated={Boolean(member.deactivatedAt)}
                successors={consultants.filter((option) => option.id !== member.id).map((option) => ({ value: option.id, label: nameOf(option) }))}
              />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
