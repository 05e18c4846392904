"use client";

import { IntentLink } from "@/components/intent-link";
import { useMemo, useSyncExternalStore } from "react";
import { NoScriptNote, ToolSection } from "./tool-section";
import { buttonClass } from "@/components/ui/button-class";

// The agency's seven steps after an interview. Ids, not positions, are stored, so
// rewording or reordering a step keeps what a reader has already ticked.
const STEPS = [
  { id: "timeline", label: "Ask about the timeline", hint: "Before you leave: when will they decide, and who should you follow up with?" },
  { id: "thanks", label: "Send a thank-you note", hint: "Within 24 hours, one per interviewer; through your consultant if an agency arranged it." },
  { id: "distance", label: "Put some distance between you and the building", hint: "Leave rather than linger, and take a walk to clear your head." },
  { id: "reflect", label: "Reflect honestly, in writing", hint: "What went well, what did not, and which questions tripped you up." },
  { id: "decide", label: "Decide whether you still want the job", hint: "If not, thank them anyway and withdraw politely." },
  { id: "follow-up", label: "Follow up at a sensible pace", hint: "Within their timeline, or a week after your note if they gave none." },
  { id: "keep-looking", label: "Keep looking", hint: "Keep applying until you have an offer you want to accept." },
] as const;

const STORAGE_KEY = "next-steps:post-interview-checklist:v1";
const listeners = new Set<() => void>();
// Used when storage is blocked (some private windows): ticks last until the page closes.
let fallback: string | null = null;

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? fallback;
  } catch {
    return fallback;
  }
}

function writeStored(done: readonly string[]): void {
  fallback = done.length > 0 ? JSON.stringify({ done }) : null;
  try {
    if (fallback === null) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, fallback);
  } catch {
    // Blocked or full: the in-memory copy above still works for this visit.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  // Another tab ticking a step updates this one too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener();
  };
  listeners.add(listener);
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

function parseDone(raw: string | null): Set<string> {
  try {
    const value: unknown = raw ? JSON.parse(raw) : null;
    const done = value && typeof value === "object" && "done" in value ? value.done : null;
    const known = new Set<string>(STEPS.map((step) => step.id));
    return new Set(Array.isArray(done) ? done.filter((id): id is string => typeof id === "string" && known.has(id)) : []);
  } catch {
    return new Set();
  }
}

/** Server and first render show every box unticked; useSyncExternalStore reads localStorage right
 *  after hydration, so the HTML always matches. */
export function PostInterviewChecklist() {
  const raw = useSyncExternalStore(subscribe, readStored, () => null);
  const done = useMemo(() => parseDone(raw), [raw]);

  function toggle(id: string, checked: boolean) {
    // From storage, not this render's `done`: ticks replayed together (components/islands) must all land.
    const next = parseDone(readStored());
    if (checked) next.add(id);
    else next.delete(id);
    writeStored(STEPS.filter((step) => next.has(step.id)).map((step) => step.id));
  }

  return (
    <ToolSection
      id="post-interview-checklist"
      title="Your post-interview checklist"
      intro={<p>Tick each step off as you go. Your ticks are saved in this browser, so you can come back to it.</p>}
    >
      <NoScriptNote>With JavaScript off you can still tick the boxes, but they are not saved when you leave the page.</NoScriptNote>
      <ol className="mt-4 list-none space-y-3 pl-0">
        {STEPS.map((step, index) => {
          const id = `post-interview-step-${step.id}`;
          return (
            <li key={step.id} className="mt-0 flex items-start gap-3">
              <input
                id={id}
                type="checkbox"
                className="mt-1 size-5 shrink-0 accent-brand"
                checked={done.has(step.id)}
                aria-describedby={`${id}-hint`}
                onChange={(event) => toggle(step.id, event.target.checked)}
              />
              <div>
                <label htmlFor={id} className="font-semibold">
                  {index + 1}. {step.label}
                </label>
                <p id={`${id}-hint`} className="mt-0 text-muted">
                  {step.hint}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <p role="status" aria-live="polite" className="font-semibold">
          {done.size} of {STEPS.length} done
        </p>
        <button type="button" className={buttonClass("secondary")} onClick={() => writeStored([])}>
          Clear
        </button>
      </div>
      <p className="mt-4">
        Want dates and reminders rather than ticks? The portal turns each interview into its own plan.
      </p>
      <p className="mt-2">
        <IntentLink href="/sign-in?callbackUrl=/portal" className={buttonClass("primary")}>
          Save this to your portal
        </IntentLink>
      </p>
    </ToolSection>
  );
}
