import type { AnchorHTMLAttributes } from "react";

// Islands build only: a page without Next.js's router has nothing to prefetch into, so a link is a link.
export function IntentLink(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} />;
}
