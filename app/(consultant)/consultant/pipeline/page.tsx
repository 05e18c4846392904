import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/dal";
import { staffRoles } from "@/lib/domain/values";
import { stageLabels } from "@/lib/domain/labels";
import { applicationStages } from "@/lib/domain/values";
import { formatDate, formatDateTime } from "@/lib/domain/format";
import { loadPipeline, type PipelineCard } from "@/lib/staff/pipeline";
import { parsePipelineFilters, pipelineQuery } from "@/lib/staff/pipeline-filters";
import { viewerTimeZone } from "@/lib/staff/viewer";
import { moveStageAction } from "./actions";

export const metadata: Metadata = { title: "Pipeline", robots: { index: false } };

const field = "mt-1 block w-full rounded border border-stone-400 px-2 py-1";

export default async function PipelinePage({ searchParams }: PageProps<"/consultant/pipeline">) {
  const user = await requireRole(staffRoles, "/consultant/pipeline");
  const params = await searchParams;
  const filters = parsePipelineFilters(params);
  const timeZone = await viewerTimeZone(user);
  const board = await loadPipeline(user, filters, new Date(), timeZone);
  const back = pipelineQuery(filters);
  const moved = typeof params.moved === "string" ? board.cards.find((card) => card.id === params.moved) : undefined;
  const error = typeof params.error === "string" ? params.error : undefined;
  const total = Object.values(board.countsByStage).reduce((sum, n) => sum + n, 0);

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Pipeline</h1>
      {typeof params.moved === "string" ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3">
          {moved ? `Moved ${moved.company} (${moved.candidateName ?? moved.candidateEmail}) to ${stageLabels[moved.stage]}.` : "Application moved."}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3">
          {error === "not-found" ? "That application is not one you can move. It may have been withdrawn from sharing." : "Choose a stage to move the application to."}
        </p>
      ) : null}

      <form method="get" className="grid gap-4 rounded border border-stone-300 p-4 sm:grid-cols-2 lg:grid-cols-5" aria-label="Filter the pipeline">
        <label className="block">
          Search
          <input name="q" type="search" defaultValue={filters.q ?? ""} className={field} placeholder="Candidate, company or role" />
        </label>
        <label className="block">
          Stage
          <select name="stage" defaultValue={filters.stage ?? ""} className={field}>
            <option value="">All stages</option>
            {applicationStages.map((stage) => (
              <option key={stage} value={stage}>{stageLabels[stage]}</option>
            ))}
          </select>
        </label>
        <label className="block">
          Company
          <input name="company" defaultValue={filters.company ?? ""} className={field} />
        </label>
        <label className="block">
          Stage changed from
          <input name="from" type="date" defaultValue={filters.from ?? ""} className={field} />
        </label>
        <label className="block">
          to
          <input name="to" type="date" defaultValue={filters.to ?? ""} className={field} />
        </label>
        {filters.candidate ? (
          <p className="sm:col-span-2 lg:col-span-5">
            <input type="hidden" name="candidate" value={filters.candidate} />
            Showing one candidate&apos;s applications. <Link href="/consultant/pipeline" className="underline">Show everyone&apos;s</Link>
          </p>
        ) : null}
        <div className="flex items-end gap-4 sm:col-span-2 lg:col-span-5">
          <button type="submit" className="rounded bg-brand-dark px-4 py-2 font-semibold text-white">Apply filters</button>
          <Link href="/consultant/pipeline" className="underline">Clear filters</Link>
        </div>
      </form>

      <p>{total === 1 ? "1 application" : `${total} applications`} match.</p>

      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        {applicationStages.map((stage) => {
          const cards = board.cards.filter((card) => card.stage === stage);
          const count = board.countsByStage[stage] ?? 0;
          return (
            <section key={stage} aria-labelledby={`stage-${stage}`} className="rounded bg-stone-100 p-3">
              <h2 id={`stage-${stage}`} className="text-lg font-semibold">
                {stageLabels[stage]} <span className="font-normal">({count})</span>
              </h2>
              {cards.length === 0 ? <p className="mt-2 text-sm">None.</p> : null}
              <ul className="mt-2 space-y-3">
                {cards.map((card) => (
                  <li key={card.id}>
                    <PipelineCardView card={card} timeZone={timeZone} back={back} />
                  </li>
                ))}
              </ul>
              {count > cards.length ? (
                <p className="mt-2 text-sm">
                  Showing the newest {cards.length} of {count}.{" "}
                  {filters.stage ? (
                    "Narrow the filters to see the rest."
                  ) : (
                    <Link href={`/consultant/pipeline${pipelineQuery({ ...filters, stage })}`} className="underline">
                      Show more in {stageLabels[stage]}
                    </Link>
                  )}
                </p>
              ) : null}
            </section>
          );
        })}
      </div>
    </div>
  );
}

function PipelineCardView({ card, timeZone, back }: { card: PipelineCard; timeZone: string; back: string }) {
  const selectId = `move-${card.id}`;
  return (
    <article aria-label={`${card.company}, ${card.candidateName ?? card.candidateEmail}`} className="space-y-1 rounded border border-stone-300 bg-white p-3">
      <p className="font-semibold">
        <Link href={`/consultant/candidates/${card.candidateId}`} className="underline">{card.candidateName ?? card.candidateEmail}</Link>
      </p>
      <p>
        {card.company}, {card.role}
        {card.source === "direct" ? <span className="text-sm"> (shared direct application)</span> : null}
      </p>
      <p className="text-sm">In this stage since {formatDate(card.stageChangedAt, timeZone)}</p>
      {card.nextInterviewAt ? <p className="text-sm">Next interview {formatDateTime(card.nextInterviewAt, timeZone)}</p> : null}
      {!card.nextInterviewAt && card.lastInterviewAt ? <p className="text-sm">Last interview {formatDate(card.lastInterviewAt, timeZone)}</p> : null}
      <form action={moveStageAction} className="flex flex-wrap items-end gap-2 pt-1">
        <input type="hidden" name="applicationId" value={card.id} />
        <input type="hidden" name="back" value={back} />
        <label htmlFor={selectId} className="text-sm">Move to</label>
        <select id={selectId} name="stage" defaultValue={card.stage} className="rounded border border-stone-400 px-1 py-1 text-sm">
          {applicationStages.map((stage) => (
            <option key={stage} value={stage}>{stageLabels[stage]}</option>
          ))}
        </select>
        <button type="submit" className="rounded border border-brand-dark px-2 py-1 text-sm font-semibold text-brand-dark">Move</button>
      </form>
    </article>
  );
}
