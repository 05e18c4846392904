import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { StatusRegion } from "@/components/ui/status-region";
import { requireRole } from "@/lib/auth/dal";
import { staffRoles } from "@/lib/domain/values";
import { loadPipeline, stageCardsPerPage } from "@/lib/staff/pipeline";
import { cardView, moveMessage } from "@/lib/staff/pipeline-card";
import { movedCardId, parsePipelineFilters } from "@/lib/staff/pipeline-filters";
import { viewerTimeZone } from "@/lib/staff/viewer";
import { FilterForm } from "./_components/filter-form";
import { FocusOnArrival } from "./_components/focus-on-arrival";
import { PipelineBoard } from "./_components/pipeline-board";
import { StageList } from "./_components/stage-list";

export const metadata: Metadata = { title: "Pipeline", robots: { index: false } };

export default async function PipelinePage({ searchParams }: PageProps<"/consultant/pipeline">) {
  const user = await requireRole(staffRoles, "/consultant/pipeline");
  const params = await searchParams;
  const filters = parsePipelineFilters(params);
  const movedId = movedCardId(params);
  const timeZone = await viewerTimeZone(user);
  const now = new Date();
  const board = await loadPipeline(user, filters, now, timeZone, movedId);
  const moved = movedId ? board.cards.find((card) => card.id === movedId) : undefined;
  const cards = board.cards.map((card) => cardView(card, now, timeZone));
  const error = typeof params.error === "string" ? params.error : undefined;

  return (
    <div className="space-y-6">
      <h1 id="pipeline-heading" tabIndex={-1} className="text-3xl font-bold">
        Pipeline
      </h1>
      {/* Always rendered, so the message that appears in it after a move is announced. */}
      <StatusRegion message={movedId ? moveMessage(moved) : undefined} />
      {/* A card the filters now hide cannot take focus: the heading does, and the status says why. */}
      {movedId && !moved ? <FocusOnArrival key={movedId} targetId="pipeline-heading" /> : null}
      {error ? (
        <Notice tone="danger" role="alert">
          {error === "not-found" ? "That application is not one you can move. It may have been withdrawn from sharing." : "Choose a stage to move the application to."}
        </Notice>
      ) : null}
      <FilterForm filters={filters} />
      {filters.candidate ? (
        <p>
          Showing one candidate&apos;s applications. <Link href="/consultant/pipeline">Show everyone&apos;s</Link>
        </p>
      ) : null}
      {filters.stage ? (
        <StageList stage={filters.stage} cards={cards} counts={board.countsByStage} filters={filters} perPage={stageCardsPerPage} movedId={moved?.id} />
      ) : (
        <PipelineBoard cards={cards} counts={board.countsByStage} filters={filters} movedId={moved?.id} />
      )}
    </div>
  );
}
