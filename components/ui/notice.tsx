import type { ReactNode } from "react";

// A message set apart from the page: what happened, what to watch out for, what went wrong.

export type NoticeTone = "success" | "warning" | "danger" | "info";

const toneClass: Record<NoticeTone, string> = {
  success: "border-green-700 bg-green-50 text-green-950",
  warning: "border-amber-700 bg-amber-50 text-amber-950",
  danger: "border-red-700 bg-red-50 text-red-900",
  info: "border-brand bg-brand-soft text-brand-dark",
};

/** The word screen readers hear first, so the tone is never carried by colour alone. */
const toneWord: Record<NoticeTone, string | null> = { success: null, warning: "Important: ", danger: "Error: ", info: null };

type NoticeProps = {
  tone?: NoticeTone;
  /** "status" for a result just announced, "alert" for an error that needs attention now. */
  role?: "status" | "alert";
  as?: "p" | "div" | "section";
  className?: string;
  id?: string;
  children: ReactNode;
};

export function noticeClass(tone: NoticeTone = "info", extra?: string): string {
  return ["rounded-md border-l-4 border p-3", toneClass[tone], extra].filter(Boolean).join(" ");
}

export function Notice({ tone = "info", role, as: Element = "p", className, id, children }: NoticeProps) {
  const word = toneWord[tone];
  return (
    <Element role={role} id={id} className={noticeClass(tone, className)}>
      {word ? <span className="sr-only">{word}</span> : null}
      {children}
    </Element>
  );
}
