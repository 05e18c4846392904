// How much of the needs-attention list one page shows. A caseload of 500
// with a backlog made a 1 MB page of thousands of rows; the oldest few
// hundred are what a consultant can act on today, and the rest are one
// click away.

export const attentionRowsPerPage = 200;

export function attentionPage<T>(items: T[], showAll: boolean): { shown: T[]; hiddenCount: number } {
  const shown = showAll ? items : items.slice(0, attentionRowsPerPage);
  return { shown, hiddenCount: items.length - shown.length };
}
