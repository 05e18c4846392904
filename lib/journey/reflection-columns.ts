import "server-only";
import { interviewQuestions, reflections } from "@/lib/db/schema/journey";

// The candidate's page and the consultant's view of a shared debrief select the same fields.

export const reflectionFields = {
  rapport: reflections.rapport,
  answers: reflections.answers,
  relevance: reflections.relevance,
  wentWell: reflections.wentWell,
  toImprove: reflections.toImprove,
  stillWant: reflections.stillWant,
  updatedAt: reflections.updatedAt,
};

export const questionFields = {
  question: interviewQuestions.question,
  howItWent: interviewQuestions.howItWent,
  notes: interviewQuestions.notes,
};
