"use client";

import dynamic from "next/dynamic";

// Every article shares one route; through next/dynamic each tool is still server-rendered, but its
// chunk is fetched only by the pages that render it.

export const LazyPostInterviewChecklist = dynamic(() =>
  import("./post-interview-checklist").then((module) => module.PostInterviewChecklist),
);

export const LazyThankYouNoteBuilder = dynamic(() =>
  import("./thank-you-note-builder").then((module) => module.ThankYouNoteBuilder),
);

export const LazyFollowUpCalculator = dynamic(() =>
  import("./follow-up-calculator").then((module) => module.FollowUpCalculator),
);
