import type { ApplicationStage } from "@/lib/domain/values";

export const outcomeStages = ["awaiting_decision", "offer", "accepted", "rejected", "withdrawn", "no_response"] as const satisfies readonly ApplicationStage[];
