"use client";

import type { ReactNode } from "react";
import { useDismissableDetails } from "@/components/ui/use-dismissable-details";

/** Phones only: the site's and the area's menus behind one button, so the first screen is the page. */
export function PhoneMenu({ children }: { children: ReactNode }) {
  const ref = useDismissableDetails();
  return (
    <details ref={ref} className="menu md:hidden">
      <summary className="menu-button">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
          <rect x="2" y="4" width="16" height="2" rx="1" />
          <rect x="2" y="9" width="16" height="2" rx="1" />
          <rect x="2" y="14" width="16" height="2" rx="1" />
        </svg>
        Menu
      </summary>
      <div className="menu-panel inset-x-0 top-full mx-2 space-y-4 sm:left-auto sm:w-80">{children}</div>
    </details>
  );
}
