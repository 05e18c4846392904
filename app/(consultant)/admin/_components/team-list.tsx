import type { StaffMember } from "@/lib/staff/team";

export function TeamList({ staff }: { staff: StaffMember[] }) {
  return (
    <section aria-labelledby="team-heading" className="space-y-2">
      <h2 id="team-heading" className="text-xl font-semibold">The team</h2>
      <ul className="divide-y divide-stone-200">
        {staff.map((member) => (
          <li key={member.id} className="flex flex-wrap justify-between gap-2 py-2">
            <span>
              <span className="font-semibold">{member.name ?? member.email}</span> ({member.role})
            </span>
            <span>
              {member.candidates} {member.candidates === 1 ? "candidate" : "candidates"}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
