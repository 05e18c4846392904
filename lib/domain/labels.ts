import type { ApplicationStage, ClientAnswerStatus, InterviewFormat } from "./values";

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

export const formatLabels: Record<InterviewFormat, string> = {
  phone: "Phone",
  video: "Video",
  in_person: "In person",
};

/** The client's choices on their feedback page, and the stage each suggests (the consultant confirms it). */
export const clientAnswerLabels: Record<ClientAnswerStatus, string> = {
  next_round: "Invite to a next round",
  offer_coming: "An offer is coming",
  not_successful: "Not successful this time",
  on_hold: "On hold",
  still_deciding: "Still deciding",
};

export const stageSuggestedByClient: Partial<Record<ClientAnswerStatus, ApplicationStage>> = {
  offer_coming: "offer",
  not_successful: "rejected",
};
