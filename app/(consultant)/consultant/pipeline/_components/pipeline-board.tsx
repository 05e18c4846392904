import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { stageLabels } from "@/lib/domain/labels";
import { applicationStages, type ApplicationStage } from "@/lib/domain/values";
import type { CardView } from "@/lib/staff/pipeline-card";
import { pipelineQuery, type PipelineFilters } from "@/lib/staff/pipeline-filters";
import { PipelineCard } from "./pipeline-card";

type Props = { cards: CardView[]; counts: Partial<Record<ApplicationStage, number>>; filters: PipelineFilters; movedId?: string };

/** Each stage's most recently moved cards under its true count. Stacked under their headings on a phone;
 *  side by side from md up, the row scrolling sideways inside its own region (named by the heading,
 *  focusable while it overflows), never the page. */
export function PipelineBoard({ cards, counts, filters, movedId }: Props) {
  const back = pipelineQuery(filters);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return (
    // A plain div: the scroll region below is the one landmark the heading names.
    <div className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h2 id="board-heading" className="text-2xl">
          Applications by stage
        </h2>
        <p>{total === 1 ? "1 application matches." : `${total} applications match.`}</p>
      </div>
      {/* Eight stages are wider than any screen and longer than any phone: these jump straight to one. */}
      <nav aria-label="Jump to a stage">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {applicationStages.map((stage) => (
            <li key={stage}>
              <a href={`#stage-${stage}`}>
                {stageLabels[stage]} ({counts[stage] ?? 0})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ScrollRegion labelledBy="board-heading">
        <div className="space-y-4 md:flex md:items-start md:gap-4 md:space-y-0 md:pb-3">
          {applicationStages.map((stage) => {
            const shown = cards.filter((card) => card.stage === stage);
            const count = counts[stage] ?? 0;
            return (
              <Card as="section" tone="muted" key={stage} aria-labelledby={`stage-${stage}`} className="md:w-80 md:shrink-0">
                <h3 id={`stage-${stage}`} className="text-lg">
                  {stageLabels[stage]} <span className="font-normal text-muted">({count})</span>
                </h3>
                {shown.length === 0 ? <p className="mt-1 text-sm text-muted">None.</p> : null}
                <ul className="mt-2 space-y-3">
                  {shown.map((card) => (
                    <li key={card.id}>
                      {/* Spread, not justMoved={false}: a prop left out costs the payload nothing. */}
                      <PipelineCard card={card} back={back} {...(card.id === movedId ? { justMoved: true } : {})} />
                    </li>
                  ))}
                </ul>
                {count > shown.length ? (
                  <p className="mt-3 text-sm">
                    The {shown.length} most recently moved.{" "}
                    <Link href={`/consultant/pipeline${pipelineQuery({ ...filters, stage })}`}>
                      Show all {count} in {stageLabels[stage]}
                    </Link>
                  </p>
                ) : null}
              </Card>
            );
          })}
        </div>
      </ScrollRegion>
    </div>
  );
}
