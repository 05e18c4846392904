import type { ReactNode } from "react";
import type { ApplicationStage } from "@/lib/domain/values";
import { stageLabels } from "@/lib/domain/labels";

// A short state word in a pill. Colour only ever repeats the word (and the optional icon).

export type BadgeTone = "neutral" | "brand" | "success" | "warning" | "danger" | "info";

const toneClass: Record<BadgeTone, string> = {
  neutral: "border-line bg-surface text-ink",
  brand: "border-brand bg-brand-soft text-brand-dark",
  success: "border-green-700 bg-green-50 text-green-900",
  warning: "border-amber-700 bg-amber-50 text-amber-900",
  danger: "border-red-700 bg-red-50 text-red-900",
  info: "border-sky-700 bg-sky-50 text-sky-900",
};

export function Badge({ tone = "neutral", icon, children }: { tone?: BadgeTone; icon?: ReactNode; children: ReactNode }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap ${toneClass[tone]}`}>
      {icon ? <span aria-hidden="true">{icon}</span> : null}
      {children}
    </span>
  );
}

const stageTone: Record<ApplicationStage, BadgeTone> = {
  applied: "neutral",
  interviewing: "brand",
  awaiting_decision: "info",
  offer: "success",
  accepted: "success",
  rejected: "neutral",
  withdrawn: "neutral",
  no_response: "warning",
};

export function StageBadge({ stage }: { stage: ApplicationStage }) {
  return <Badge tone={stageTone[stage]}>{stageLabels[stage]}</Badge>;
}
