import { describe, expect, it } from "vitest";
import type { NeedsAttentionItem } from "./attention-rules";
import { attentionHref, attentionRowsPerPage, attentionRowsPerSection, mergeOldestFirst, parseAttentionView, sectionWindow } from "./attention-sections";

const item = (company: string, day: number): NeedsAttentionItem => ({
  interviewId: company,
  candidateId: "candidate",
  candidateName: "Sam Taylor",
  company,
  role: "Analyst",
  reason: "Debrief not done",
  ageDays: 30 - day,
  dueAt: new Date(Date.UTC(2026, 10, day)),
});
const companies = (items: NeedsAttentionItem[]) => items.map((found) => found.company);

describe("mergeOldestFirst", () => {
  const thanks = [item("thanks 1", 1), item("thanks 4", 4), item("thanks 9", 9)];
  const answers = [item("answer 2", 2), item("answer 3", 3), item("answer 10", 10)];

  it("interleaves lists that are each oldest first", () => {
    expect(companies(mergeOldestFirst([thanks, answers]))).toEqual(["thanks 1", "answer 2", "answer 3", "thanks 4", "thanks 9", "answer 10"]);
  });

  it("cuts the window out of the merged order, from lists cut at the window's end", () => {
    const end = 4;
    expect(companies(mergeOldestFirst([thanks.slice(0, end), answers.slice(0, end)], { offset: 2, limit: 2 }))).toEqual(["answer 3", "thanks 4"]);
    expect(mergeOldestFirst([thanks, answers], { offset: 6, limit: 2 })).toEqual([]);
  });

  it("keeps the lists' order on a tie, so consecutive pages neither repeat nor skip", () => {
    const a = [item("a1", 5), item("a2", 5)];
    const b = [item("b1", 5)];
    const pages = [0, 1, 2].map((offset) => companies(mergeOldestFirst([a, b], { offset, limit: 1 })));
    expect(pages).toEqual([["a1"], ["a2"], ["b1"]]);
  });
});

describe("the view in the address", () => {
  it("reads a section and its page, and drops what it does not know", () => {
    expect(parseAttentionView({})).toEqual({ page: 1 });
    expect(parseAttentionView({ section: "steps", page: "3" })).toEqual({ section: "steps", page: 3 });
    expect(parseAttentionView({ section: "steps", page: "-1" })).toEqual({ section: "steps", page: 1 });
    expect(parseAttentionView({ section: ["quiet", "steps"], page: "two" })).toEqual({ section: "quiet", page: 1 });
    // A page without a section means nothing: the page itself shows every section's first few.
    expect(parseAttentionView({ section: "everything", page: "4" })).toEqual({ page: 1 });
  });

  it("asks the database for the first few of each section, or for one section's page", () => {
    expect(sectionWindow({ page: 1 })).toEqual({ offset: 0, limit: attentionRowsPerSection });
    expect(sectionWindow({ section: "steps", page: 1 })).toEqual({ offset: 0, limit: attentionRowsPerPage });
    expect(sectionWindow({ section: "steps", page: 3 })).toEqual({ offset: 2 * attentionRowsPerPage, limit: attentionRowsPerPage });
  });

  it("writes each view one way", () => {
    expect(attentionHref({ page: 1 })).toBe("/consultant");
    expect(attentionHref({ section: "news", page: 1 })).toBe("/consultant?section=news");
    expect(attentionHref({ section: "news", page: 2 })).toBe("/consultant?section=news&page=2");
  });
});
