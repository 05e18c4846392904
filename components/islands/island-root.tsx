import type { ComponentType, ReactNode } from "react";

/** The client components a prerendered public page may carry; each has a loader in ./islands-boot.ts. */
export type IslandName = "account" | "post-interview-checklist" | "thank-you-note-builder" | "follow-up-calculator";

type Props = { name: IslandName; props?: object; children: ReactNode };

/**
 * Marks where an island starts on a page. Under Next.js's runtime (next dev, a page reached by a
 * client-side navigation) it is an inert wrapper; on the prerendered pages that ship without the
 * runtime (scripts/static-pages-without-runtime.mjs), the islands script finds it and hydrates the
 * named component into it with these props. `display: contents` keeps it out of the layout.
 */
export function IslandRoot({ name, props, children }: Props) {
  return (
    <div className="contents" data-island={name} data-island-props={props ? JSON.stringify(props) : undefined}>
      {children}
    </div>
  );
}

/** The component wrapped in its IslandRoot, for next/dynamic to render. */
export function asIsland<P extends object>(name: IslandName, Component: ComponentType<P>): ComponentType<P> {
  function Island(props: P) {
    return (
      <IslandRoot name={name} props={props}>
        <Component {...props} />
      </IslandRoot>
    );
  }
  return Island;
}
