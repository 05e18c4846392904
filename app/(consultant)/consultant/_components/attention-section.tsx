import Link from "next/link";
import { attentionHref, attentionSectionText } from "@/lib/staff/attention-sections";
import type { SectionItems } from "@/lib/staff/needs-attention";
import { AttentionTable } from "./attention-table";

/** One section on the page itself: its true count, the longest-waiting few, and a link to the rest. */
export function AttentionSection({ section, items, total }: SectionItems) {
  const { title, what } = attentionSectionText[section];
  const headingId = `section-${section}`;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h2 id={headingId} className="text-2xl">
        {title} <span className="font-normal text-muted">({total})</span>
      </h2>
      <p className="text-muted">{what}</p>
      {items.length === 0 ? <p>Nothing waiting.</p> : <AttentionTable items={items} caption={`${title}, the longest waiting first`} />}
      {total > items.length ? (
        <p>
          The {items.length} that have waited longest. <Link href={attentionHref({ section, page: 1 })}>Show all {total} in {title}</Link>
        </p>
      ) : null}
    </section>
  );
}
