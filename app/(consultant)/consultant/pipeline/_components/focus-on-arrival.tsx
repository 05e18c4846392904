"use client";

import { useEffect } from "react";

/** Rendered inside the card that was just moved. The move re-renders the board and the card
 *  mounts afresh in its new column, so the focused Move button is gone: focus goes to the card
 *  itself (and scrolls it into view) instead of falling back to the top of the page. */
export function FocusOnArrival({ targetId }: { targetId: string }) {
  useEffect(() => {
    document.getElementById(targetId)?.focus();
  }, [targetId]);
  return null;
}
