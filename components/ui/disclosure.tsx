import type { ReactNode } from "react";

type Props = { summary: ReactNode; open?: boolean; className?: string; children: ReactNode };

/** Native details/summary: keyboard and screen readers know it, and it works without JavaScript. */
export function Disclosure({ summary, open, className, children }: Props) {
  return (
    <details open={open} className={["disclosure group", className].filter(Boolean).join(" ")}>
      <summary className="disclosure-summary">{summary}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
