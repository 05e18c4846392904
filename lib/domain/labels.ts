import type { ApplicationStage, InterviewFormat } from "./values";

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
