"use client";

import dynamic from "next/dynamic";
import { asIsland } from "@/components/islands/island-root";

// Every article shares one route; through next/dynamic each tool is still server-rendered, but its
// chunk is fetched only by the pages that render it. Each is marked as an island, which is how the
// prerendered article, shipped without Next.js's runtime, hydrates it (components/islands).

export const LazyPostInterviewChecklist = dynamic(() =>
  import("./post-interview-checklist").then((module) => asIsland("post-interview-checklist", module.PostInterviewChecklist)),
);

export const LazyThankYouNoteBuilder = dynamic(() =>
  import("./thank-you-note-builder").then((module) => asIsland("thank-you-note-builder", module.ThankYouNoteBuilder)),
);

export const LazyFollowUpCalculator = dynamic(() =>
  import("./follow-up-calculator").then((module) => asIsland("follow-up-calculator", module.FollowUpCalculator)),
);
