import { createElement, startTransition, useEffect, type ComponentType } from "react";
import { hydrateRoot } from "react-dom/client";
import { noteEarlyChanges, replayEarlyChanges } from "./replay-early-input";

/** Hydrates one island as a transition, so React yields to the browser while it works; whatever the
 *  reader typed into it before then is handed to React once it has. */
export function hydrateIsland(root: HTMLElement, Component: ComponentType<object>, props: object): void {
  // Noted before React runs: afterwards React's own updates (a checklist's saved ticks) look alike.
  const early = noteEarlyChanges(root);
  function Hydrated() {
    useEffect(() => replayEarlyChanges(early), []);
    return createElement(Component, props);
  }
  startTransition(() => {
    hydrateRoot(root, createElement(Hydrated));
  });
}
