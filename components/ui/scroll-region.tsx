"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

type Props = { labelledBy: string; children: ReactNode };

/** A named, focusable region only while it overflows: a keyboard can then scroll it, and a wide
 *  screen gets no stray tab stop. */
export function ScrollRegion({ labelledBy, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // The observer reports once on observe(), then on every resize of either box.
    const observer = new ResizeObserver(() => setOverflows(element.scrollWidth > element.clientWidth));
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);

  // Relative, so visually hidden labels inside (absolutely placed) scroll with the table, not the page.
  return (
    <div
      ref={ref}
      className="relative max-w-full overflow-x-auto"
      {...(overflows ? { role: "region", "aria-labelledby": labelledBy, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}
