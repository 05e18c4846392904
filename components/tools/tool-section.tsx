import type { ReactNode } from "react";

type Props = { id: string; title: string; intro: ReactNode; children: ReactNode };

export function ToolSection({ id, title, intro, children }: Props) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="rounded-lg border border-line bg-surface p-5 sm:p-6">
      <h2 id={`${id}-heading`} className="mt-0">
        {title}
      </h2>
      <div className="mt-2">{intro}</div>
      {children}
    </section>
  );
}

/** Said only when scripts are off, where a tool cannot do its work. */
export function NoScriptNote({ children }: { children: ReactNode }) {
  return (
    <noscript>
      <p className="mt-4 rounded border border-accent bg-white p-3">{children}</p>
    </noscript>
  );
}
