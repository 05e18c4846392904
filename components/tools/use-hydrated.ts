import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** A tool's submit button stays disabled until its handler exists, so with JavaScript off the form
 *  never submits what was typed into the URL. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
