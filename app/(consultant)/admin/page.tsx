import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/dal";
import { listStaff } from "@/lib/staff/team";

export const metadata: Metadata = { title: "Admin", robots: { index: false } };

export default async function AdminPage() {
  const user = await requireRole(["admin"], "/admin");
  const staff = await listStaff(user);

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Admin</h1>
      <section aria-labelledby="team-heading" className="space-y-2">
        <h2 id="team-heading" className="text-xl font-semibold">The team</h2>
        <ul className="divide-y divide-stone-200">
          {staff.map((member) => (
            <li key={member.id} className="flex flex-wrap justify-between gap-2 py-2">
              <span>
                <span className="font-semibold">{member.name ?? member.email}</span> ({member.role})
              </span>
              <span>{member.candidates} candidates</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
