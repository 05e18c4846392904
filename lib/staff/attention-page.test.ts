import { expect, it } from "vitest";
import { attentionPage, attentionRowsPerPage } from "./attention-page";

const items = Array.from({ length: attentionRowsPerPage + 7 }, (_, index) => index);

it("shows the oldest rows first and counts the rest", () => {
  const { shown, hiddenCount } = attentionPage(items, false);
  expect(shown).toEqual(items.slice(0, attentionRowsPerPage));
  expect(hiddenCount).toBe(7);
});

it("shows everything when asked, and a short list whole", () => {
  expect(attentionPage(items, true)).toEqual({ shown: items, hiddenCount: 0 });
  expect(attentionPage([1, 2], false)).toEqual({ shown: [1, 2], hiddenCount: 0 });
});
