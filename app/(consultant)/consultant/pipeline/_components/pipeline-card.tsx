"use client";

import Link from "next/link";
import { SelectField } from "@/components/forms/form-fields";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { stageLabels } from "@/lib/domain/labels";
import { applicationStages } from "@/lib/domain/values";
import type { CardView } from "@/lib/staff/pipeline-card";
import { moveStageAction } from "../actions";
import { FocusOnArrival } from "./focus-on-arrival";

// A client component for its payload, not for interactivity: the page sends each card's words
// (CardView) once, instead of its whole rendered markup a second time in the RSC payload.

const stageOptions = applicationStages.map((stage) => ({ value: stage, label: stageLabels[stage] }));

type Props = { card: CardView; back: string; justMoved?: boolean };

export function PipelineCard({ card, back, justMoved = false }: Props) {
  const id = `card-${card.id}`;
  return (
    // Focusable by script only (tabIndex -1): the move puts focus here, Tab still goes link, select, button.
    // The scroll margin keeps its focus ring clear of the board's clipped edge when focus scrolls it into view.
    <Card as="article" id={id} tabIndex={-1} aria-label={`${card.name}: ${card.role} at ${card.company}`} className="scroll-m-4 space-y-1">
      {justMoved ? <FocusOnArrival targetId={id} /> : null}
      <p className="font-semibold">
        <Link href={`/consultant/candidates/${card.candidateId}`}>{card.name}</Link>
      </p>
      <p>
        {card.role} at {card.company}
      </p>
      {card.shared || justMoved ? (
        <p className="flex flex-wrap gap-2">
          {justMoved ? <Badge tone="success" icon="✓">Just moved</Badge> : null}
          {card.shared ? <Badge tone="info">Shared direct application</Badge> : null}
        </p>
      ) : null}
      <p className="text-sm text-muted">
        <span className="font-semibold">{card.inStage}</span>
        {card.since ? <span className="whitespace-nowrap"> ({card.since})</span> : null}
      </p>
      {card.interview ? <p className="text-sm">{card.interview}</p> : null}
      <form action={moveStageAction} className="flex flex-wrap items-end gap-2 pt-2">
        <input type="hidden" name="applicationId" value={card.id} />
        <input type="hidden" name="back" value={back} />
        <SelectField id={`move-${card.id}`} name="stage" label="Move to" options={stageOptions} defaultValue={card.stage} className="min-w-0 grow text-sm" />
        <Button type="submit" variant="secondary" size="sm">
          Move
        </Button>
      </form>
    </Card>
  );
}
