import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { stageLabels } from "@/lib/domain/labels";
import { applicationStages, type ApplicationStage } from "@/lib/domain/values";
import type { CardView } from "@/lib/staff/pipeline-card";
import { pipelineQuery, type PipelineFilters } from "@/lib/staff/pipeline-filters";
import { PipelineCard } from "./pipeline-card";

type Props = {
  stage: ApplicationStage;
  cards: CardView[];
  counts: Partial<Record<ApplicationStage, number>>;
  filters: PipelineFilters;
  perPage: number;
  movedId?: string;
};

const href = (filters: PipelineFilters) => `/consultant/pipeline${pipelineQuery(filters)}`;

/** One stage, every application in it a page at a time (most recently moved first), with links to the
 *  other stages under the same filters. */
export function StageList({ stage, cards, counts, filters, perPage, movedId }: Props) {
  const back = pipelineQuery(filters);
  const count = counts[stage] ?? 0;
  const page = filters.page ?? 1;
  const pageCount = Math.max(1, Math.ceil(count / perPage));
  const first = (page - 1) * perPage + 1;
  const label = stageLabels[stage];
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const toPage = (target: number) => href({ ...filters, page: target > 1 ? target : undefined });
  return (
    <section aria-labelledby="stage-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h2 id="stage-heading" className="text-2xl">
          {label} <span className="font-normal text-muted">({count})</span>
        </h2>
        {cards.length > 0 ? (
          <p>
            {count <= perPage ? `All ${count}` : `${first} to ${first + cards.length - 1} of ${count}`}, most recently moved first.
          </p>
        ) : null}
      </div>
      <nav aria-label="Stages">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <li>
            <Link href={href({ ...filters, stage: undefined, page: undefined })}>All stages ({total})</Link>
          </li>
          {applicationStages.map((other) => (
            <li key={other}>
              {other === stage ? (
                <span aria-current="page" className="font-semibold">
                  {stageLabels[other]} ({counts[other] ?? 0})
                </span>
              ) : (
                <Link href={href({ ...filters, stage: other, page: undefined })}>
                  {stageLabels[other]} ({counts[other] ?? 0})
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {count === 0 ? <p>No applications in {label} match.</p> : null}
      {count > 0 && cards.length === 0 ? (
        <p>
          There is nothing on page {page} now. <Link href={toPage(pageCount)}>Go to the last page ({pageCount})</Link>
        </p>
      ) : null}
      {cards.length > 0 ? (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {cards.map((card) => (
            <li key={card.id}>
              <PipelineCard card={card} back={back} {...(card.id === movedId ? { justMoved: true } : {})} />
            </li>
          ))}
        </ul>
      ) : null}
      {pageCount > 1 ? (
        <Pager
          label={`Pages of ${label}`}
          status={`Page ${page} of ${pageCount}`}
          previous={page > 1 ? { href: toPage(Math.min(page - 1, pageCount)), label: "Previous page" } : null}
          next={page < pageCount ? { href: toPage(page + 1), label: "Next page" } : null}
        />
      ) : null}
    </section>
  );
}
