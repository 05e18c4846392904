import type { StepDisplayState } from "@/lib/plans/step-state";

// Small line icons drawn in the text colour; decorative, since the word beside them says the same.

const paths: Record<StepDisplayState, string> = {
  // A warning triangle.
  overdue: "M8 1.8 15 14.2H1L8 1.8ZM8 6v4M8 11.9v.2",
  // A clock.
  due_today: "M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM8 4.5V8l2.5 1.5",
  // A calendar page.
  upcoming: "M2.5 3.5h11v10h-11zM2.5 6.5h11M5.5 2v3M10.5 2v3",
  // Two arrows in a loop: a habit, not a deadline.
  ongoing: "M13 6.5A5 5 0 0 0 3.5 5M3 2.5V5h2.5M3 9.5A5 5 0 0 0 12.5 11M13 13.5V11h-2.5",
  // A tick.
  done: "M2.5 8.5 6 12l7.5-8",
  // An arrow stepping over a line.
  skipped: "M2 11a6 6 0 0 1 11-3.5M13.5 3.5v4h-4M2 14h12",
  // A cross.
  cancelled: "M3.5 3.5l9 9M12.5 3.5l-9 9",
};

export function StepStateIcon({ state }: { state: StepDisplayState }) {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={paths[state]} />
    </svg>
  );
}
