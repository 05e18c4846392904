import { z } from "zod";
import type { NeedsAttentionItem } from "./attention-rules";

// The needs-attention page in sections, each with its true count, the longest-waiting few on the
// page itself and the rest a page at a time. Pure: what a section is, and how its sources merge.

export const attentionSections = ["handoffs", "news", "steps", "quiet"] as const;
export type AttentionSection = (typeof attentionSections)[number];

/** In the order they appear: what only the consultant can pass on first, silence last. */
export const attentionSectionText: Record<AttentionSection, { title: string; what: string }> = {
  handoffs: { title: "Thanks and answers to pass on", what: "Thank-you notes candidates gave you for the client, and clients' answers to review." },
  news: { title: "News from candidates", what: "Debriefs shared and outcomes recorded since you last opened the candidate's page." },
  steps: { title: "Overdue steps", what: "Debriefs, thank-you notes, follow-ups and decisions past their date." },
  quiet: { title: "Quiet applications", what: "Open applications past their decision date without news, or with no news for two weeks." },
};

/** Rows of each section on the page itself; a section's own view shows more to a page. */
export const attentionRowsPerSection = 10;
export const attentionRowsPerPage = 50;

export type AttentionWindow = { offset: number; limit: number };

export type AttentionView = { section?: AttentionSection; page: number };

export function parseAttentionView(params: Record<string, string | string[] | undefined>): AttentionView {
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const section = z.enum(attentionSections).optional().catch(undefined).parse(one(params.section));
  const page = z.coerce.number().int().min(1).max(100_000).catch(1).parse(one(params.page) ?? 1);
  return section ? { section, page } : { page: 1 };
}

/** The window a view shows of one section: the first few on the page itself, or page N of the section. */
export function sectionWindow(view: AttentionView): AttentionWindow {
  if (!view.section) return { offset: 0, limit: attentionRowsPerSection };
  return { offset: (view.page - 1) * attentionRowsPerPage, limit: attentionRowsPerPage };
}

export function attentionHref(view: AttentionView): string {
  if (!view.section) return "/consultant";
  return view.page > 1 ? `/consultant?section=${view.section}&page=${view.page}` : `/consultant?section=${view.section}`;
}

/**
 * Merges lists that are each oldest first into one, oldest first, and cuts the window out of it.
 * Each list need only hold its first offset + limit items: nothing further down any of them can
 * be in the window. Ties keep the lists' order, so pages neither repeat nor skip an item.
 */
export function mergeOldestFirst(lists: readonly (readonly NeedsAttentionItem[])[], window?: AttentionWindow): NeedsAttentionItem[] {
  const heads = lists.map(() => 0);
  const merged: NeedsAttentionItem[] = [];
  const end = window ? window.offset + window.limit : Infinity;
  while (merged.length < end) {
    let pick = -1;
    lists.forEach((list, index) => {
      const item = list[heads[index]!];
      if (item && (pick < 0 || item.dueAt.getTime() < lists[pick]![heads[pick]!]!.dueAt.getTime())) pick = index;
    });
    if (pick < 0) break;
    merged.push(lists[pick]![heads[pick]!]!);
    heads[pick] = heads[pick]! + 1;
  }
  return window ? merged.slice(window.offset) : merged;
}
