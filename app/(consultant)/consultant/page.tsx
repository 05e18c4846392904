import type { Metadata } from "next";
import { requireRole, staffRoles } from "@/lib/auth/dal";
import { listVisibleCandidates } from "@/lib/staff/candidates";

export const metadata: Metadata = { title: "Your candidates", robots: { index: false } };

export default async function ConsultantHomePage() {
  const user = await requireRole(staffRoles, "/consultant");
  const candidates = await listVisibleCandidates(user);

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{user.role === "admin" ? "All candidates" : "Your candidates"}</h1>
      {candidates.length === 0 ? (
        <p>No candidates are assigned to you yet.</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Candidates and their open applications</caption>
          <thead>
            <tr className="border-b border-stone-400">
              <th scope="col" className="py-2 pr-4">Candidate</th>
              <th scope="col" className="py-2 pr-4">Email</th>
              {user.role === "admin" ? <th scope="col" className="py-2 pr-4">Consultant</th> : null}
              <th scope="col" className="py-2">Open applications</th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((candidate) => (
              <tr key={candidate.id} className="border-b border-stone-200">
                <td className="py-2 pr-4">{candidate.name ?? "Unnamed candidate"}</td>
                <td className="py-2 pr-4">{candidate.email}</td>
                {user.role === "admin" ? <td className="py-2 pr-4">{candidate.consultantName ?? "Unassigned"}</td> : null}
                <td className="py-2">{candidate.openApplications}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
