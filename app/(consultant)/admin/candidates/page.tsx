import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { Cell, ColumnHeader, RowHeader, Table, TableBody, TableHead, TableRow } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/dal";
import { assignmentFilterSchema } from "@/lib/admin/assignment-schema";
import { assignmentPageSize, countCandidatesWaitingForConsultant, listAssignableConsultants, listCandidateAssignments } from "@/lib/admin/assignments";
import { getIntakeSetting } from "@/lib/admin/intake";
import { Pager, withParams } from "@/components/ui/pager";
import { AssignmentForm } from "./_components/assignment-form";
import { CandidateSearch } from "./_components/candidate-search";
import { IntakeForm } from "./_components/intake-form";

export const metadata: Metadata = { title: "Assignments", robots: { index: false } };

export default async function AssignmentsPage({ searchParams }: PageProps<"/admin/candidates">) {
  const user = await requireRole(["admin"], "/admin/candidates");
  const filter = assignmentFilterSchema.parse(await searchParams);
  const [{ rows, total, page, pageCount }, consultants, intake, waiting] = await Promise.all([
    listCandidateAssignments(user, filter),
    listAssignableConsultants(user),
    getIntakeSetting(user),
    countCandidatesWaitingForConsultant(user),
  ]);
  const options = consultants.map((consultant) => ({ value: consultant.id, label: consultant.name ?? consultant.email }));
  const pageHref = (target: number) => withParams("/admin/candidates", { q: filter.q, consultant: filter.consultant, page: target });
  const first = (page - 1) * assignmentPageSize + 1;

  return (
    <div className="space-y-6">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold">Assignments</h1>
        <p className="mt-1">
          Each candidate&rsquo;s consultant. Reassigning a candidate moves their open agency applications to the new
          consultant too; closed ones stay with whoever handled them.
        </p>
      </div>
      {waiting > 0 ? (
        <Notice tone="warning" className="max-w-3xl">
          {waiting === 1 ? "1 candidate has" : `${waiting.toLocaleString("en-GB")} candidates have`} agency applications in
          progress and no consultant, so their thanks and debriefs reach no one.{" "}
          <Link href="/admin/candidates?consultant=none">Show candidates without a consultant</Link>
        </Notice>
      ) : null}
      <section aria-labelledby="intake-heading" className="max-w-3xl space-y-2">
        <h2 id="intake-heading" className="text-xl font-semibold">New candidates</h2>
        <p id="intake-consultant-hint">
          A candidate who applies through the agency without a consultant is assigned one at once, and both are told.{" "}
          {intake.next
            ? `The next one goes to ${intake.next.name}.`
            : "There is no active consultant to assign, so new candidates wait here for you."}
        </p>
        <IntakeForm intakeConsultantId={intake.intakeConsultantId} consultants={options} />
      </section>
      <CandidateSearch filter={filter} consultants={options} />
      {rows.length === 0 ? (
        <p role="status">No candidates match that search.</p>
      ) : (
        <>
          <p role="status">
            Showing {first}&ndash;{first + rows.length - 1} of {total.toLocaleString("en-GB")} candidates.
          </p>
          <Table caption="Candidates and their consultants, by name" hideCaption wide>
            <TableHead>
              <ColumnHeader>Candidate</ColumnHeader>
              <ColumnHeader>Open agency applications</ColumnHeader>
              <ColumnHeader>Consultant</ColumnHeader>
            </TableHead>
            <TableBody>
              {rows.map((candidate) => (
                <TableRow key={candidate.id}>
                  <RowHeader>
                    <span className="font-semibold">{candidate.name ?? "No name given"}</span>
                    <span className="block break-all text-sm">{candidate.email}</span>
                    <Link href={withParams("/admin/audit", { candidate: candidate.id })} className="text-sm">
                      Audit log<span className="sr-only"> for {candidate.name ?? candidate.email}</span>
                    </Link>
                  </RowHeader>
                  <Cell label="Open agency applications">{candidate.openAgencyApplications}</Cell>
                  <Cell label="Consultant">
                    <AssignmentForm
                      candidateId={candidate.id}
                      candidateLabel={candidate.name ?? candidate.email}
                      consultantId={candidate.consultantId}
                      consultantName={candidate.consultantName}
                      consultants={options}
                    />
                  </Cell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pager
            label="Pages of candidates"
            status={`Page ${page} of ${pageCount}`}
            previous={page > 1 ? { href: pageHref(page - 1), label: "Previous page" } : null}
            next={page < pageCount ? { href: pageHref(page + 1), label: "Next page" } : null}
          />
        </>
      )}
    </div>
  );
}
