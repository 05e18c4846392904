import type { ApplicationStage } from "@/lib/domain/values";

/** What the outcome form offers: every stage after an interview, and back to waiting. */
export const outcomeStages = ["awaiting_decision", "offer", "accepted", "rejected", "withdrawn", "no_response"] as const satisfies readonly ApplicationStage[];
