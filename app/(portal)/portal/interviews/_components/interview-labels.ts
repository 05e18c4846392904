import type { InterviewFormat } from "@/lib/domain/values";

export const formatLabels: Record<InterviewFormat, string> = {
  phone: "Phone",
  video: "Video",
  in_person: "In person",
};
