"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { calendarFeedAction, type CalendarFeedState } from "../actions";
import { FormStatus } from "@/components/forms/form-status";
import { CopyableLink } from "./copyable-link";

const initial: CalendarFeedState = { status: "idle" };

/** `createdOn`: when the live link was made, already in the candidate's words; null when there is none. */
export function CalendarFeedPanel({ createdOn }: { createdOn: string | null }) {
  const [state, formAction, pending] = useActionState(calendarFeedAction, initial);
  const active = createdOn !== null;

  return (
    <div>
      {state.feedUrl ? (
        <CopyableLink url={state.feedUrl} />
      ) : active ? (
        <p>
          Your private calendar link is on (made {createdOn}). We keep no copy we can show you again: if you
          have lost it, make a new one and the old one stops working.
        </p>
      ) : (
        <p>You have no calendar link at the moment.</p>
      )}
      <form action={formAction} className="mt-4 flex flex-wrap gap-3">
        <button type="submit" name="intent" value="create" disabled={pending} className={buttonClass("primary")}>
          {active ? "Make a new private calendar link" : "Create my private calendar link"}
        </button>
        {active ? (
          <button type="submit" name="intent" value="revoke" disabled={pending} className={buttonClass("secondary")}>
            Turn off my calendar link
          </button>
        ) : null}
      </form>
      <FormStatus state={state} className="mt-4" />
    </div>
  );
}
