import type { Metadata } from "next";
import Link from "next/link";
import { recordListView } from "@/lib/audit/record";
import { requireRole } from "@/lib/auth/dal";
import { staffRoles } from "@/lib/domain/values";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/domain/format";
import { describeAge } from "@/emails/consultant-digest";
import { attentionPage } from "@/lib/staff/attention-page";
import { listNeedsAttention } from "@/lib/staff/needs-attention";
import { viewerTimeZone } from "@/lib/staff/viewer";

export const metadata: Metadata = { title: "Needs attention", robots: { index: false } };

export default async function NeedsAttentionPage({ searchParams }: PageProps<"/consultant">) {
  const user = await requireRole(staffRoles, "/consultant");
  const timeZone = await viewerTimeZone(user);
  const now = new Date();
  const all = await listNeedsAttention(getDb(), { id: user.id, role: user.role, timeZone }, now);
  const { shown: items, hiddenCount } = attentionPage(all, (await searchParams).all === "1");
  await recordListView(getDb(), user, items.map((item) => item.candidateId), "needs_attention", now);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">Needs attention today</h1>
        <p className="mt-1">
          {user.role === "admin" ? "Every candidate" : "Your candidates"}, oldest first, as of {formatDate(now, timeZone)}.
        </p>
      </div>
      {items.length === 0 ? (
        <p>Nothing is waiting on you. Every candidate is up to date.</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Candidates who need attention, with the reason and how long it has waited</caption>
          <thead>
            <tr className="border-b border-stone-400">
              <th scope="col" className="py-2 pr-4">Candidate</th>
              <th scope="col" className="py-2 pr-4">Application</th>
              <th scope="col" className="py-2 pr-4">Why</th>
              <th scope="col" className="py-2">Waiting</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={`${item.interviewId}-${item.reason}`} className="border-b border-stone-200 align-top">
                <td className="py-2 pr-4">
                  <Link href={`/consultant/candidates/${item.candidateId}`} className="underline">{item.candidateName}</Link>
                </td>
                <td className="py-2 pr-4">{item.company}, {item.role}</td>
                <td className="py-2 pr-4">{item.reason}</td>
                <td className="py-2">{describeAge(item.ageDays)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hiddenCount > 0 ? (
        <p>
          Showing the {items.length} that have waited longest of {all.length}.{" "}
          <Link href="/consultant?all=1" className="underline">Show all {all.length}</Link>
        </p>
      ) : null}
    </div>
  );
}
