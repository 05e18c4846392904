import type { ConsentPurpose } from "@/lib/domain/values";

// The privacy page's wording; the Record type makes every purpose have some.

export type ConsentWording = { label: string; explanation: string };

export const consentWording: Record<ConsentPurpose, ConsentWording> = {
  data_retention: {
    label: "Keep my details between job searches",
    explanation:
      "We keep your profile, applications and notes after this search ends, so you need not start again next time you look for work.",
  },
  representation: {
    label: "Put me forward for roles",
    explanation:
      "Your consultant may put you forward to employers for roles that suit you, sharing your CV and the details the employer needs.",
  },
  marketing_email: {
    label: "News and new roles by email",
    explanation:
      "Occasional emails about new roles and advice. Interview reminders and your weekly digest are set on the Settings page instead.",
  },
  marketing_sms: {
    label: "News and new roles by text message",
    explanation: "Occasional text messages about new roles that might suit you.",
  },
  marketing_phone: {
    label: "Phone calls about new roles",
    explanation: "A consultant may ring you about new roles that might suit you.",
  },
};

/** Where an answer came from, as the privacy page's history says it; other sources (the demo seed) say nothing. */
export const consentSourceWords: Record<string, string> = {
  portal: "on this page",
  "retention-link": "through the link in our email",
};
