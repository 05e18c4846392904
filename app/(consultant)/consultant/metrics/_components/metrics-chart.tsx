import { useId } from "react";
import { chartGeometry, chartSummary, phoneBox, wideBox, type ChartBox, type MonthPoint } from "@/lib/staff/metrics-chart";

// Plain SVG rendered on the server: no chart library and no client JavaScript. Interviews are
// solid, offers hatched, and every bar carries its number, so nothing depends on telling colours apart.

// Tailwind's colour classes, not inline styles: the content security policy allows no style attributes.
const interviewBar = "fill-brand";
const offerBar = "stroke-accent";

type Props = { points: MonthPoint[]; title: string };

/** Two drawings of one chart, one per screen size; the hidden one (display: none) is out of the
 *  accessibility tree, so a screen reader meets a single image. */
export function MetricsChart({ points, title }: Props) {
  return (
    <>
      <ChartSvg points={points} title={title} box={phoneBox} className="block h-auto w-full sm:hidden" />
      <ChartSvg points={points} title={title} box={wideBox} className="hidden h-auto w-full max-w-2xl sm:block" />
    </>
  );
}

function ChartSvg({ points, title, box, className }: Props & { box: ChartBox; className: string }) {
  const id = useId();
  const chart = chartGeometry(points, box);
  const hatch = `${id}-hatch`;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      viewBox={`0 0 ${box.width} ${box.height}`}
      fontSize="14"
      className={`${className} fill-ink`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{chartSummary(points)}</desc>
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="fill-white" />
          <rect width="3" height="6" className="fill-accent" />
        </pattern>
      </defs>

      <g aria-hidden="true">
        <rect x={box.left} y="6" width="14" height="14" className={interviewBar} />
        <text x={box.left + 20} y="18">
          Interviews
        </text>
        <rect x={box.left + 120} y="6" width="14" height="14" fill={`url(#${hatch})`} className={offerBar} strokeWidth="1.5" />
        <text x={box.left + 140} y="18">
          Offers
        </text>
      </g>

      {chart.ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={box.left} x2={box.width - box.right} y1={tick.y} y2={tick.y} className="stroke-line" strokeWidth={tick.value === 0 ? 1.5 : 1} />
          <text x={box.left - 6} y={tick.y + 4} textAnchor="end" className="fill-muted">
            {tick.value}
          </text>
        </g>
      ))}

      {chart.bars.map((bar) => (
        <g key={`${bar.month}-${bar.series}`}>
          <rect
            x={bar.x}
            y={bar.y}
            width={bar.width}
            height={bar.height}
            fill={bar.series === "offers" ? `url(#${hatch})` : undefined}
            className={bar.series === "interviews" ? interviewBar : bar.height > 0 ? offerBar : undefined}
            strokeWidth="1.5"
          />
          <text x={bar.x + bar.width / 2} y={bar.y - 4} textAnchor="middle" fontSize="13">
            {bar.value}
          </text>
        </g>
      ))}

      {chart.labels.map((label) => (
        <text key={label.month} x={label.x} y={chart.baseline + 18} textAnchor="middle">
          {label.short}
          {label.year ? (
            <tspan x={label.x} dy="16" className="fill-muted">
              {label.year}
            </tspan>
          ) : null}
        </text>
      ))}
    </svg>
  );
}
