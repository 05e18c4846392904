import Link from "next/link";
import type { CandidateSummary } from "@/lib/staff/candidates";

type Props = { candidates: readonly CandidateSummary[]; showConsultant: boolean };

export function CandidateTable({ candidates, showConsultant }: Props) {
  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">Candidates and their open applications</caption>
      <thead>
        <tr className="border-b border-stone-400">
          <th scope="col" className="py-2 pr-4">Candidate</th>
          <th scope="col" className="py-2 pr-4">Email</th>
          {showConsultant ? <th scope="col" className="py-2 pr-4">Consultant</th> : null}
          <th scope="col" className="py-2">Open applications</th>
        </tr>
      </thead>
      <tbody>
        {candidates.map((candidate) => (
          <tr key={candidate.id} className="border-b border-stone-200">
            <td className="py-2 pr-4">
              <Link href={`/consultant/candidates/${candidate.id}`} className="font-semibold">
                {candidate.name ?? "Unnamed candidate"}
              </Link>
            </td>
            <td className="py-2 pr-4 break-all">{candidate.email}</td>
            {showConsultant ? <td className="py-2 pr-4">{candidate.consultantName ?? "Unassigned"}</td> : null}
            <td className="py-2">{candidate.openApplications}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
