import type { Metadata } from "next";
import { z } from "zod";
import { PageHeading } from "@/components/page-heading";
import { requireRole } from "@/lib/auth/dal";
import { staffRoles } from "@/lib/domain/values";
import { CANDIDATES_PER_PAGE, countVisibleCandidates, listVisibleCandidates } from "@/lib/staff/candidates";
import { CandidateSearchForm } from "./_components/candidate-search-form";
import { CandidateTable } from "./_components/candidate-table";
import { PageLinks } from "./_components/page-links";

export const metadata: Metadata = { title: "Candidates", robots: { index: false } };

// A hand-edited URL falls back to the first page of everyone rather than an error.
const listParams = z.object({
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).catch(1),
});

export default async function CandidatesPage({ searchParams }: PageProps<"/consultant/candidates">) {
  const user = await requireRole(staffRoles, "/consultant/candidates");
  const raw = await searchParams;
  const { q: query, page: asked } = listParams.parse({ q: typeof raw.q === "string" ? raw.q : "", page: typeof raw.page === "string" ? raw.page : "1" });

  const total = await countVisibleCandidates(user, query);
  const pageCount = Math.max(1, Math.ceil(total / CANDIDATES_PER_PAGE));
  const page = Math.min(asked, pageCount);
  const offset = (page - 1) * CANDIDATES_PER_PAGE;
  const candidates = await listVisibleCandidates(user, { search: query, limit: CANDIDATES_PER_PAGE, offset });
  const isAdmin = user.role === "admin";

  return (
    <div className="space-y-6">
      <PageHeading
        title={isAdmin ? "All candidates" : "Your candidates"}
        lead={isAdmin ? "Every candidate, with their consultant." : "The candidates assigned to you. Open one to see their interviews, plans and shared debriefs."}
      />
      <CandidateSearchForm query={query} />
      {candidates.length === 0 ? (
        <p>{query ? `No candidates match “${query}”.` : isAdmin ? "There are no candidates yet." : "No candidates are assigned to you yet."}</p>
      ) : (
        <>
          <p className="text-muted">
            Showing {offset + 1} to {offset + candidates.length} of {total.toLocaleString("en-GB")} {total === 1 ? "candidate" : "candidates"}
            {query ? ` matching “${query}”` : ""}.
          </p>
          <CandidateTable candidates={candidates} showConsultant={isAdmin} />
          <PageLinks query={query} page={page} pageCount={pageCount} />
        </>
      )}
    </div>
  );
}
