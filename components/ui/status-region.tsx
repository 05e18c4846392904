import type { ReactNode } from "react";
import { Notice, type NoticeTone } from "./notice";

type Props = { tone?: NoticeTone; message?: ReactNode; id?: string; className?: string };

/** Always in the page, so a screen reader hears a message that appears in it after an action. */
export function StatusRegion({ tone = "success", message, id, className }: Props) {
  return (
    <div role="status" aria-live="polite" id={id} className={className}>
      {message ? (
        <Notice tone={tone} as="p">
          {message}
        </Notice>
      ) : null}
    </div>
  );
}
