"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";
import { mayPrefetchOnIntent } from "@/lib/config/prefetch-on-intent";

type Props = Omit<ComponentProps<typeof Link>, "prefetch" | "href"> & { href: string };

/**
 * A link that prefetches its page only when the reader reaches for it (hover, focus or touch),
 * never merely because it scrolled into view: an article shows a dozen links, and prefetching
 * each on sight cost every page view a dozen requests. Signed-in areas and sign-in are never
 * prefetched (lib/config/prefetch-on-intent.ts).
 */
export function IntentLink({ href, onMouseEnter, onFocus, onTouchStart, ...props }: Props) {
  const [intent, setIntent] = useState(false);
  const allowed = mayPrefetchOnIntent(href);
  const show = () => {
    if (allowed) setIntent(true);
  };
  return (
    <Link
      {...props}
      href={href}
      // null is Next's default prefetch, which starts once the link is (still) in view.
      prefetch={intent ? null : false}
      onMouseEnter={(event) => {
        show();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        show();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        show();
        onTouchStart?.(event);
      }}
    />
  );
}
