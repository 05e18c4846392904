import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { attentionHref, attentionRowsPerPage, attentionSectionText } from "@/lib/staff/attention-sections";
import type { SectionItems } from "@/lib/staff/needs-attention";
import { AttentionTable } from "./attention-table";

/** One section on its own, a page at a time, the longest waiting first. */
export function AttentionSectionPages({ section, items, total, page }: SectionItems & { page: number }) {
  const { title, what } = attentionSectionText[section];
  const pageCount = Math.max(1, Math.ceil(total / attentionRowsPerPage));
  const first = (page - 1) * attentionRowsPerPage + 1;
  return (
    <section aria-labelledby="section-heading" className="space-y-3">
      <p>
        <Link href="/consultant">Back to everything that needs attention</Link>
      </p>
      <h2 id="section-heading" className="text-2xl">
        {title} <span className="font-normal text-muted">({total})</span>
      </h2>
      <p className="text-muted">{what}</p>
      {total === 0 ? <p>Nothing waiting.</p> : null}
      {total > 0 && items.length === 0 ? (
        <p>
          There is nothing on page {page} now. <Link href={attentionHref({ section, page: pageCount })}>Go to the last page ({pageCount})</Link>
        </p>
      ) : null}
      {items.length > 0 ? (
        <>
          <p>
            {total <= attentionRowsPerPage ? `All ${total}` : `${first} to ${first + items.length - 1} of ${total}`}, the longest waiting first.
          </p>
          <AttentionTable items={items} caption={`${title}, the longest waiting first`} />
        </>
      ) : null}
      {pageCount > 1 ? (
        <Pager
          label={`Pages of ${title}`}
          status={`Page ${page} of ${pageCount}`}
          previous={page > 1 ? { href: attentionHref({ section, page: Math.min(page - 1, pageCount) }), label: "Previous page" } : null}
          next={page < pageCount ? { href: attentionHref({ section, page: page + 1 }), label: "Next page" } : null}
        />
      ) : null}
    </section>
  );
}
