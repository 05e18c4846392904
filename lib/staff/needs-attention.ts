import "server-only";
import { recordListView } from "@/lib/audit/record";
import { getDb, type Database } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/dal";
import { applicationAttentionItems, candidateMoveItems, clientAnswerItems, oldestFirst, thanksAttentionItems, toAttentionItems, type NeedsAttentionItem } from "./attention-rules";
import { attentionSections, mergeOldestFirst, sectionWindow, type AttentionSection, type AttentionView, type AttentionWindow } from "./attention-sections";
import { clientAnswersToReview, openApplicationStates, overdueSteps, recordedOutcomes, sharedDebriefs, thanksToPassOn, type AttentionViewer } from "./attention-sources";

// The page (viewNeedsAttention) is audited; the morning digest is mail, not a view, and is not.

export type { AttentionViewer };
export type SectionItems = { section: AttentionSection; items: NeedsAttentionItem[]; total: number };

/** One section's items in the window (all without one), oldest first, and how many it holds in all. */
export async function readAttentionSection(db: Database, viewer: AttentionViewer, section: AttentionSection, now: Date, window?: AttentionWindow): Promise<SectionItems> {
  const zone = viewer.timeZone;
  const merged = async (sources: Promise<{ items: NeedsAttentionItem[]; total: number }>[]) => {
    const lists = await Promise.all(sources);
    return { section, items: mergeOldestFirst(lists.map((list) => list.items), window), total: lists.reduce((sum, list) => sum + list.total, 0) };
  };
  switch (section) {
    case "handoffs":
      return merged([
        thanksToPassOn(db, viewer, window).then(({ rows, total }) => ({ items: thanksAttentionItems(rows, now, zone), total })),
        clientAnswersToReview(db, viewer, window).then(({ rows, total }) => ({ items: clientAnswerItems(rows, now, zone), total })),
      ]);
    case "news":
      return merged([
        sharedDebriefs(db, viewer, now, window).then(({ rows, total }) => ({ items: candidateMoveItems(rows, now, zone), total })),
        recordedOutcomes(db, viewer, now, window).then(({ rows, total }) => ({ items: candidateMoveItems(rows, now, zone), total })),
      ]);
    case "steps":
      return merged([overdueSteps(db, viewer, now, window).then(({ rows, total }) => ({ items: toAttentionItems(rows, now, zone), total }))]);
    case "quiet": {
      // The rules decide which applications have gone quiet, so every candidate one is read; only the page is cut.
      const items = oldestFirst(applicationAttentionItems(await openApplicationStates(db, viewer, now), now, zone));
      return { section, items: mergeOldestFirst([items], window), total: items.length };
    }
  }
}

/** Everything, oldest first: the morning digest. */
export async function listNeedsAttention(db: Database, viewer: AttentionViewer, now: Date): Promise<NeedsAttentionItem[]> {
  const sections = await Promise.all(attentionSections.map((section) => readAttentionSection(db, viewer, section, now)));
  return oldestFirst(sections.flatMap((section) => section.items));
}

/** The page: every section's first few, or one section a page at a time; logged as one view naming the candidates shown. */
export async function viewNeedsAttention(caller: CurrentUser, timeZone: string, view: AttentionView, now: Date): Promise<SectionItems[]> {
  const db = getDb();
  const viewer = { id: caller.id, role: caller.role, timeZone };
  const shown = view.section ? [view.section] : attentionSections;
  const sections = await Promise.all(shown.map((section) => readAttentionSection(db, viewer, section, now, sectionWindow(view))));
  await recordListView(db, caller, sections.flatMap((section) => section.items.map((item) => item.candidateId)), "needs_attention", now);
  return sections;
}
