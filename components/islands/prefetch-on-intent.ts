import { mayPrefetchOnIntent } from "@/lib/config/prefetch-on-intent";

// A page without Next.js's router still prefetches on intent: when the reader hovers over, focuses
// or touches a link to a page that may be prefetched, the browser fetches that document into its
// prefetch cache, so following the link is instant. Each page at most once; never on sight.
export function prefetchDocumentsOnIntent(): void {
  const asked = new Set<string>();
  const onIntent = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.("a[href]");
    const href = link?.getAttribute("href");
    if (!href || !mayPrefetchOnIntent(href)) return;
    const path = href.split("#", 1)[0]!;
    if (path === "" || path === window.location.pathname || asked.has(path)) return;
    asked.add(path);
    const hint = document.createElement("link");
    hint.rel = "prefetch";
    hint.href = path;
    document.head.append(hint);
  };
  for (const type of ["pointerover", "focusin", "touchstart"]) document.addEventListener(type, onIntent, { passive: true });
}
