import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/dal";
import { staffRoles } from "@/lib/domain/values";
import { formatDate } from "@/lib/domain/format";
import { attentionSectionText, parseAttentionView } from "@/lib/staff/attention-sections";
import { viewNeedsAttention } from "@/lib/staff/needs-attention";
import { viewerTimeZone } from "@/lib/staff/viewer";
import { AttentionSection } from "./_components/attention-section";
import { AttentionSectionPages } from "./_components/attention-section-pages";

export const metadata: Metadata = { title: "Needs attention", robots: { index: false } };

export default async function NeedsAttentionPage({ searchParams }: PageProps<"/consultant">) {
  const user = await requireRole(staffRoles, "/consultant");
  const view = parseAttentionView(await searchParams);
  const timeZone = await viewerTimeZone(user);
  const now = new Date();
  const sections = await viewNeedsAttention(user, timeZone, view, now);
  const nothing = sections.every((section) => section.total === 0);

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">Needs attention today</h1>
        <p className="mt-1">
          {user.role === "admin" ? "Every candidate" : "Your candidates"}, the longest waiting first, as of {formatDate(now, timeZone)}.
        </p>
      </div>
      {view.section ? (
        <AttentionSectionPages {...sections[0]!} page={view.page} />
      ) : nothing ? (
        <p>Nothing is waiting on you. Every candidate is up to date.</p>
      ) : (
        <>
          <nav aria-label="Jump to a list">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {sections.map(({ section, total }) => (
                <li key={section}>
                  <a href={`#section-${section}`}>
                    {attentionSectionText[section].title} ({total})
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {sections.map((section) => (
            <AttentionSection key={section.section} {...section} />
          ))}
        </>
      )}
    </div>
  );
}
