// One page shows the oldest few hundred, what a consultant can act on today; the rest are a
// click away.

export const attentionRowsPerPage = 200;

export function attentionPage<T>(items: T[], showAll: boolean): { shown: T[]; hiddenCount: number } {
  const shown = showAll ? items : items.slice(0, attentionRowsPerPage);
  return { shown, hiddenCount: items.length - shown.length };
}
