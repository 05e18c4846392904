"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { dismissOnEscapeOrOutside } from "./dismissable-details";

/** A details element used as a menu closes when you go somewhere, press Escape (focus back on its
 *  button) or click outside it. Without JavaScript it still opens and closes like any details. */
export function useDismissableDetails() {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  useEffect(() => (ref.current ? dismissOnEscapeOrOutside(ref.current) : undefined), []);

  return ref;
}
