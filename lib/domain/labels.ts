import type { ApplicationStage } from "./values";

export const stageLabels: Record<ApplicationStage, string> = {
  applied: "Applied",
  interviewing: "Interviewing",
  awaiting_decision: "Awaiting decision",
  offer: "Offer",
  accepted: "Accepted",
  rejected: "Not successful",
  withdrawn: "Withdrawn",
  no_response: "No response",
};
