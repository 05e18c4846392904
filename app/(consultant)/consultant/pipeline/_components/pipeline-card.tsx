import Link from "next/link";
import { SelectField } from "@/components/forms/form-fields";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/lib/domain/format";
import { stageLabels } from "@/lib/domain/labels";
import { applicationStages } from "@/lib/domain/values";
import type { PipelineCard as PipelineCardData } from "@/lib/staff/pipeline";
import { movedToday, timeInStage } from "@/lib/staff/pipeline-card";
import { moveStageAction } from "../actions";
import { FocusOnArrival } from "./focus-on-arrival";

const stageOptions = applicationStages.map((stage) => ({ value: stage, label: stageLabels[stage] }));

export const cardElementId = (applicationId: string) => `card-${applicationId}`;

type Props = { card: PipelineCardData; timeZone: string; now: Date; back: string; justMoved: boolean };

export function PipelineCard({ card, timeZone, now, back, justMoved }: Props) {
  const name = card.candidateName ?? card.candidateEmail;
  const id = cardElementId(card.id);
  const inStage = timeInStage(card.stageChangedAt, now, timeZone);
  return (
    // Focusable by script only (tabIndex -1): the move puts focus here, Tab still goes link, select, button.
    // The scroll margin keeps its focus ring clear of the board's clipped edge when focus scrolls it into view.
    <Card as="article" id={id} tabIndex={-1} aria-label={`${name}: ${card.role} at ${card.company}`} className="scroll-m-4 space-y-1">
      {justMoved ? <FocusOnArrival targetId={id} /> : null}
      <p className="font-semibold">
        <Link href={`/consultant/candidates/${card.candidateId}`}>{name}</Link>
      </p>
      <p>
        {card.role} at {card.company}
      </p>
      {card.source === "direct" || justMoved ? (
        <p className="flex flex-wrap gap-2">
          {justMoved ? <Badge tone="success" icon="✓">Just moved</Badge> : null}
          {card.source === "direct" ? <Badge tone="info">Shared direct application</Badge> : null}
        </p>
      ) : null}
      <p className="text-sm text-muted">
        <span className="font-semibold">{inStage}</span>
        {inStage === movedToday ? null : <span className="whitespace-nowrap"> (since {formatDate(card.stageChangedAt, timeZone)})</span>}
      </p>
      {card.nextInterviewAt ? <p className="text-sm">Next interview {formatDateTime(card.nextInterviewAt, timeZone)}</p> : null}
      {!card.nextInterviewAt && card.lastInterviewAt ? <p className="text-sm">Last interview {formatDate(card.lastInterviewAt, timeZone)}</p> : null}
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
