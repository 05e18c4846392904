import { describe, expect, it } from "vitest";
import { chartGeometry, chartSummary, phoneBox, wideBox, lastMonths, monthlyTotals, tickStep, type MonthPoint } from "./metrics-chart";

const points: MonthPoint[] = [
  { month: "2026-10", interviews: 4, offers: 1 },
  { month: "2026-11", interviews: 0, offers: 0 },
  { month: "2026-12", interviews: 7, offers: 3 },
  { month: "2027-01", interviews: 2, offers: 0 },
];

describe("the months and totals the chart shows", () => {
  it("lists the last months oldest first in the agency's zone, across a new year", () => {
    expect(lastMonths(new Date("2027-01-15T12:00:00Z"), 3, "Europe/London")).toEqual(["2026-11", "2026-12", "2027-01"]);
    // 00:30 on 1 December in London is still 30 November in New York.
    expect(lastMonths(new Date("2026-12-01T00:30:00Z"), 1, "Europe/London")).toEqual(["2026-12"]);
    expect(lastMonths(new Date("2026-12-01T00:30:00Z"), 1, "America/New_York")).toEqual(["2026-11"]);
  });

  it("sums every consultant's month and fills a quiet month with zeros", () => {
    const rows = [
      { month: "2026-12", interviews: 2, offers: 1 },
      { month: "2026-12", interviews: 3, offers: 0 },
      { month: "2026-09", interviews: 9, offers: 9 },
    ];
    expect(monthlyTotals(rows, ["2026-11", "2026-12"])).toEqual([
      { month: "2026-11", interviews: 0, offers: 0 },
      { month: "2026-12", interviews: 5, offers: 1 },
    ]);
  });
});

describe("tickStep", () => {
  it("takes the smallest 1, 2 or 5 step that needs at most five ticks", () => {
    expect([0, 1, 4, 5, 6, 7, 10, 11, 23, 99, 240].map((max) => tickStep(max))).toEqual([1, 1, 1, 1, 2, 2, 2, 5, 5, 20, 50]);
  });
});

describe("chartGeometry", () => {
  const chart = chartGeometry(points);
  const bar = (month: string, series: "interviews" | "offers") => chart.bars.find((b) => b.month === month && b.series === series)!;

  it("draws two bars a month, each standing on the baseline with a height in proportion to its value", () => {
    expect(chart.bars).toHaveLength(8);
    for (const b of chart.bars) expect(b.y + b.height).toBeCloseTo(chart.baseline);
    // Seven interviews on a scale to 8 (step 2): seven eighths of the plot's height.
    const plotHeight = chart.baseline - chart.plotTop;
    expect(bar("2026-12", "interviews").height).toBeCloseTo((7 / 8) * plotHeight);
    expect(bar("2026-10", "interviews").height).toBeCloseTo(bar("2026-12", "offers").height * (4 / 3));
    expect(bar("2026-11", "offers").height).toBe(0);
  });

  it.each([
    ["wide", wideBox],
    ["phone", phoneBox],
  ])("keeps every bar inside the %s plot, in month order, the interviews left of the offers, none overlapping", (_, box) => {
    const chart = chartGeometry(points, box);
    const { left, right, width } = box;
    const ordered = [...chart.bars].sort((a, b) => a.x - b.x);
    expect(ordered.map((b) => `${b.month} ${b.series}`)).toEqual(points.flatMap((p) => [`${p.month} interviews`, `${p.month} offers`]));
    for (const [i, b] of ordered.entries()) {
      expect(b.x).toBeGreaterThanOrEqual(left);
      expect(b.x + b.width).toBeLessThanOrEqual(width - right);
      expect(b.y).toBeGreaterThanOrEqual(chart.plotTop);
      if (i > 0) expect(b.x).toBeGreaterThan(ordered[i - 1]!.x + ordered[i - 1]!.width);
    }
  });

  it("labels the axis in whole steps from zero to the top of the plot", () => {
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8]);
    expect(chart.ticks[0]!.y).toBeCloseTo(chart.baseline);
    expect(chart.ticks.at(-1)!.y).toBeCloseTo(chart.plotTop);
  });

  it("names each month under its pair of bars, with the year under the first month and each January", () => {
    expect(chart.labels.map((l) => [l.short, l.year])).toEqual([["Oct", "2026"], ["Nov", null], ["Dec", null], ["Jan", "2027"]]);
    const october = chart.labels[0]!;
    expect(october.x).toBeGreaterThan(bar("2026-10", "interviews").x);
    expect(october.x).toBeLessThan(bar("2026-10", "offers").x + bar("2026-10", "offers").width);
  });

  it("still draws a scale when every month is zero", () => {
    const quiet = chartGeometry([{ month: "2026-10", interviews: 0, offers: 0 }]);
    expect(quiet.ticks.map((t) => t.value)).toEqual([0, 1]);
    expect(quiet.bars.every((b) => b.height === 0 && Number.isFinite(b.y))).toBe(true);
  });
});

describe("chartSummary", () => {
  it("says the range, the totals, the busiest month and each month's figures", () => {
    expect(chartSummary(points)).toBe(
      "October 2026 to January 2027: 13 interviews and 4 offers in all. The most interviews were in December 2026: 7. " +
        "October 2026: 4 interviews, 1 offer; November 2026: 0 interviews, 0 offers; December 2026: 7 interviews, 3 offers; January 2027: 2 interviews, 0 offers.",
    );
  });

  it("does not name a busiest month when there were no interviews", () => {
    expect(chartSummary([{ month: "2026-10", interviews: 0, offers: 1 }])).toBe(
      "October 2026: 0 interviews and 1 offer in all. October 2026: 0 interviews, 1 offer.",
    );
  });
});
