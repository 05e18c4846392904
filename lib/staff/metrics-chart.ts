import { localDateOf } from "@/lib/plans/zoned-time";

// The metrics chart as numbers: which months, what each bar is, where it goes. No clock, no
// database and no React, so the drawing is tested as geometry and the page only renders it.

export type MonthPoint = { month: string; interviews: number; offers: number };
export type Series = "interviews" | "offers";

/** The last `count` months up to and including now's, oldest first, as YYYY-MM in `timeZone`. */
export function lastMonths(now: Date, count: number, timeZone: string): string[] {
  const [year, month] = localDateOf(now, timeZone).split("-").map(Number) as [number, number];
  const current = year * 12 + (month - 1);
  return Array.from({ length: count }, (_, i) => {
    const index = current - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  });
}

/** One point per month (a quiet month is a zero, not a gap), summed over consultants. */
export function monthlyTotals(rows: readonly MonthPoint[], months: readonly string[]): MonthPoint[] {
  return months.map((month) => {
    const inMonth = rows.filter((row) => row.month === month);
    return {
      month,
      interviews: inMonth.reduce((sum, row) => sum + row.interviews, 0),
      offers: inMonth.reduce((sum, row) => sum + row.offers, 0),
    };
  });
}

/** The smallest 1, 2 or 5 × 10ⁿ step that fits `max` in at most `most` steps; an empty chart still has one. */
export function tickStep(max: number, most = 5): number {
  if (max <= 0) return 1;
  for (let power = 1; ; power *= 10) {
    for (const base of [1, 2, 5]) {
      if (Math.ceil(max / (base * power)) <= most) return base * power;
    }
  }
}

export type ChartBox = { width: number; height: number; top: number; right: number; bottom: number; left: number };

/** SVG text scales with the drawing, so a phone gets a narrower drawing rather than a shrunken wide one. */
export const wideBox: ChartBox = { width: 560, height: 280, top: 44, right: 8, bottom: 46, left: 36 };
export const phoneBox: ChartBox = { width: 340, height: 260, top: 44, right: 4, bottom: 46, left: 30 };

export type Bar = { month: string; series: Series; value: number; x: number; y: number; width: number; height: number };
export type Tick = { value: number; y: number };
export type MonthLabel = { month: string; x: number; short: string; year: string | null };

export type ChartGeometry = {
  box: ChartBox;
  /** The plot area's baseline (value 0) and its top (the highest tick). */
  baseline: number;
  plotTop: number;
  bars: Bar[];
  ticks: Tick[];
  labels: MonthLabel[];
};

const shortMonth = (month: string) =>
  new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" }).format(new Date(`${month}-01T12:00:00Z`));

/** Two bars per month side by side, scaled to whole-number ticks; a zero is a bar of no height on the baseline. */
export function chartGeometry(points: readonly MonthPoint[], box: ChartBox = wideBox): ChartGeometry {
  const baseline = box.height - box.bottom;
  const plotTop = box.top;
  const plotHeight = baseline - plotTop;
  const plotWidth = box.width - box.left - box.right;
  const max = Math.max(0, ...points.flatMap((point) => [point.interviews, point.offers]));
  const step = tickStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const scale = (value: number) => (value / top) * plotHeight;

  const slot = points.length > 0 ? plotWidth / points.length : plotWidth;
  // Each month's slot: a wide gap, two bars a hair apart, a wide gap; the wide gaps keep months apart.
  const barWidth = slot * 0.3;
  const hair = 2;
  const bars: Bar[] = [];
  const labels: MonthLabel[] = [];
  points.forEach((point, i) => {
    const centre = box.left + slot * i + slot / 2;
    (["interviews", "offers"] as const).forEach((series, j) => {
      const value = point[series];
      const height = scale(value);
      bars.push({ month: point.month, series, value, x: centre - barWidth - hair / 2 + j * (barWidth + hair), y: baseline - height, width: barWidth, height });
    });
    // The year under the first month and under each January, so six months across a new year read right.
    const year = point.month.slice(0, 4);
    const showYear = i === 0 || point.month.endsWith("-01");
    labels.push({ month: point.month, x: centre, short: shortMonth(point.month), year: showYear ? year : null });
  });
  const ticks = Array.from({ length: top / step + 1 }, (_, k) => ({ value: k * step, y: baseline - scale(k * step) }));
  return { box, baseline, plotTop, bars, ticks, labels };
}

const longMonth = (month: string) =>
  new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T12:00:00Z`));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** What the chart shows, in a sentence or two: the accessible description of the image. */
export function chartSummary(points: readonly MonthPoint[]): string {
  if (points.length === 0) return "No months to show.";
  const first = longMonth(points[0]!.month);
  const last = longMonth(points.at(-1)!.month);
  const range = first === last ? first : `${first} to ${last}`;
  const interviews = points.reduce((sum, point) => sum + point.interviews, 0);
  const offers = points.reduce((sum, point) => sum + point.offers, 0);
  const busiest = points.reduce((best, point) => (point.interviews > best.interviews ? point : best), points[0]!);
  const peak = interviews > 0 ? ` The most interviews were in ${longMonth(busiest.month)}: ${busiest.interviews}.` : "";
  const each = points.map((point) => `${longMonth(point.month)}: ${plural(point.interviews, "interview")}, ${plural(point.offers, "offer")}`).join("; ");
  return `${range}: ${plural(interviews, "interview")} and ${plural(offers, "offer")} in all.${peak} ${each}.`;
}
